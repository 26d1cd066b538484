package io.windowpane.erpsim.api;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.windowpane.erpsim.SimulatorProperties;
import io.windowpane.erpsim.dataset.ErpLedger;
import io.windowpane.erpsim.dataset.OrderRequest;
import io.windowpane.erpsim.dataset.Page;
import io.windowpane.erpsim.dataset.PlacedOrder;
import io.windowpane.erpsim.dataset.SimOrder;
import io.windowpane.erpsim.dataset.SimQuote;
import io.windowpane.erpsim.dataset.SimSalesAgent;
import io.windowpane.erpsim.dataset.SimShipment;

@RestController
class OrdersApi {

    record OrderSummary(String number, String customerPoNumber, SimOrder.Status status, LocalDate orderDate,
            BigDecimal total, String currency, String placedBy, SimSalesAgent salesAgent) {
    }

    record OrderPage(List<OrderSummary> orders, int page, int size, long total) {
    }

    record QuoteRequest(String customerId, List<OrderRequest.LineRequest> lines) {
    }

    private final ErpLedger ledger;
    private final SimulatorControls controls;
    private final Duration commitThenTimeoutDelay;

    OrdersApi(ErpLedger ledger, SimulatorControls controls, SimulatorProperties properties) {
        this.ledger = ledger;
        this.controls = controls;
        this.commitThenTimeoutDelay = properties.faults().commitThenTimeoutDelay();
    }

    @GetMapping("/v1/orders")
    OrderPage orders(@RequestParam(required = false) String customerId,
            @RequestParam(required = false) SimOrder.Status status, @RequestParam(required = false) String q,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "25") int size) {
        Page<SimOrder> found = ledger.orders(customerId, status, q, from, to, Paging.page(page), Paging.size(size));
        return new OrderPage(found.content().stream().map(o -> new OrderSummary(o.number(), o.customerPoNumber(),
                o.status(), o.orderDate(), o.total(), o.currency(), o.placedBy(), o.salesAgent())).toList(), found.page(),
                found.size(), found.total());
    }

    @GetMapping("/v1/orders/{number}")
    SimOrder order(@PathVariable String number) {
        return ledger.order(number);
    }

    @GetMapping("/v1/orders/{number}/shipments")
    List<SimShipment> shipments(@PathVariable String number) {
        return ledger.order(number).shipments();
    }

    @PostMapping("/v1/price-quotes")
    SimQuote quote(@RequestBody QuoteRequest request) {
        return ledger.quote(request.customerId(), request.lines());
    }

    /**
     * With the commit-then-time-out fault on, a newly committed order's answer is held back past the caller's
     * time-out: the order exists, the caller does not know it. A replay of the same key answers at once.
     */
    @PostMapping("/v1/orders")
    ResponseEntity<PlacedOrder> place(@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestBody OrderRequest request) throws InterruptedException {
        ErpLedger.Placement placement = ledger.placeOrder(idempotencyKey, request);
        if (!placement.replayed() && controls.faults().commitThenTimeout()) {
            Thread.sleep(commitThenTimeoutDelay.toMillis());
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(placement.answer());
    }
}
