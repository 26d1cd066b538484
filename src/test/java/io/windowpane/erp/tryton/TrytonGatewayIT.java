package io.windowpane.erp.tryton;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;

import io.windowpane.erp.ChangeEvent;
import io.windowpane.erp.ContractPrice;
import io.windowpane.erp.CreditAccount;
import io.windowpane.erp.Customer;
import io.windowpane.erp.CustomerSummary;
import io.windowpane.erp.ErpNotFoundException;
import io.windowpane.erp.ErpTimeoutException;
import io.windowpane.erp.ErpUnavailableException;
import io.windowpane.erp.Item;
import io.windowpane.erp.ItemPage;
import io.windowpane.erp.ItemQuery;
import io.windowpane.erp.ItemStock;
import io.windowpane.erp.ErpRejectedException;
import io.windowpane.erp.NewOrder;
import io.windowpane.erp.OrderConfirmation;
import io.windowpane.erp.OrderLineRequest;
import io.windowpane.erp.OrderPage;
import io.windowpane.erp.PriceQuote;
import io.windowpane.erp.SalesAgent;
import io.windowpane.erp.OrderQuery;
import io.windowpane.erp.OrderStatus;
import io.windowpane.erp.SalesOrder;
import io.windowpane.erp.SalesRep;
import io.windowpane.erp.Shipment;
import io.windowpane.support.TestTryton;
import tools.jackson.databind.JsonNode;

/**
 * The Tryton adapter against a real Tryton 6.0 with the demo data (a fresh copy of the database for this class):
 * every figure the port answers is compared with what Tryton's own JSON-RPC says.
 */
class TrytonGatewayIT {

    private static TrytonErpGateway gateway;
    /**
     * Stated in the README: search and count 2; prices 3 (party, products, price-list lines) and one per distinct
     * break quantity; stock 7 (products, warehouses, two per warehouse of the demo's two, receipts).
     */
    private static final int CATALOG_PAGE_CALLS = 12;

    private static String database;
    private static TrytonDirect tryton;

    @BeforeAll
    static void freshTryton() {
        database = TestTryton.shared().freshDatabase();
        gateway = TrytonConfiguration.create(RestClient.builder(), TrytonDirect.properties(database, "admin"), Clock.systemUTC());
        tryton = new TrytonDirect(database);
    }

    @Test
    void readsACustomerWithTermsShipTosAndRep() {
        Customer acme = gateway.customer("C1000");

        assertThat(acme.name()).isEqualTo("Acme Industrial Supply");
        assertThat(acme.currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(acme.paymentTerms().code()).isEqualTo("NET30");
        assertThat(acme.paymentTerms().dueDays()).isEqualTo(30);
        assertThat(acme.shipTos()).extracting(Customer.ShipTo::street).contains("100 Main St");
        assertThat(acme.salesRepCode()).isEqualTo("R01");
        assertThatThrownBy(() -> gateway.customer("C9999")).isInstanceOf(ErpNotFoundException.class);
    }

    @Test
    void listsARepsCustomersAndReadsTheRep() {
        assertThat(gateway.customersOfSalesRep("R01")).extracting(CustomerSummary::id).containsExactly("C1000", "C1001");
        SalesRep rita = gateway.salesRep("R01");
        assertThat(rita.name()).isEqualTo("Rita Reyes");
        assertThat(rita.email()).isEqualTo("rep@windowpane.test");
        assertThat(rita.phone()).isEqualTo("+1 312 555 0101");
        assertThatThrownBy(() -> gateway.salesRep("C1000")).as("a party that is no agent").isInstanceOf(ErpNotFoundException.class);
    }

    @Test
    void creditIsTrytonsOwnFigures() {
        CreditAccount bolt = gateway.credit("C1001");
        JsonNode party = tryton.model("party.party.search_read", List.of(List.of("code", "=", "C1001")), 0, 1, null,
                List.of("credit_limit_amount", "credit_amount", "receivable")).get(0);

        assertThat(bolt.creditLimit().amount()).isEqualByComparingTo(TrytonValues.decimal(party.get("credit_limit_amount")));
        assertThat(bolt.balance().amount()).isEqualByComparingTo(TrytonValues.decimal(party.get("receivable")));
        assertThat(bolt.balance().plus(bolt.openOrders()).amount()).isEqualByComparingTo(TrytonValues.decimal(party.get("credit_amount")));
        assertThat(bolt.available()).isEqualTo(bolt.creditLimit().minus(bolt.balance()).minus(bolt.openOrders()));
        assertThat(bolt.available().amount()).as("Bolt is close to its limit").isLessThan(new BigDecimal("500"));
        assertThat(bolt.policy()).isEqualTo(CreditAccount.CreditPolicy.BLOCK);
    }

    @Test
    void searchesAndBatchesTheCatalog() {
        ItemPage bolts = gateway.searchItems(new ItemQuery("bolt", null, 1, 2));
        String plumbing = gateway.categories().stream().filter(c -> c.name().equals("Plumbing")).findFirst().orElseThrow().code();

        assertThat(bolts.total()).isEqualTo(3);
        assertThat(bolts.items()).hasSize(2).allSatisfy(item -> assertThat(item.name().toLowerCase()).contains("bolt"));
        assertThat(gateway.searchItems(new ItemQuery("bolt", null, 2, 2)).items()).hasSize(1);
        assertThat(gateway.searchItems(new ItemQuery(null, plumbing, 1, 24)).items()).hasSize(4)
                .allSatisfy(item -> assertThat(item.category()).isEqualTo(plumbing));
        assertThat(gateway.items(List.of("FAS-10000", "PLB-10001", "NOPE-1"))).extracting(Item::sku)
                .containsExactlyInAnyOrder("FAS-10000", "PLB-10001");
        assertThat(gateway.items(List.of("FAS-10000")).get(0).listPrice().amount()).isEqualByComparingTo("0.42");
    }

    @Test
    void contractPricesAndBreaksAreTrytonsPriceAtEachQuantity() {
        ContractPrice acme = gateway.prices("C1000", List.of("FAS-10000")).get(0);
        ContractPrice cobalt = gateway.prices("C1002", List.of("FAS-10000")).get(0);

        assertThat(acme.source()).isEqualTo(ContractPrice.PriceSource.CONTRACT);
        assertThat(acme.breaks()).extracting(ContractPrice.PriceBreak::minQty).containsExactly(1, 100, 1000);
        for (ContractPrice.PriceBreak step : acme.breaks()) {
            assertThat(step.unitPrice()).isEqualByComparingTo(tryton.priceAt("C1000", "FAS-10000", step.minQty()));
        }
        assertThat(acme.unitPriceFor(99).amount()).isEqualByComparingTo(tryton.priceAt("C1000", "FAS-10000", 99));
        assertThat(cobalt.source()).isEqualTo(ContractPrice.PriceSource.LIST);
        assertThat(cobalt.breaks()).hasSize(1);
        assertThat(cobalt.breaks().get(0).unitPrice()).isEqualByComparingTo("0.42");
    }

    @Test
    void stockPerWarehouseWithTheNextReceipt() {
        ItemStock bolts = gateway.stock(List.of("FAS-10000")).get(0);
        ItemStock anchors = gateway.stock(List.of("FAS-10005")).get(0);

        assertThat(bolts.warehouses()).extracting(ItemStock.WarehouseStock::warehouse).containsExactly("CHI", "DAL");
        assertThat(bolts.warehouses()).extracting(ItemStock.WarehouseStock::onHand).containsExactly(4800, 1200);
        assertThat(bolts.totalAvailable()).isEqualTo(6000);
        ItemStock.WarehouseStock chicago = anchors.warehouses().get(0);
        assertThat(chicago.incoming()).isEqualTo(500);
        assertThat(chicago.nextReceiptDate()).isAfter(java.time.LocalDate.now());
    }

    @Test
    void ordersAreTrytonsConfirmedSalesNewestFirstWithFilters() {
        OrderPage acme = gateway.orders(new OrderQuery("C1000", null, null, null, null, 1, 10));

        assertThat(acme.orders()).extracting(OrderPage.OrderSummary::customerPoNumber).containsExactly("PO-ACME-1002", "PO-ACME-1001");
        assertThat(acme.orders()).extracting(OrderPage.OrderSummary::status).containsExactly(OrderStatus.OPEN, OrderStatus.SHIPPED);
        assertThat(acme.orders()).extracting(OrderPage.OrderSummary::salesAgent).allSatisfy(agent -> assertThat(agent).isNull());
        JsonNode sale = tryton.model("sale.sale.search_read", List.of(List.of("reference", "=", "PO-ACME-1001")), 0, 1, null,
                List.of("total_amount")).get(0);
        assertThat(acme.orders().get(1).total().amount()).isEqualByComparingTo(TrytonValues.decimal(sale.get("total_amount")));
        assertThat(gateway.orders(new OrderQuery("C1000", OrderStatus.SHIPPED, null, null, null, 1, 10)).orders()).hasSize(1);
        assertThat(gateway.orders(new OrderQuery("C1000", null, "ACME-1002", null, null, 1, 10)).total()).isEqualTo(1);
        assertThat(gateway.orders(new OrderQuery("C1000", null, null, LocalDate.now().minusDays(10), LocalDate.now(), 1, 10))
                .orders()).extracting(OrderPage.OrderSummary::customerPoNumber).containsExactly("PO-ACME-1002");
        assertThat(gateway.orders(new OrderQuery("C1002", null, null, null, null, 1, 10)).total()).isZero();
    }

    @Test
    void aShippedOrderHasItsLinesShippedAndItsFedExTrackingNumber() {
        String number = gateway.orders(new OrderQuery("C1000", OrderStatus.SHIPPED, null, null, null, 1, 10)).orders().get(0).number();

        SalesOrder order = gateway.order(number);
        List<Shipment> shipments = gateway.shipments(number);

        assertThat(order.customerPoNumber()).isEqualTo("PO-ACME-1001");
        assertThat(order.lines()).extracting(SalesOrder.Line::sku, SalesOrder.Line::qty, SalesOrder.Line::shippedQty)
                .containsExactly(tuple("FAS-10000", 200, 200), tuple("PLB-10000", 4, 4));
        assertThat(order.freight().amount()).as("Tryton's freight line, besides the goods").isEqualByComparingTo("15.00");
        assertThat(order.subtotal().plus(order.freight()).plus(order.tax())).isEqualTo(order.total());
        assertThat(order.tax().amount()).isPositive();
        assertThat(order.shipTo().street()).isEqualTo("100 Main St");
        assertThat(shipments).singleElement().satisfies(shipment -> {
            assertThat(shipment.status()).as("done in Tryton: left the warehouse").isEqualTo("SHIPPED");
            assertThat(shipment.carrier()).isEqualTo("FedEx");
            assertThat(shipment.trackingNumber()).isEqualTo("794698701234");
            assertThat(shipment.trackingUrl()).hasToString("https://www.fedex.com/fedextrack/?trknbr=794698701234");
            assertThat(shipment.lines()).extracting(Shipment.Line::sku).containsExactlyInAnyOrder("FAS-10000", "PLB-10000");
        });
        assertThatThrownBy(() -> gateway.order("NO-SUCH-SALE")).isInstanceOf(ErpNotFoundException.class);
    }

    @Test
    void aQuoteIsTrytonsPricesAndTaxesAndLeavesNothingBehind() {
        long salesBefore = tryton.model("sale.sale.search_count", List.of()).asLong();

        PriceQuote quote = gateway.quote("C1000", List.of(new OrderLineRequest("FAS-10000", 150), new OrderLineRequest("PLB-10000", 2)));

        assertThat(quote.lines()).extracting(PriceQuote.Line::sku).containsExactly("FAS-10000", "PLB-10000");
        assertThat(quote.lines().get(0).unitPrice().amount()).isEqualByComparingTo(tryton.priceAt("C1000", "FAS-10000", 150));
        assertThat(quote.tax().amount()).isEqualByComparingTo(quote.subtotal().amount().multiply(new BigDecimal("0.08"))
                .setScale(2, java.math.RoundingMode.HALF_UP));
        assertThat(quote.subtotal().plus(quote.tax())).isEqualTo(quote.total());
        assertThat(tryton.model("sale.sale.search_count", List.of()).asLong()).isEqualTo(salesBefore);
    }

    @Test
    void anOrderIsPlacedOncePerKeyAsOneConfirmedSaleWithItsPo() {
        NewOrder order = new NewOrder("C1000", "PO-IT-" + System.nanoTime(), null, null, "Alice Archer",
                new SalesAgent("R01", "rep@windowpane.test"), List.of(new OrderLineRequest("FAS-10004", 40)));

        OrderConfirmation first = gateway.placeOrder(order, "key-" + order.customerPoNumber());
        OrderConfirmation retry = gateway.placeOrder(order, "key-" + order.customerPoNumber());

        assertThat(retry.number()).isEqualTo(first.number());
        JsonNode sales = tryton.model("sale.sale.search_read", List.of(List.of("reference", "=", order.customerPoNumber())), 0, null,
                null, List.of("number", "state"));
        assertThat(sales).hasSize(1);
        assertThat(sales.get(0).get("state").asString()).isEqualTo("processing");
        assertThat(gateway.order(first.number()).salesAgent()).isEqualTo(new SalesAgent("R01", "rep@windowpane.test"));
        assertThatThrownBy(() -> gateway.placeOrder(order, "another-key-" + order.customerPoNumber()))
                .isInstanceOfSatisfying(ErpRejectedException.class, e -> assertThat(e.code()).isEqualTo("DUPLICATE_PO"));
        NewOrder unknownRep = new NewOrder("C1000", "PO-R99-" + System.nanoTime(), null, null, "x", new SalesAgent("R99", null),
                order.lines());
        assertThatThrownBy(() -> gateway.placeOrder(unknownRep, "key-" + unknownRep.customerPoNumber()))
                .isInstanceOfSatisfying(ErpRejectedException.class, e -> assertThat(e.code()).isEqualTo("UNKNOWN_SALES_AGENT"));
    }

    @Test
    void aRetryAfterTheAnswerToConfirmWasLostFindsTheFirstSale() {
        AtomicBoolean loseNextConfirmAnswer = new AtomicBoolean(true);
        TrytonErpGateway unlucky = TrytonConfiguration.create(RestClient.builder().requestInterceptor((request, body, execution) -> {
            ClientHttpResponse response = execution.execute(request, body);
            if (new String(body, StandardCharsets.UTF_8).contains("\"model.sale.sale.confirm\"") && loseNextConfirmAnswer.getAndSet(false)) {
                response.close();
                // Tryton has confirmed the sale; its answer never arrives
                throw new HttpTimeoutException("the answer to confirm was lost");
            }
            return response;
        }), TrytonDirect.properties(database, "admin"), Clock.systemUTC());
        NewOrder order = new NewOrder("C1000", "PO-LOST-" + System.nanoTime(), null, null, "Alice Archer", null,
                List.of(new OrderLineRequest("FAS-10001", 300)));
        String key = "key-" + order.customerPoNumber();

        assertThatThrownBy(() -> unlucky.placeOrder(order, key)).isInstanceOf(ErpTimeoutException.class);
        OrderConfirmation retried = unlucky.placeOrder(order, key);

        JsonNode sales = tryton.salesWithPo(order.customerPoNumber(), "number", "state");
        assertThat(sales).as("one checkout, one Tryton sale").hasSize(1);
        assertThat(sales.get(0).get("number").asString()).isEqualTo(retried.number());
        assertThat(sales.get(0).get("state").asString()).isEqualTo("processing");
        assertThat(loseNextConfirmAnswer).as("an answer was lost").isFalse();
    }

    @Test
    void aCatalogPageCostsAFixedNumberOfCallsPlusOnePerBreakQuantityNeverOnePerItem() {
        for (int size : List.of(1, 2, 12)) {
            AtomicInteger calls = new AtomicInteger();
            TrytonErpGateway counted = TrytonConfiguration.create(RestClient.builder().requestInterceptor((request, body, execution) -> {
                calls.incrementAndGet();
                return execution.execute(request, body);
            }), TrytonDirect.properties(database, "admin"), Clock.systemUTC());
            counted.items(List.of("FAS-10000"));
            calls.set(0);

            List<String> skus = counted.searchItems(new ItemQuery(null, null, 1, size)).items().stream().map(Item::sku).toList();
            long breakQuantities = counted.prices("C1000", skus).stream().flatMap(price -> price.breaks().stream())
                    .map(ContractPrice.PriceBreak::minQty).distinct().count();
            counted.stock(skus);

            assertThat(skus).hasSize(size);
            assertThat(calls.get()).as("calls for a page of %d items", size).isEqualTo(CATALOG_PAGE_CALLS + breakQuantities);
        }
    }

    @Test
    void anOrderAboveTheCreditLimitIsRefusedWithTrytonsMessageAndLeavesNoSale() {
        NewOrder order = new NewOrder("C1001", "PO-OVER-" + System.nanoTime(), null, null, "Ben Bolton", null,
                List.of(new OrderLineRequest("PLB-10003", 20)));

        assertThatThrownBy(() -> gateway.placeOrder(order, "key-" + order.customerPoNumber()))
                .isInstanceOfSatisfying(ErpRejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo("CREDIT_LIMIT_EXCEEDED");
                    assertThat(e.getMessage()).contains("Bolt & Beam Fabrication");
                    assertThat(new BigDecimal(e.details().get("available").toString())).isEqualByComparingTo("465.00");
                });
        assertThat(tryton.model("sale.sale.search_count", List.of(List.of("reference", "=", order.customerPoNumber()))).asLong()).isZero();
    }

    @Test
    void aPriceChangedInTrytonIsSeenByPolling() {
        Instant before = Instant.now().minusSeconds(1);
        String cursor = gateway.changes(null, 200).next();
        long template = tryton.model("product.product.search_read", List.of(List.of("code", "=", "FAS-10001")), 0, 1, null,
                List.of("template")).get(0).get("template").asLong();

        tryton.model("product.template.write", List.of(template), Map.of("list_price", Map.of("__class__", "Decimal", "decimal", "0.11")));

        assertThat(gateway.changes(cursor, 200).events()).anySatisfy(event -> {
            assertThat(event.type()).isEqualTo(ChangeEvent.Type.PRICE);
            assertThat(event.key()).isEqualTo("FAS-10001");
            assertThat(event.at()).isAfter(before);
        });
        assertThat(gateway.prices("C1002", List.of("FAS-10001")).get(0).breaks().get(0).unitPrice()).isEqualByComparingTo("0.11");
    }

    @Test
    void refusedCredentialsAndAnUnreachableTrytonAreUnavailable() {
        TestTryton server = TestTryton.shared();
        TrytonErpGateway wrongPassword = TrytonConfiguration.create(RestClient.builder(),
                properties(server.url(), server.freshDatabase(), "not-the-password"), Clock.systemUTC());
        TrytonErpGateway nobody = TrytonConfiguration.create(RestClient.builder(),
                properties(URI.create("http://127.0.0.1:9"), "none", "admin"), Clock.systemUTC());

        assertThatThrownBy(() -> wrongPassword.customer("C1000")).isInstanceOf(ErpUnavailableException.class);
        assertThatThrownBy(() -> nobody.customer("C1000")).isInstanceOf(ErpUnavailableException.class);
    }

    private static TrytonProperties properties(URI url, String database, String password) {
        return new TrytonProperties(url, database, "admin", password, java.time.Duration.ofSeconds(2), java.time.Duration.ofSeconds(20));
    }
}
