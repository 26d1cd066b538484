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
    void shippingAnOrderAddsATrackedShipmentAndReleasesOpenOrders() {
        String number = ledger.placeOrder("key-9", order("C1000", "PO-SHIP", stockedSku(), 2)).answer().number();
        BigDecimal openBefore = ledger.credit("C1000").openOrders();

        SimOrder shipped = ledger.ship(number, "FedEx", "123456789012");

        assertThat(shipped.status()).isEqualTo(SimOrder.Status.SHIPPED);
        assertThat(shipped.shipments()).singleElement().satisfies(s -> {
            assertThat(s.trackingNumber()).isEqualTo("123456789012");
            assertThat(s.trackingUrl()).endsWith("123456789012");
        });
        assertThat(ledger.credit("C1000").openOrders()).isLessThan(openBefore);
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
