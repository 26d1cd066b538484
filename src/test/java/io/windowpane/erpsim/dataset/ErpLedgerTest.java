package io.windowpane.erpsim.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.windowpane.erpsim.SimulatorProperties;
import io.windowpane.erpsim.SimulatorProperties.DatasetSize;
import io.windowpane.erpsim.dataset.OrderRequest.LineRequest;

class ErpLedgerTest {

    private static final LocalDate ANCHOR = LocalDate.of(2026, 11, 1);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T12:00:00Z"), ZoneOffset.UTC);

    private final ErpLedger ledger = newLedger();

    private static ErpLedger newLedger() {
        return new ErpLedger(new SimulatorProperties.Dataset(DatasetSize.DEFAULT, 20261101L, ANCHOR), CLOCK);
    }

    @Test
    void generatesTheSameDataFromTheSameSeed() {
        ErpLedger other = newLedger();
        List<String> skus = ledger.catalog().all().stream().limit(200).map(SimItem::sku).toList();

        assertThat(other.prices("C1000", skus)).isEqualTo(ledger.prices("C1000", skus));
        assertThat(other.stock(skus)).isEqualTo(ledger.stock(skus));
        assertThat(other.orders("C1000", null, null, null, null, 1, 50)).isEqualTo(ledger.orders("C1000", null, null, null, null, 1, 50));
        assertThat(other.credit("C1001")).isEqualTo(ledger.credit("C1001"));
    }

    @Test
    void hasTheDefaultSizeOfTheSpecification() {
        assertThat(ledger.catalog().all()).hasSize(5_000);
        assertThat(ledger.catalog().categories()).hasSize(8);
        assertThat(ledger.customer("C1049")).isPresent();
        assertThat(ledger.customer("C1050")).isEmpty();
    }

    @Test
    void generatesTheLargeDatasetWithoutMaterialisingCustomerPrices() {
        ErpLedger large = new ErpLedger(new SimulatorProperties.Dataset(DatasetSize.LARGE, 20261101L, ANCHOR), CLOCK);

        assertThat(large.catalog().all()).hasSize(250_000);
        assertThat(large.customer("C1999")).isPresent();
        assertThat(large.credit("C1001").available()).isEqualByComparingTo("1250.00");
    }

    @Test
    void demoCustomersHaveTheirDocumentedStanding() {
        assertThat(ledger.credit("C1000").available()).isGreaterThan(new BigDecimal("100000"));
        assertThat(ledger.credit("C1001").available()).isEqualByComparingTo("1250.00");
        assertThat(ledger.customersOfSalesRep("R01")).extracting(SimCustomer::id).contains("C1000", "C1001")
                .doesNotContain("C1002");
    }

    @Test
    void creditAvailableIsLimitLessBalanceLessOpenOrders() {
        SimCredit credit = ledger.credit("C1010");

        assertThat(credit.available())
                .isEqualByComparingTo(credit.creditLimit().subtract(credit.balance()).subtract(credit.openOrders()));
    }

    @Test
    void twoDemoBuyersSeeDifferentContractPricesForSomeItems() {
        List<String> skus = ledger.catalog().all().stream().limit(100).map(SimItem::sku).toList();
        List<SimPrice> acme = ledger.prices("C1000", skus);
        List<SimPrice> bolt = ledger.prices("C1001", skus);

        assertThat(acme).isNotEqualTo(bolt);
        assertThat(acme).extracting(SimPrice::source).contains(SimPrice.Source.CONTRACT, SimPrice.Source.LIST);
    }

    @Test
    void replaysTheOriginalOrderForTheSameIdempotencyKeyAndBody() {
        OrderRequest request = order("C1000", "PO-REPLAY", stockedSku(), 2);

        ErpLedger.Placement first = ledger.placeOrder("key-1", request);
        ErpLedger.Placement second = ledger.placeOrder("key-1", request);

        assertThat(second.replayed()).isTrue();
        assertThat(second.answer()).isEqualTo(first.answer());
        assertThat(ledger.orders("C1000", null, "PO-REPLAY", null, null, 1, 10).total()).isEqualTo(1);
    }

    @Test
    void refusesTheSameIdempotencyKeyWithADifferentBody() {
        String sku = stockedSku();
        ledger.placeOrder("key-2", order("C1000", "PO-A", sku, 1));

        assertThatThrownBy(() -> ledger.placeOrder("key-2", order("C1000", "PO-A", sku, 2)))
                .isInstanceOfSatisfying(SimRejection.class, r -> assertThat(r.code()).isEqualTo("IDEMPOTENCY_MISMATCH"));
    }

    @Test
    void refusesAPurchaseOrderNumberTheCustomerAlreadyUsed() {
        String sku = stockedSku();
        String existing = ledger.placeOrder("key-3", order("C1000", "PO-DUP", sku, 1)).answer().number();

        assertThatThrownBy(() -> ledger.placeOrder("key-4", order("C1000", "PO-DUP", sku, 1)))
                .isInstanceOfSatisfying(SimRejection.class, r -> {
                    assertThat(r.status()).isEqualTo(409);
                    assertThat(r.code()).isEqualTo("DUPLICATE_PO");
                    assertThat(r.details()).containsEntry("existingOrderNumber", existing);
                });
    }

    @Test
    void blocksAnOrderAboveAvailableCreditWithTheFigures() {
        SimItem expensive = ledger.catalog().all().stream().filter(i -> !i.discontinued())
                .filter(i -> i.listPrice().compareTo(new BigDecimal("300")) > 0).findFirst().orElseThrow();

        assertThatThrownBy(() -> ledger.placeOrder("key-5", order("C1001", "PO-BIG", expensive.sku(), 10)))
                .isInstanceOfSatisfying(SimRejection.class, r -> {
                    assertThat(r.code()).isEqualTo("CREDIT_LIMIT_EXCEEDED");
                    assertThat(r.details()).containsKeys("creditLimit", "balance", "openOrders", "available", "orderTotal");
                });
        assertThat(ledger.credit("C1001").available()).isEqualByComparingTo("1250.00");
    }

    @Test
    void concurrentOrdersNeverTogetherExceedTheCreditLimit() throws Exception {
        String sku = stockedSku();
        BigDecimal orderTotal = ledger.quote("C1001", List.of(new LineRequest(sku, 1))).total();
        int fit = new BigDecimal("1250.00").divideToIntegralValue(orderTotal).intValue();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String key = "concurrent-" + i;
            attempts.add(() -> {
                try {
                    ledger.placeOrder(key, order("C1001", "PO-C" + key, sku, 1));
                    return true;
                } catch (SimRejection rejected) {
                    return false;
                }
            });
        }

        int accepted = 0;
        for (Future<Boolean> outcome : pool.invokeAll(attempts)) {
            accepted += outcome.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(accepted).isEqualTo(Math.min(fit, 20));
        assertThat(ledger.credit("C1001").available()).isNotNegative();
    }

    @Test
    void refusesAQuantityAboveStockOfAnItemThatCannotBeBackordered() {
        SimItem item = ledger.catalog().all().stream().filter(i -> !i.backorderable() && !i.discontinued())
                .filter(i -> ledger.stock(List.of(i.sku())).stream().mapToInt(SimStock::available).sum() > 0)
                .findFirst().orElseThrow();
        int available = ledger.stock(List.of(item.sku())).stream().mapToInt(SimStock::available).sum();

        assertThatThrownBy(() -> ledger.placeOrder("key-6", order("C1000", "PO-SHORT", item.sku(), available + 1)))
                .isInstanceOfSatisfying(SimRejection.class, r -> assertThat(r.code()).isEqualTo("INSUFFICIENT_STOCK"));
    }

    @Test
    void refusesOrdersOfACustomerBlockedForEverything() {
        ledger.changeBlocked("C1000", SimCustomer.Blocked.ALL);

        assertThatThrownBy(() -> ledger.placeOrder("key-7", order("C1000", "PO-BLK", stockedSku(), 1)))
                .isInstanceOfSatisfying(SimRejection.class, r -> assertThat(r.code()).isEqualTo("CUSTOMER_BLOCKED"));
    }

    @Test
    void anAcceptedOrderAddsToOpenOrdersAndCommitsStock() {
        String sku = stockedSku();
        BigDecimal openBefore = ledger.credit("C1000").openOrders();
        int availableBefore = ledger.stock(List.of(sku)).stream().mapToInt(SimStock::available).sum();

        PlacedOrder placed = ledger.placeOrder("key-8", order("C1000", "PO-COMMIT", sku, 3)).answer();

        assertThat(ledger.credit("C1000").openOrders()).isEqualByComparingTo(openBefore.add(placed.total()));
        assertThat(ledger.stock(List.of(sku)).stream().mapToInt(SimStock::available).sum()).isEqualTo(availableBefore - 3);
    }

    @Test
    void shippingAnOrderAddsATrackedShipment() {
        String number = ledger.placeOrder("key-9", order("C1000", "PO-SHIP", stockedSku(), 2)).answer().number();

        SimOrder shipped = ledger.ship(number, "FedEx", "123456789012");

        assertThat(shipped.status()).isEqualTo(SimOrder.Status.SHIPPED);
        assertThat(shipped.shipments()).singleElement().satisfies(s -> {
            assertThat(s.trackingNumber()).isEqualTo("123456789012");
            assertThat(s.trackingUrl()).endsWith("123456789012");
        });
    }

    @Test
    void invoicingAShippedOrderMovesItsTotalFromOpenOrdersToTheBalance() {
        PlacedOrder placed = ledger.placeOrder("key-10", order("C1000", "PO-INV", stockedSku(), 2)).answer();
        ledger.ship(placed.number(), null, null);
        SimCredit before = ledger.credit("C1000");

        SimInvoice invoice = ledger.invoiceOrder(placed.number());

        SimCredit after = ledger.credit("C1000");
        assertThat(invoice.total()).isEqualByComparingTo(placed.total());
        assertThat(invoice.dueDate()).isEqualTo(LocalDate.now(CLOCK).plusDays(ledger.customer("C1000").orElseThrow().paymentTerms().dueDays()));
        assertThat(after.openOrders()).isEqualByComparingTo(before.openOrders().subtract(placed.total()));
        assertThat(after.balance()).isEqualByComparingTo(before.balance().add(placed.total()));
        assertThat(after.available()).isEqualByComparingTo(before.available());
        assertThat(ledger.order(placed.number()).status()).isEqualTo(SimOrder.Status.INVOICED);
    }

    @Test
    void everyCustomersBalanceIsTheSumOfItsOpenInvoicesAndTheStatementAgesIt() {
        for (String customer : List.of("C1000", "C1001", "C1002", "C1017", "C1049")) {
            SimCredit credit = ledger.credit(customer);
            List<SimInvoice> open = ledger.invoices(customer, SimInvoice.Status.OPEN, null, null, null, 1, 200).content();
            SimStatement statement = ledger.statement(customer, ANCHOR.minusMonths(3), LocalDate.now(CLOCK));
            SimStatement.Aging aging = statement.aging();

            assertThat(open.stream().map(SimInvoice::openAmount).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as(customer).isEqualByComparingTo(credit.balance());
            assertThat(statement.closingBalance()).as(customer).isEqualByComparingTo(credit.balance());
            assertThat(aging.current().add(aging.d1to30()).add(aging.d31to60()).add(aging.d61to90()).add(aging.over90()))
                    .as(customer).isEqualByComparingTo(credit.balance());
            assertThat(aging.d1to30().add(aging.d31to60()).add(aging.d61to90()).add(aging.over90()))
                    .as(customer).isEqualByComparingTo(credit.overdue());
        }
    }

    @Test
    void aStatementRunsFromItsOpeningToItsClosingBalance() {
        SimStatement statement = ledger.statement("C1001", ANCHOR.minusMonths(6), ANCHOR.minusMonths(1));

        BigDecimal running = statement.openingBalance();
        for (SimStatement.Entry entry : statement.entries()) {
            running = running.add(entry.amount());
            assertThat(entry.balance()).isEqualByComparingTo(running);
        }
        assertThat(statement.entries()).extracting(SimStatement.Entry::type).contains(SimStatement.EntryType.INVOICE,
                SimStatement.EntryType.PAYMENT);
        assertThat(statement.closingBalance()).isEqualByComparingTo(running);
    }

    @Test
    void theDemoCustomersOweWhatTheDemoDescribes() {
        assertThat(ledger.credit("C1000").balance()).as("Acme owes its recent invoices").isPositive();
        assertThat(ledger.statement("C1000", ANCHOR, ANCHOR).aging().over90()).as("and pays on time").isZero();
        assertThat(ledger.credit("C1001").creditLimit()).isEqualByComparingTo("25000.00");
        assertThat(ledger.credit("C1001").overdue()).isPositive();
        assertThat(ledger.invoices("C1001", SimInvoice.Status.OPEN, null, null, null, 1, 1).content())
                .singleElement().satisfies(oldest -> assertThat(oldest.dueDate()).isBefore(ANCHOR));
    }

    @Test
    void paidInvoicesCloseTheirOrdersAndOpenOnesLeaveThemInvoiced() {
        for (SimInvoice invoice : ledger.invoices("C1000", null, null, null, null, 1, 200).content()) {
            SimOrder.Status expected = invoice.status() == SimInvoice.Status.PAID ? SimOrder.Status.CLOSED : SimOrder.Status.INVOICED;
            assertThat(ledger.order(invoice.orderNumber()).status()).as(invoice.number()).isEqualTo(expected);
        }
    }

    @Test
    void aBalanceSetByAnErpUserIsAnAdjustmentThatSettingTheOldBalanceUndoes() {
        SimCredit generated = ledger.credit("C1000");
        List<SimInvoice> invoicesBefore = ledger.invoices("C1000", null, null, null, null, 1, 200).content();

        ledger.changeCredit("C1000", null, BigDecimal.ZERO);
        assertThat(ledger.credit("C1000").balance()).isEqualByComparingTo("0");
        assertThat(ledger.invoices("C1000", SimInvoice.Status.OPEN, null, null, null, 1, 200).total()).isZero();

        ledger.changeCredit("C1000", null, generated.balance().add(new BigDecimal("100.00")));
        assertThat(ledger.invoice("ADJ-C1000").openAmount()).isEqualByComparingTo("100.00");
        assertThat(ledger.credit("C1000").balance()).isEqualByComparingTo(generated.balance().add(new BigDecimal("100.00")));

        ledger.changeCredit("C1000", null, generated.balance());
        assertThat(ledger.invoices("C1000", null, null, null, null, 1, 200).content()).isEqualTo(invoicesBefore);
    }

    @Test
    void aRecordedPaymentLowersTheBalanceAndClosesAPaidOrder() {
        SimInvoice open = ledger.invoices("C1000", SimInvoice.Status.OPEN, null, null, null, 1, 1).content().get(0);
        BigDecimal balance = ledger.credit("C1000").balance();

        SimInvoice paid = ledger.recordPayment(open.number(), open.openAmount(), "ACH 1");

        assertThat(paid.status()).isEqualTo(SimInvoice.Status.PAID);
        assertThat(ledger.credit("C1000").balance()).isEqualByComparingTo(balance.subtract(open.openAmount()));
        assertThat(ledger.order(open.orderNumber()).status()).isEqualTo(SimOrder.Status.CLOSED);
    }

    @Test
    void historyHasShipmentsWithTrackingForShippedOrders() {
        List<SimOrder> shipped = ledger.orders("C1000", SimOrder.Status.CLOSED, null, null, null, 1, 200).content();

        assertThat(shipped).isNotEmpty().allSatisfy(o -> assertThat(o.shipments()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.trackingUrl()).contains(s.trackingNumber())));
    }

    private String stockedSku() {
        return ledger.catalog().all().stream().filter(i -> !i.discontinued())
                .filter(i -> i.listPrice().compareTo(new BigDecimal("100")) > 0)
                .filter(i -> ledger.stock(List.of(i.sku())).stream().mapToInt(SimStock::available).sum() >= 100)
                .findFirst().orElseThrow().sku();
    }

    private static OrderRequest order(String customerId, String po, String sku, int qty) {
        return new OrderRequest(customerId, po, null, null, "test", null, List.of(new LineRequest(sku, qty)));
    }
}
