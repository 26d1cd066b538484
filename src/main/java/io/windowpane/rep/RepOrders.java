package io.windowpane.rep;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import io.windowpane.erp.CustomerSummary;
import io.windowpane.erp.ErpGateway;
import io.windowpane.erp.OrderPage;
import io.windowpane.erp.OrderQuery;
import io.windowpane.erp.OrderStatus;

/**
 * The orders of a rep's customers, read live like a buyer's history. For one customer it is that customer's pages;
 * for all of them the contract has no single query, so each customer's newest orders are read (one request each)
 * and merged by date, as far as the contract's largest page reaches ({@link #MAX_MERGED_PAGE}); past that the rep
 * picks a customer.
 */
@Service
class RepOrders {

    static final int PAGE_SIZE = 20;
    /** The contract's largest page, per customer, bounds how deep the merged list of all customers goes. */
    private static final int LARGEST_ERP_PAGE = 200;
    static final int MAX_MERGED_PAGE = LARGEST_ERP_PAGE / PAGE_SIZE;

    /** An order and whose it is. */
    record Row(OrderPage.OrderSummary order, CustomerSummary customer) {
    }

    /** One page of the list; {@code total} counts every matching order of the customers shown. */
    record Page(List<Row> rows, int page, int pages, long total, Instant readAt) {
    }

    private final ErpGateway erp;

    RepOrders(ErpGateway erp) {
        this.erp = erp;
    }

    /** A page of orders of one assigned customer ({@code customerId}) or, when it is null, of all of them. */
    Page page(List<CustomerSummary> assigned, String customerId, OrderStatus status, int page) {
        Map<String, CustomerSummary> byId = assigned.stream()
                .collect(Collectors.toMap(CustomerSummary::id, Function.identity(), (a, b) -> a));
        if (customerId != null) {
            OrderPage orders = erp.orders(new OrderQuery(customerId, status, null, null, null, Math.max(1, page), PAGE_SIZE));
            return new Page(orders.orders().stream().map(o -> new Row(o, byId.get(customerId))).toList(), orders.page(),
                    pages(orders.total()), orders.total(), orders.readAt());
        }
        int wanted = Math.min(Math.max(1, page), MAX_MERGED_PAGE);
        List<Row> merged = new ArrayList<>();
        long total = 0;
        Instant readAt = null;
        for (CustomerSummary customer : assigned) {
            OrderPage newest = erp.orders(new OrderQuery(customer.id(), status, null, null, null, 1, wanted * PAGE_SIZE));
            newest.orders().forEach(o -> merged.add(new Row(o, customer)));
            total += newest.total();
            readAt = readAt == null || newest.readAt().isBefore(readAt) ? newest.readAt() : readAt;
        }
        merged.sort(Comparator.comparing((Row r) -> r.order().orderDate()).thenComparing(r -> r.order().number()).reversed());
        int from = Math.min((wanted - 1) * PAGE_SIZE, merged.size());
        return new Page(merged.subList(from, Math.min(from + PAGE_SIZE, merged.size())), wanted,
                Math.min(pages(total), MAX_MERGED_PAGE), total, readAt);
    }

    private static int pages(long total) {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }
}
