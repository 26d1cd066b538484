package io.windowpane.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * What every {@link ErpGateway} must do, whoever implements it (the HTTP adapter against the simulator, a
 * fake). Runs against the simulator's deterministic demo data.
 */
public abstract class ErpContract {

    protected abstract ErpGateway gateway();

    @Test
    void readsACustomerWithTermsAndShipTos() {
        Customer acme = gateway().customer("C1000");

        assertThat(acme.name()).isEqualTo("Acme Industrial Supply");
        assertThat(acme.currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(acme.paymentTerms().code()).isEqualTo("NET30");
        assertThat(acme.shipTos()).isNotEmpty();
        assertThat(acme.blocked()).isEqualTo(Customer.OrderBlock.NONE);
        assertThat(acme.readAt()).isNotNull();
    }

    @Test
    void listsTheCustomersAssignedToASalesRep() {
        assertThat(gateway().customersOfSalesRep("R01")).extracting(CustomerSummary::id).contains("C1000", "C1001")
                .doesNotContain("C1002");
    }

    @Test
    void readsCreditWhoseAvailableIsLimitLessBalanceLessOpenOrders() {
        CreditAccount credit = gateway().credit("C1001");

        assertThat(credit.available()).isEqualTo(credit.creditLimit().minus(credit.balance()).minus(credit.openOrders()));
        assertThat(credit.policy()).isEqualTo(CreditAccount.CreditPolicy.BLOCK);
        assertThat(credit.readAt()).isNotNull();
    }

    @Test
    void searchesTheCatalogByTextWithPaging() {
        ItemPage page = gateway().searchItems(new ItemQuery("bolt", null, 2, 24));

        assertThat(page.page()).isEqualTo(2);
        assertThat(page.items()).hasSize(24).allSatisfy(item -> assertThat(item.name().toLowerCase()).contains("bolt"));
        assertThat(page.total()).isGreaterThan(48);
    }

    @Test
    void sendsSearchTextAsTextEvenWhenItLooksLikeAUriTemplate() {
        ItemPage items = gateway().searchItems(new ItemQuery("{a}", null, 1, 24));
        OrderPage orders = gateway().orders(new OrderQuery("C1000", null, "{x}%20", null, null, 1, 20));

        assertThat(items.total()).isZero();
        assertThat(orders.total()).isZero();
        assertThat(gateway().searchItems(new ItemQuery("hex bolt", null, 1, 24)).total()).as("a search of two words").isPositive();
    }

    @Test
    void filtersTheCatalogByCategory() {
        ItemPage page = gateway().searchItems(new ItemQuery(null, "PLB", 1, 10));

        assertThat(page.items()).hasSize(10).allSatisfy(item -> assertThat(item.category()).isEqualTo("PLB"));
    }

    @Test
    void readsItemsBySkuInOneBatchLeavingOutUnknownSkus() {
        List<Item> items = gateway().items(List.of("FAS-10000", "TLS-10000", "NOPE-1"));

        assertThat(items).extracting(Item::sku).containsExactlyInAnyOrder("FAS-10000", "TLS-10000");
    }

    @Test
    void readsTheEightCategories() {
        assertThat(gateway().categories()).hasSize(8).extracting(Category::code).contains("FAS", "TLS", "SAF", "ELE", "PLB");
    }

    @Test
    void readsContractPricesWithQuantityBreaks() {
        List<String> skus = gateway().searchItems(new ItemQuery(null, "FAS", 1, 50)).items().stream().map(Item::sku).toList();

        List<ContractPrice> acme = gateway().prices("C1000", skus);
        List<ContractPrice> bolt = gateway().prices("C1001", skus);

        assertThat(acme).hasSize(skus.size());
        assertThat(acme).anySatisfy(p -> assertThat(p.hasQuantityBreaks()).isTrue());
        assertThat(acme).extracting(ContractPrice::source).contains(ContractPrice.PriceSource.CONTRACT);
        assertThat(acme).extracting(ContractPrice::breaks).isNotEqualTo(bolt.stream().map(ContractPrice::breaks).toList());
        ContractPrice withBreaks = acme.stream().filter(ContractPrice::hasQuantityBreaks).findFirst().orElseThrow();
        ContractPrice.PriceBreak second = withBreaks.breaks().get(1);
        assertThat(withBreaks.unitPriceFor(second.minQty()).amount()).isEqualByComparingTo(second.unitPrice());
        assertThat(withBreaks.unitPriceFor(second.minQty() - 1).amount()).isEqualByComparingTo(withBreaks.breaks().get(0).unitPrice());
    }

    @Test
    void readsStockPerWarehouse() {
        List<ItemStock> stock = gateway().stock(List.of("ELE-10000", "ELE-10001"));

        assertThat(stock).hasSize(2).allSatisfy(s -> {
            assertThat(s.warehouses()).hasSize(3);
            assertThat(s.warehouses()).allSatisfy(w -> assertThat(w.available())
                    .isEqualTo(Math.max(0, w.onHand() - w.allocated() - w.committed())));
            assertThat(s.totalAvailable()).isEqualTo(s.warehouses().stream().mapToInt(ItemStock.WarehouseStock::available).sum());
        });
    }

    @Test
    void listsACustomersOrdersNewestFirst() {
        OrderPage page = gateway().orders(new OrderQuery("C1000", null, null, null, null, 1, 10));

        assertThat(page.orders()).hasSize(10);
        assertThat(page.total()).isGreaterThanOrEqualTo(24);
        assertThat(page.orders()).extracting(OrderPage.OrderSummary::orderDate).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void filtersOrdersByOrderDateRange() {
        OrderPage all = gateway().orders(new OrderQuery("C1000", null, null, null, null, 1, 200));
        LocalDate middle = all.orders().get(all.orders().size() / 2).orderDate();

        OrderPage since = gateway().orders(new OrderQuery("C1000", null, null, middle, null, 1, 200));
        OrderPage until = gateway().orders(new OrderQuery("C1000", null, null, null, middle.minusDays(1), 1, 200));

        assertThat(since.orders()).allSatisfy(o -> assertThat(o.orderDate()).isAfterOrEqualTo(middle));
        assertThat(until.orders()).allSatisfy(o -> assertThat(o.orderDate()).isBefore(middle));
        assertThat(since.total() + until.total()).isEqualTo(all.total());
    }

    @Test
    void readsAnOrderWithLinesAndTotalsAndItsShipments() {
        String number = gateway().orders(new OrderQuery("C1000", OrderStatus.CLOSED, null, null, null, 1, 1)).orders().get(0).number();

        SalesOrder order = gateway().order(number);
        List<Shipment> shipments = gateway().shipments(number);

        assertThat(order.customerId()).isEqualTo("C1000");
        assertThat(order.lines().stream().map(SalesOrder.Line::lineTotal).reduce(Money::plus).orElseThrow()).isEqualTo(order.subtotal());
        assertThat(order.total()).isEqualTo(order.subtotal().plus(order.tax()));
        assertThat(shipments).isNotEmpty().allSatisfy(s -> {
            assertThat(s.trackingNumber()).isNotBlank();
            assertThat(s.trackingUrl().toString()).contains(s.trackingNumber());
        });
    }

    @Test
    void answersNotFoundForAnUnknownOrder() {
        assertThatThrownBy(() -> gateway().order("SO000000")).isInstanceOf(ErpNotFoundException.class);
    }

    @Test
    void quotesAnOrderWithTax() {
        PriceQuote quote = gateway().quote("C1000", List.of(new OrderLineRequest("TLS-10000", 2)));

        assertThat(quote.lines()).singleElement().satisfies(l -> assertThat(l.lineTotal()).isEqualTo(l.unitPrice().times(2)));
        assertThat(quote.total()).isEqualTo(quote.subtotal().plus(quote.tax()));
    }

    @Test
    void placesAnOrderOncePerIdempotencyKey() {
        NewOrder order = new NewOrder("C1000", "PO-" + UUID.randomUUID(), null, null, "contract test", null,
                List.of(new OrderLineRequest("TLS-10000", 1)));
        String key = UUID.randomUUID().toString();

        OrderConfirmation first = gateway().placeOrder(order, key);
        OrderConfirmation replay = gateway().placeOrder(order, key);

        assertThat(replay.number()).isEqualTo(first.number());
        assertThat(gateway().orders(new OrderQuery("C1000", null, order.customerPoNumber(), null, null, 1, 10)).total()).isEqualTo(1);
    }

    @Test
    void rejectsAnOrderAboveAvailableCreditWithTheErpsFigures() {
        BigDecimal available = gateway().credit("C1001").available().amount();
        NewOrder tooBig = new NewOrder("C1001", "PO-" + UUID.randomUUID(), null, null, "contract test", null,
                List.of(new OrderLineRequest("TLS-10000", 50)));

        assertThatThrownBy(() -> gateway().placeOrder(tooBig, UUID.randomUUID().toString()))
                .isInstanceOfSatisfying(ErpRejectedException.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo("CREDIT_LIMIT_EXCEEDED");
                    assertThat(new BigDecimal(rejected.details().get("available").toString())).isEqualByComparingTo(available);
                });
    }

    @Test
    void readsASalesRepsContactDetails() {
        SalesRep rep = gateway().salesRep("R01");

        assertThat(rep.code()).isEqualTo("R01");
        assertThat(rep.name()).isNotBlank();
        assertThat(rep.email()).contains("@");
        assertThat(rep.phone()).isNotBlank();
        assertThatThrownBy(() -> gateway().salesRep("R99-" + UUID.randomUUID())).isInstanceOf(ErpNotFoundException.class);
    }

    @Test
    void anOrderPlacedByASalesRepCarriesTheRepOnEveryRead() {
        SalesAgent rita = new SalesAgent("R01", "rep@windowpane.test");
        NewOrder order = new NewOrder("C1000", "PO-" + UUID.randomUUID(), null, null, "Rita for C1000", rita,
                List.of(new OrderLineRequest("TLS-10000", 1)));

        OrderConfirmation placed = gateway().placeOrder(order, UUID.randomUUID().toString());

        assertThat(gateway().order(placed.number()).salesAgent()).isEqualTo(rita);
        assertThat(gateway().orders(new OrderQuery("C1000", null, order.customerPoNumber(), null, null, 1, 10)).orders())
                .singleElement().satisfies(summary -> assertThat(summary.salesAgent()).isEqualTo(rita));
    }

    @Test
    void anOrderPlacedByTheCustomersOwnBuyerHasNoSalesAgent() {
        NewOrder order = new NewOrder("C1000", "PO-" + UUID.randomUUID(), null, null, "contract test", null,
                List.of(new OrderLineRequest("TLS-10000", 1)));

        OrderConfirmation placed = gateway().placeOrder(order, UUID.randomUUID().toString());

        assertThat(gateway().order(placed.number()).salesAgent()).isNull();
    }

    @Test
    void refusesAnOrderForASalesAgentTheErpDoesNotKnow() {
        NewOrder order = new NewOrder("C1000", "PO-" + UUID.randomUUID(), null, null, "contract test",
                new SalesAgent("R99", "nobody@windowpane.test"), List.of(new OrderLineRequest("TLS-10000", 1)));

        assertThatThrownBy(() -> gateway().placeOrder(order, UUID.randomUUID().toString()))
                .isInstanceOfSatisfying(ErpRejectedException.class, e -> assertThat(e.code()).isEqualTo("UNKNOWN_SALES_AGENT"));
    }

    @Test
    void readsTheChangeFeedFromACursor() {
        ChangeBatch first = gateway().changes(null, 5);
        ChangeBatch next = gateway().changes(first.next(), 5);

        assertThat(first.next()).isNotBlank();
        assertThat(next.events()).doesNotContainAnyElementsOf(first.events());
    }

    @Test
    void registersAWebhookReceiver() {
        String id = gateway().subscribe(URI.create("http://localhost:9/never"), "secret", Set.of(ChangeEvent.Type.PRICE));

        assertThat(id).isNotBlank();
    }
}
