package io.windowpane.erp.http;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.windowpane.erp.Category;
import io.windowpane.erp.ChangeEvent;
import io.windowpane.erp.ContractPrice;
import io.windowpane.erp.CreditAccount;
import io.windowpane.erp.Customer;
import io.windowpane.erp.CustomerSummary;
import io.windowpane.erp.Item;
import io.windowpane.erp.Money;
import io.windowpane.erp.ErpMalformedResponseException;
import io.windowpane.erp.Invoice;
import io.windowpane.erp.InvoicePage;
import io.windowpane.erp.InvoiceStatus;
import io.windowpane.erp.OrderConfirmation;
import io.windowpane.erp.OrderPage;
import io.windowpane.erp.OrderStatus;
import io.windowpane.erp.PriceQuote;
import io.windowpane.erp.SalesAgent;
import io.windowpane.erp.SalesOrder;
import io.windowpane.erp.Statement;
import io.windowpane.erp.SalesRep;
import io.windowpane.erp.Shipment;

/** The JSON shapes of the ERP contract (ERP-API.md) and their mapping onto the port's records. */
final class Wire {

    private Wire() {
    }

    static Money money(BigDecimal amount, String currency) {
        return Money.of(amount, currency);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    record ErrorBody(String code, String message, Map<String, Object> details) {
    }

    record CustomerJson(String id, String number, String name, String currency, String salesRepCode,
            Customer.PaymentTerms paymentTerms, Customer.OrderBlock blocked, List<Customer.ShipTo> shipTos,
            Instant modifiedAt) {
        Customer toCustomer(Instant readAt) {
            return new Customer(id, number, name, Currency.getInstance(currency), salesRepCode, paymentTerms,
                    blocked, List.copyOf(shipTos), modifiedAt, readAt);
        }
    }

    record CustomerSummaryJson(String id, String number, String name) {
        CustomerSummary toSummary(Instant readAt) {
            return new CustomerSummary(id, number, name, readAt);
        }
    }

    record CreditJson(String customerId, String currency, BigDecimal creditLimit, BigDecimal balance,
            BigDecimal overdue, BigDecimal openOrders, BigDecimal available, CreditAccount.CreditPolicy policy,
            Instant modifiedAt) {
        CreditAccount toCredit(Instant readAt) {
            return new CreditAccount(customerId, money(creditLimit, currency), money(balance, currency),
                    money(overdue, currency), money(openOrders, currency), money(available, currency), policy,
                    modifiedAt, readAt);
        }
    }

    record ItemJson(String sku, String name, String category, String uom, BigDecimal listPrice, String currency,
            boolean backorderable, boolean discontinued) {
        Item toItem(Instant readAt) {
            return new Item(sku, name, category, uom, money(listPrice, currency), backorderable, discontinued, readAt);
        }
    }

    record ItemPageJson(List<ItemJson> items, int page, int size, long total) {
    }

    record CategoryJson(String code, String name, String parent) {
        Category toCategory(Instant readAt) {
            return new Category(code, name, parent, readAt);
        }
    }

    record PriceJson(String sku, String currency, String uom, List<ContractPrice.PriceBreak> breaks,
            LocalDate validFrom, LocalDate validTo, ContractPrice.PriceSource source) {
        ContractPrice toPrice(Instant readAt) {
            return new ContractPrice(sku, Currency.getInstance(currency), uom, List.copyOf(breaks), validFrom,
                    validTo, source, readAt);
        }
    }

    record StockJson(String sku, String warehouse, String warehouseName, int onHand, int allocated, int committed,
            int available, int incoming, LocalDate nextReceiptDate, Instant modifiedAt) {
    }

    record OrderSummaryJson(String number, String customerPoNumber, OrderStatus status, LocalDate orderDate,
            BigDecimal total, String currency, String placedBy, SalesAgent salesAgent) {
        OrderPage.OrderSummary toSummary() {
            return new OrderPage.OrderSummary(number, customerPoNumber, status, orderDate, money(total, currency),
                    placedBy, salesAgent);
        }
    }

    record OrderPageJson(List<OrderSummaryJson> orders, int page, int size, long total) {
    }

    record OrderLineJson(int lineNo, String sku, String name, int qty, String uom, BigDecimal unitPrice,
            BigDecimal lineTotal, int shippedQty) {
    }

    record OrderJson(String number, String customerId, String customerPoNumber, OrderStatus status,
            LocalDate orderDate, LocalDate requestedDate, String currency, String placedBy, SalesAgent salesAgent,
            Customer.ShipTo shipTo, List<OrderLineJson> lines, BigDecimal subtotal, BigDecimal tax, BigDecimal total, Instant modifiedAt) {
        SalesOrder toOrder(Instant readAt) {
            List<SalesOrder.Line> mapped = lines.stream().map(l -> new SalesOrder.Line(l.lineNo(), l.sku(), l.name(),
                    l.qty(), l.uom(), money(l.unitPrice(), currency), money(l.lineTotal(), currency), l.shippedQty()))
                    .toList();
            return new SalesOrder(number, customerId, customerPoNumber, status, orderDate, requestedDate, placedBy,
                    salesAgent, shipTo, mapped, money(subtotal, currency),
                    money(BigDecimal.ZERO, currency), money(tax, currency), money(total, currency),
                    modifiedAt, readAt);
        }
    }

    record InvoiceSummaryJson(String number, String orderNumber, String customerPoNumber, LocalDate invoiceDate,
            LocalDate dueDate, BigDecimal total, BigDecimal openAmount, String currency, InvoiceStatus status) {
        InvoicePage.InvoiceSummary toSummary() {
            return new InvoicePage.InvoiceSummary(number, orderNumber, customerPoNumber, invoiceDate, dueDate,
                    money(total, currency), money(openAmount, currency), status);
        }
    }

    record InvoicePageJson(List<InvoiceSummaryJson> invoices, int page, int size, long total) {
    }

    record InvoiceLineJson(int lineNo, String sku, String name, int qty, String uom, BigDecimal unitPrice,
            BigDecimal lineTotal) {
    }

    record PaymentJson(LocalDate date, BigDecimal amount, String reference) {
    }

    record InvoiceJson(String number, String customerId, String orderNumber, String customerPoNumber,
            LocalDate invoiceDate, LocalDate dueDate, BigDecimal total, BigDecimal openAmount, String currency,
            InvoiceStatus status, List<InvoiceLineJson> lines, BigDecimal subtotal, BigDecimal tax,
            List<PaymentJson> payments) {
        Invoice toInvoice(Instant readAt) {
            if (number == null || customerId == null || total == null || openAmount == null || currency == null) {
                throw new ErpMalformedResponseException("invoice " + number + ": the ERP left out its customer or amounts", null);
            }
            return new Invoice(number, customerId, orderNumber, customerPoNumber, invoiceDate, dueDate, status,
                    orEmpty(lines).stream().map(l -> new Invoice.Line(l.lineNo(), l.sku(), l.name(), l.qty(), l.uom(),
                            money(l.unitPrice(), currency), money(l.lineTotal(), currency))).toList(),
                    money(subtotal, currency), money(tax, currency), money(total, currency), money(openAmount, currency),
                    orEmpty(payments).stream().map(p -> new Invoice.Payment(p.date(), money(p.amount(), currency), p.reference()))
                            .toList(), readAt);
        }
    }

    record StatementEntryJson(LocalDate date, Statement.EntryType type, String reference, String invoiceNumber,
            BigDecimal amount, BigDecimal balance) {
    }

    record AgingJson(BigDecimal current, BigDecimal d1to30, BigDecimal d31to60, BigDecimal d61to90, BigDecimal over90) {
    }

    record StatementJson(String customerId, LocalDate from, LocalDate to, BigDecimal openingBalance,
            List<StatementEntryJson> entries, BigDecimal closingBalance, AgingJson aging, String currency) {
        Statement toStatement(Instant readAt) {
            if (openingBalance == null || closingBalance == null || aging == null || currency == null) {
                throw new ErpMalformedResponseException("statement of " + customerId + ": the ERP left out balances or aging", null);
            }
            return new Statement(customerId, from, to, money(openingBalance, currency),
                    orEmpty(entries).stream().map(e -> new Statement.Entry(e.date(), e.type(), e.reference(), e.invoiceNumber(),
                            money(e.amount(), currency), money(e.balance(), currency))).toList(),
                    money(closingBalance, currency), new Statement.Aging(money(aging.current(), currency),
                            money(aging.d1to30(), currency), money(aging.d31to60(), currency),
                            money(aging.d61to90(), currency), money(aging.over90(), currency)), readAt);
        }
    }

    record ShipmentJson(String number, String status, Instant shippedAt, Instant deliveredAt, String carrier,
            String service, String trackingNumber, String trackingUrl, List<Shipment.Line> lines) {
        Shipment toShipment(Instant readAt) {
            return new Shipment(number, status, shippedAt, deliveredAt, carrier, service, trackingNumber,
                    webLink(trackingUrl), List.copyOf(lines), readAt);
        }

        // a carrier link is shown only when it is a well-formed http(s) address; the tracking number always is
        private static URI webLink(String url) {
            if (url == null || url.isBlank()) {
                return null;
            }
            try {
                URI uri = new URI(url.strip());
                return "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()) ? uri : null;
            } catch (URISyntaxException notALink) {
                return null;
            }
        }
    }

    record QuoteRequestJson(String customerId, List<LineJson> lines) {
    }

    record LineJson(String sku, int qty) {
    }

    record QuoteLineJson(String sku, int qty, BigDecimal unitPrice, BigDecimal lineTotal) {
    }

    record QuoteJson(List<QuoteLineJson> lines, BigDecimal subtotal, BigDecimal tax, BigDecimal total,
            String currency) {
        PriceQuote toQuote(Instant readAt) {
            return new PriceQuote(lines.stream().map(l -> new PriceQuote.Line(l.sku(), l.qty(),
                    money(l.unitPrice(), currency), money(l.lineTotal(), currency))).toList(),
                    money(subtotal, currency), money(tax, currency), money(total, currency), readAt);
        }
    }

    record OrderRequestJson(String customerId, String customerPoNumber, String shipToId, LocalDate requestedDate,
            String placedBy, SalesAgent salesAgent, List<LineJson> lines) {
    }

    record SalesRepJson(String code, String name, String email, String phone) {
        SalesRep toSalesRep(Instant readAt) {
            return new SalesRep(code, name, email, phone, readAt);
        }
    }

    record PlacedOrderJson(String number, OrderStatus status, BigDecimal total, String currency, List<String> warnings) {
        OrderConfirmation toConfirmation() {
            return new OrderConfirmation(number, status, money(total, currency), warnings == null ? List.of() : warnings);
        }
    }

    record ChangeEventJson(String id, ChangeEvent.Type type, String key, ChangeEvent.Kind changeType, Instant at) {
        ChangeEvent toEvent() {
            return new ChangeEvent(id, type, key, changeType, at);
        }
    }

    record ChangesJson(List<ChangeEventJson> events, String next) {
    }

    record SubscriptionRequestJson(String url, String secret, Set<ChangeEvent.Type> types) {
    }

    record SubscriptionJson(String id) {
    }
}
