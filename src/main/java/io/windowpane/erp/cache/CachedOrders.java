package io.windowpane.erp.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Caffeine;

import io.windowpane.erp.ChangeEvent;
import io.windowpane.erp.ErpGateway;
import io.windowpane.erp.ErpNotFoundException;
import io.windowpane.erp.InvoicePage.InvoiceSummary;
import io.windowpane.erp.InvoiceQuery;
import io.windowpane.erp.OrderFile;
import io.windowpane.erp.OrderPage;
import io.windowpane.erp.OrderQuery;
import io.windowpane.erp.OrderStatus;
import io.windowpane.erp.Reading;
import io.windowpane.erp.SalesOrder;

/**
 * Order history pages and order files through the read-through cache. Change events name an order (ORDER,
 * SHIPMENT), an invoice (INVOICE) or a customer (CREDIT, which every new or invoiced order changes); the orders and
 * invoices seen on cached pages tell which customer's pages and which order's file an event concerns.
 */
final class CachedOrders {

    private static final int INVOICES_PER_ORDER = 20;

    private final ReadThroughCache<OrderQuery, OrderPage> pages;
    private final ReadThroughCache<String, OrderFile> files;
    // which customer an order belongs to and which order an invoice bills, as far as cached values showed them
    private final Map<String, String> customerOfOrder;
    private final Map<String, String> orderOfInvoice;

    CachedOrders(ErpGateway erp, CachePolicy pagePolicy, CachePolicy filePolicy, Clock clock, Executor refresher,
            Executor fanOut, Duration deadline, CacheMetrics metrics, FeedConfirmation feed) {
        this.customerOfOrder = Caffeine.newBuilder().maximumSize(pagePolicy.maxSize() * 10).<String, String>build().asMap();
        this.orderOfInvoice = Caffeine.newBuilder().maximumSize(filePolicy.maxSize() * 2).<String, String>build().asMap();
        this.pages = new ReadThroughCache<>("orders", pagePolicy,
                queries -> queries.stream().collect(Collectors.toMap(Function.identity(), query -> remember(erp.orders(query), query))),
                OrderPage::readAt, OrderQuery::customerId, clock, refresher, metrics)
                .confirmedBy(feed.of(ChangeEvent.Type.CREDIT, ChangeEvent.Type.ORDER, ChangeEvent.Type.SHIPMENT, ChangeEvent.Type.INVOICE));
        this.files = new ReadThroughCache<>("order-files", filePolicy,
                numbers -> ParallelReads.inParallel(numbers, number -> remember(fileOf(erp, number)), fanOut, deadline.toMillis()),
                OrderFile::readAt, Function.identity(), clock, refresher, metrics)
                .confirmedBy(feed.of(ChangeEvent.Type.ORDER, ChangeEvent.Type.SHIPMENT, ChangeEvent.Type.INVOICE));
    }

    Reading<OrderPage> page(OrderQuery query) {
        return pages.getAll(List.of(query)).get(query);
    }

    Reading<OrderFile> file(String number) {
        Reading<OrderFile> file = files.getAll(List.of(number)).get(number);
        if (file == null) {
            throw new ErpNotFoundException("order " + number);
        }
        return file;
    }

    /** Re-reads what the event concerns; answers how many cached entries that touched. */
    int apply(ChangeEvent event) {
        return switch (event.type()) {
            case CREDIT -> pages.refresh(event.key());
            case ORDER, SHIPMENT -> files.refresh(event.key()) + pagesOfOrder(event.key());
            case INVOICE -> {
                String order = orderOfInvoice.get(event.key());
                yield order == null ? 0 : files.refresh(order) + pagesOfOrder(order);
            }
            default -> 0;
        };
    }

    private int pagesOfOrder(String number) {
        String customer = customerOfOrder.get(number);
        if (customer != null) {
            return pages.refresh(customer);
        }
        // an order no cached page showed may now belong on a page of orders in its new status
        return pages.subjectsWhere(query -> query.status() != null).stream().mapToInt(pages::refresh).sum();
    }

    private OrderPage remember(OrderPage page, OrderQuery query) {
        page.orders().forEach(order -> customerOfOrder.put(order.number(), query.customerId()));
        return page;
    }

    private OrderFile remember(OrderFile file) {
        customerOfOrder.put(file.order().number(), file.order().customerId());
        file.invoices().forEach(invoice -> orderOfInvoice.put(invoice.number(), file.order().number()));
        return file;
    }

    // the invoices of an order the ERP has invoiced (none are looked for before)
    private static OrderFile fileOf(ErpGateway erp, String number) {
        SalesOrder order = erp.order(number);
        boolean invoiced = order.status() == OrderStatus.INVOICED || order.status() == OrderStatus.CLOSED;
        List<InvoiceSummary> invoices = !invoiced ? List.of()
                : erp.invoices(new InvoiceQuery(order.customerId(), null, number, null, null, 1, INVOICES_PER_ORDER)).invoices()
                        .stream().filter(invoice -> number.equals(invoice.orderNumber())).toList();
        return new OrderFile(order, erp.shipments(number), invoices, order.readAt());
    }
}
