package io.windowpane.checkout;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import io.windowpane.erp.NewOrder;
import io.windowpane.erp.OrderLineRequest;
import io.windowpane.erp.SalesAgent;

/**
 * An order the portal has taken (the outbox row): SKU and quantity lines, the PO number, who placed it (and the
 * sales rep, when a rep placed it for the customer), and
 * where it stands with the ERP. It keeps its idempotency key, so however often it is sent, the ERP makes one
 * order of it.
 */
public record Submission(long id, UUID idempotencyKey, String customerId, long userId, String placedBy,
        SalesAgent salesAgent, String customerPoNumber, String shipToId, LocalDate requestedDate, List<OrderLineRequest> lines, Status status,
        String erpOrderNumber, String rejectionCode, String rejectionMessage, int attempts, Instant createdAt) {

    /** Where a submission stands. */
    public enum Status {
        PENDING, ACCEPTED, REJECTED, RESTORED,
        /** The ERP never answered within the attempts allowed: people look at it (it may or may not be placed). */
        NEEDS_ATTENTION
    }

    NewOrder toNewOrder() {
        return new NewOrder(customerId, customerPoNumber, shipToId, requestedDate, placedBy, salesAgent, lines);
    }

    static String linesText(List<OrderLineRequest> lines) {
        return lines.stream().map(l -> l.sku() + "," + l.qty()).collect(Collectors.joining("\n"));
    }

    static List<OrderLineRequest> parseLines(String text) {
        return Arrays.stream(text.split("\n")).filter(s -> !s.isBlank()).map(s -> s.split(","))
                .map(f -> new OrderLineRequest(f[0], Integer.parseInt(f[1]))).toList();
    }
}
