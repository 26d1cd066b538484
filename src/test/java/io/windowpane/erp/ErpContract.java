package io.windowpane.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * What every {@link ErpGateway} must do, whoever implements it: the HTTP adapter on the simulator and the Tryton
 * adapter on a real Tryton both run it. The cases hold for any ERP whose data has the few records named in
 * {@link DemoRecords} (a customer with contract prices, one close to its credit limit, a rep, ...); counts,
 * codes and figures are read from the ERP itself, never assumed.
 */
public abstract class ErpContract {

    protected abstract ErpGateway gateway();

    /** The records of this ERP's demo data the cases use; both demo data sets carry {@link DemoRecords#SHARED}. */
    protected DemoRecords demo() {
        return DemoRecords.SHARED;
    }

    /**
     * @param customer             has contract prices with quantity breaks, several orders and a shipped one
     * @param customerNearItsLimit has a credit limit that blocks, and little of it left
     * @param customerOfAnotherRep is not assigned to {@code salesRep}
     * @param salesRep             has {@code customer} and {@code customerNearItsLimit}, with e-mail and phone
     * @param searchWord           in the names of at least three items
     * @param twoWordSearch        two words that appear together in an item's name
     * @param categoryName         a category with items
     * @param skus                 known items, at least one of them in stock
     */
    public record DemoRecords(String customer, String customerNearItsLimit, String customerOfAnotherRep, String salesRep,
            String searchWord, String twoWordSearch, String categoryName, List<String> skus) {

        /** In both the simulator's demo data and Tryton's ({@code src/tryton/demo_data.py}). */
        public static final DemoRecords SHARED = new DemoRecords("C1000", "C1001", "C1002", "R01", "bolt", "hex bolt",
                "Plumbing", List.of("FAS-10000", "FAS-10001", "PLB-10000", "PLB-10001", "ELE-10000"));
    }

    @Test
    void readsACustomerWithTermsAndShipTos() {
        Customer customer = gateway().customer(demo().customer());

        assertThat(customer.id()).isEqualTo(demo().customer());
        assertThat(customer.name()).isNotBlank();
        assertThat(customer.currency()).isNotNull();
        assertThat(customer.paymentTerms().code()).isNotBlank();
        assertThat(customer.shipTos()).isNotEmpty().allSatisfy(shipTo -> assertThat(shipTo.id()).isNotBlank());
        assertThat(customer.blocked()).isEqualTo(Customer.OrderBlock.NONE);
        assertThat(customer.salesRepCode()).isEqualTo(demo().salesRep());
        assertThat(customer.readAt()).isNotNull();
    }

    @Test
    void answersNotFoundForAnUnknownCustomer() {
        assertThatThrownBy(() -> gateway().customer("NO-SUCH-" + UUID.randomUUID())).isInstanceOf(ErpNotFoundException.class);
    }

    @Test
    void listsTheCustomersAssignedToASalesRep() {
        assertThat(gateway().customersOfSalesRep(demo().salesRep())).extracting(CustomerSummary::id)
                .contains(demo().customer(), demo().customerNearItsLimit()).doesNotContain(demo().customerOfAnotherRep());
    }

    @Test
    void readsASalesRepsContactDetails() {
        SalesRep rep = gateway().salesRep(demo().salesRep());

        assertThat(rep.code()).isEqualTo(demo().salesRep());
        assertThat(rep.name()).isNotBlank();
        assertThat(rep.email()).contains("@");
        assertThat(rep.phone()).isNotBlank();
        assertThatThrownBy(() -> gateway().salesRep("R99-" + UUID.randomUUID())).isInstanceOf(ErpNotFoundException.class);
    }

    @Test
    void readsCreditWhoseAvailableIsLimitLessBalanceLessOpenOrders() {
        CreditAccount credit = gateway().credit(demo().customerNearItsLimit());

        assertThat(credit.available()).isEqualTo(credit.creditLimit().minus(credit.balance()).minus(credit.openOrders()));
        assertThat(credit.available().amount()).isLessThan(credit.creditLimit().amount().divide(BigDecimal.valueOf(2)));
        assertThat(credit.policy()).isEqualTo(CreditAccount.CreditPolicy.BLOCK);
        assertThat(credit.readAt()).isNotNull();
    }

    @Test
    void searchesTheCatalogByTextWithPaging() {
        ItemPage first = gateway().searchItems(new ItemQuery(demo().searchWord(), null, 1, 2));
        ItemPage second = gateway().searchItems(new ItemQuery(demo().searchWord(), null, 2, 2));

        assertThat(first.total()).isGreaterThanOrEqualTo(3);
        assertThat(second.page()).isEqualTo(2);
        assertThat(first.items()).hasSize(2);
        assertThat(second.items()).isNotEmpty().doesNotContainAnyElementsOf(first.items());
        assertThat(first.items()).allSatisfy(item -> assertThat(item.name().toLowerCase()).contains(demo().searchWord()));
        assertThat(second.items()).allSatisfy(item -> assertThat(item.name().toLowerCase()).contains(demo().searchWord()));
    }

    @Test
    void sendsSearchTextAsTextEvenWhenItLooksLikeAUriTemplate() {
        ItemPage items = gateway().searchItems(new ItemQuery("{a}", null, 1, 24));
        OrderPage orders = gateway().orders(new OrderQuery(demo().customer(), null, "{x}%20", null, null, 1, 20));

        assertThat(items.total()).isZero();
        assertThat(orders.total()).isZero();
        assertThat(gateway().searchItems(new ItemQuery(demo().twoWordSearch(), null, 1, 24)).total()).as("a search of two words")
                .isPositive();
    }

    @Test
    void readsCategoriesAndFiltersTheCatalogByOne() {
        List<Category> categories = gateway().categories();
        Category chosen = categories.stream().filter(c -> c.name().equals(demo().categoryName())).findFirst().orElseThrow();

        ItemPage page = gateway().searchItems(new ItemQuery(null, chosen.code(), 1, 3));

        assertThat(categories).extracting(Category::code).doesNotHaveDuplicates();
        assertThat(page.items()).isNotEmpty().allSatisfy(item -> assertThat(item.category()).isEqualTo(chosen.code()));
        assertThat(page.total()).isGreaterThanOrEqualTo(page.items().size());
    }

    @Test
    void readsItemsBySkuInOneBatchLeavingOutUnknownSkus() {
        List<String> asked = new java.util.ArrayList<>(demo().skus());
        asked.add("NOPE-" + UUID.randomUUID());

        assertThat(gateway().items(asked)).extracting(Item::sku).containsExactlyInAnyOrderElementsOf(demo().skus());
    }

    @Test
    void readsContractPricesWithQuantityBreaksPerCustomer() {
        List<ContractPrice> contract = gateway().prices(demo().customer(), demo().skus());
        List<ContractPrice> other = gateway().prices(demo().customerNearItsLimit(), demo().skus());

        assertThat(contract).extracting(ContractPrice::sku).containsExactlyInAnyOrderElementsOf(demo().skus());
        assertThat(contract).extracting(ContractPrice::source).contains(ContractPrice.PriceSource.CONTRACT);
        assertThat(contract).allSatisfy(price -> assertThat(price.breaks()).isNotEmpty()
                .isSortedAccordingTo(Comparator.comparingInt(ContractPrice.PriceBreak::minQty)));
        assertThat(contract).extracting(ContractPrice::breaks).as("another customer's prices")
                .isNotEqualTo(other.stream().map(ContractPrice::breaks).toList());
        ContractPrice withBreaks = contract.stream().filter(ContractPrice::hasQuantityBreaks).findFirst().orElseThrow();
        ContractPrice.PriceBreak second = withBreaks.breaks().get(1);
        assertThat(withBreaks.unitPriceFor(second.minQty()).amount()).isEqualByComparingTo(second.unitPrice());
        assertThat(withBreaks.unitPriceFor(second.minQty() - 1).amount()).isEqualByComparingTo(withBreaks.breaks().get(0).unitPrice());
    }

    @Test
    void readsStockPerWarehouse() {
        List<ItemStock> stock = gateway().stock(demo().skus());

        assertThat(stock).extracting(ItemStock::sku).containsExactlyInAnyOrderElementsOf(demo().skus());
        List<String> warehouses = stock.get(0).warehouses().stream().map(ItemStock.WarehouseStock::warehouse).toList();
        assertThat(warehouses).isNotEmpty().doesNotHaveDuplicates();
        assertThat(stock).allSatisfy(s -> {
            assertThat(s.warehouses()).extracting(ItemStock.WarehouseStock::warehouse).as("every item in every warehouse")
                    .containsExactlyElementsOf(warehouses);
            assertThat(s.warehouses()).allSatisfy(w -> assertThat(w.available())
                    .isEqualTo(Math.max(0, w.onHand() - w.allocated() - w.committed())));
            assertThat(s.totalAvailable()).isEqualTo(s.warehouses().stream().mapToInt(ItemStock.WarehouseStock::available).sum());
        });
        assertThat(stock).anySatisfy(s -> assertThat(s.totalAvailable()).isPositive());
    }

    @Test
    void listsACustomersOrdersNewestFirstWithPaging() {
        OrderPage all = gateway().orders(new OrderQuery(demo().customer(), null, null, null, null, 1, 200));
        OrderPage second = gateway().orders(new OrderQuery(demo().customer(), null, null, null, null, 2, 1));

        assertThat(all.total()).isGreaterThanOrEqualTo(2);
        assertThat(all.orders()).extracting(OrderPage.OrderSummary::orderDate).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(second.total()).isEqualTo(all.total());
        assertThat(second.orders()).singleElement().extracting(OrderPage.OrderSummary::number)
                .isEqualTo(all.orders().get(1).number());
    }

    @Test
    void filtersOrdersByOrderDateRange() {
        OrderPage all = gateway().orders(new OrderQuery(demo().customer(), null, null, null, null, 1, 200));
        LocalDate middle = all.orders().get(all.orders().size() / 2).orderDate();

        OrderPage since = gateway().orders(new OrderQuery(demo().customer(), null, null, middle, null, 1, 200));
        OrderPage until = gateway().orders(new OrderQuery(demo().customer(), null, null, null, middle.minusDays(1), 1, 200));

        assertThat(since.orders()).isNotEmpty().allSatisfy(o -> assertThat(o.orderDate()).isAfterOrEqualTo(middle));
        assertThat(until.orders()).allSatisfy(o -> assertThat(o.orderDate()).isBefore(middle));
        assertThat(since.total() + until.total()).isEqualTo(all.total());
    }

    @Test
    void filtersOrdersByStatusAndPoNumber() {
        OrderPage all = gateway().orders(new OrderQuery(demo().customer(), null, null, null, null, 1, 200));
        OrderPage.OrderSummary any = all.orders().get(0);

        OrderPage sameStatus = gateway().orders(new OrderQuery(demo().customer(), any.status(), null, null, null, 1, 200));
        OrderPage byPo = gateway().orders(new OrderQuery(demo().customer(), null, any.customerPoNumber(), null, null, 1, 200));

        assertThat(sameStatus.orders()).isNotEmpty().allSatisfy(o -> assertThat(o.status()).isEqualTo(any.status()));
        assertThat(byPo.orders()).extracting(OrderPage.OrderSummary::number).contains(any.number());
    }

    @Test
    void readsAnOrderWithLinesAndTotalsAndItsShipmentsWithTracking() {
        Set<OrderStatus> shipped = EnumSet.of(OrderStatus.SHIPPED, OrderStatus.PARTIALLY_SHIPPED, OrderStatus.CLOSED,
                OrderStatus.INVOICED);
        String number = gateway().orders(new OrderQuery(demo().customer(), null, null, null, null, 1, 200)).orders().stream()
                .filter(o -> shipped.contains(o.status())).map(OrderPage.OrderSummary::number)
                .filter(n -> !gateway().shipments(n).isEmpty()).findFirst().orElseThrow();

        SalesOrder order = gateway().order(number);
        List<Shipment> shipments = gateway().shipments(number);

        assertThat(order.customerId()).isEqualTo(demo().customer());
        assertThat(order.lines()).isNotEmpty();
        assertThat(order.lines().stream().map(SalesOrder.Line::lineTotal).reduce(Money::plus).orElseThrow()).isEqualTo(order.subtotal());
        assertThat(order.total()).isEqualTo(order.subtotal().plus(order.freight()).plus(order.tax()));
        assertThat(shipments).allSatisfy(s -> {
            assertThat(s.trackingNumber()).isNotBlank();
            assertThat(s.carrier()).isNotBlank();
            assertThat(s.lines()).isNotEmpty();
        });
        assertThat(shipments).filteredOn(s -> s.trackingUrl() != null).as("a carrier's page is for its tracking number")
                .allSatisfy(s -> assertThat(s.trackingUrl().toString()).contains(s.trackingNumber()));
    }

    @Test
    void answersNotFoundForAnUnknownOrder() {
        assertThatThrownBy(() -> gateway().order("SO000000")).isInstanceOf(ErpNotFoundException.class);
    }

    @Test
    void theOpenInvoiceAmountsAddUpToTheCreditBalance() {
        CreditAccount credit = gateway().credit(demo().customer());

        InvoicePage open = gateway().invoices(new InvoiceQuery(demo().customer(), InvoiceStatus.OPEN, null, null, null, 1, 200));

        assertThat(open.total()).as("the demo customer owes something").isPositive();
        assertThat(open.invoices()).allSatisfy(i -> assertThat(i.status()).isEqualTo(InvoiceStatus.OPEN));
        assertThat(open.invoices().stream().map(InvoicePage.InvoiceSummary::openAmount).reduce(Money::plus).orElseThrow())
                .isEqualTo(credit.balance());
        assertThat(open.invoices()).extracting(InvoicePage.InvoiceSummary::dueDate).isSorted();
    }

    @Test
    void pagesAndFiltersInvoicesByStatusDateAndNumber() {
        InvoicePage all = gateway().invoices(new InvoiceQuery(demo().customer(), null, null, null, null, 1, 200));
        InvoicePage.InvoiceSummary newest = all.invoices().get(0);
        InvoicePage firstOfOne = gateway().invoices(new InvoiceQuery(demo().customer(), null, null, null, null, 1, 1));
        InvoicePage paid = gateway().invoices(new InvoiceQuery(demo().customer(), InvoiceStatus.PAID, null, null, null, 1, 200));
        InvoicePage byDay = gateway().invoices(new InvoiceQuery(demo().customer(), null, null, newest.invoiceDate(),
                newest.invoiceDate(), 1, 200));
        InvoicePage byNumber = gateway().invoices(new InvoiceQuery(demo().customer(), null, newest.number(), null, null, 1, 20));

        assertThat(all.invoices()).extracting(InvoicePage.InvoiceSummary::invoiceDate).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(firstOfOne.invoices()).singleElement().isEqualTo(newest);
        assertThat(firstOfOne.total()).isEqualTo(all.total());
        assertThat(paid.invoices()).allSatisfy(i -> assertThat(i.openAmount().amount()).isZero());
        assertThat(byDay.invoices()).isNotEmpty().allSatisfy(i -> assertThat(i.invoiceDate()).isEqualTo(newest.invoiceDate()));
        assertThat(byNumber.invoices()).extracting(InvoicePage.InvoiceSummary::number).contains(newest.number());
    }

    @Test
    void listsOnlyTheCustomersOwnInvoices() {
        InvoicePage mine = gateway().invoices(new InvoiceQuery(demo().customer(), null, null, null, null, 1, 200));
        InvoicePage theirs = gateway().invoices(new InvoiceQuery(demo().customerNearItsLimit(), null, null, null, null, 1, 200));

        List<String> theirNumbers = theirs.invoices().stream().map(InvoicePage.InvoiceSummary::number).toList();
        assertThat(mine.invoices()).isNotEmpty().noneMatch(invoice -> theirNumbers.contains(invoice.number()));
        assertThat(gateway().invoice(mine.invoices().get(0).number()).customerId()).isEqualTo(demo().customer());
    }

    @Test
    void readsAnInvoiceWithLinesTaxAndWhatIsStillOpen() {
        InvoicePage.InvoiceSummary open = gateway().invoices(new InvoiceQuery(demo().customer(), InvoiceStatus.OPEN, null,
                null, null, 1, 1)).invoices().get(0);

        Invoice invoice = gateway().invoice(open.number());

        assertThat(invoice.number()).isEqualTo(open.number());
        assertThat(invoice.lines()).isNotEmpty();
        assertThat(invoice.lines().stream().map(Invoice.Line::lineTotal).reduce(Money::plus).orElseThrow().amount())
                .isEqualByComparingTo(invoice.subtotal().amount());
        assertThat(invoice.subtotal().plus(invoice.tax()).amount()).isEqualByComparingTo(invoice.total().amount());
        assertThat(invoice.tax().amount()).isPositive();
        assertThat(invoice.openAmount()).isEqualTo(open.openAmount());
        assertThat(invoice.payments().stream().map(Invoice.Payment::amount).reduce(Money::plus)
                .map(paid -> paid.plus(invoice.openAmount())).orElse(invoice.openAmount()).amount())
                .isEqualByComparingTo(invoice.total().amount());
        assertThat(invoice.dueDate()).isAfterOrEqualTo(invoice.invoiceDate());
        assertThat(invoice.orderNumber()).isNotBlank();
        assertThatThrownBy(() -> gateway().invoice("NO-SUCH-" + UUID.randomUUID())).isInstanceOf(ErpNotFoundException.class);
    }

    @Test
    void aStatementClosesOnTheCreditBalanceAndItsAgingAddsUpToIt() {
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        CreditAccount credit = gateway().credit(demo().customer());

        Statement statement = gateway().statement(demo().customer(), today.minusDays(90), today);

        assertThat(statement.closingBalance()).isEqualTo(credit.balance());
        assertThat(statement.aging().total()).isEqualTo(statement.closingBalance());
        Money running = statement.openingBalance();
        for (Statement.Entry entry : statement.entries()) {
            running = running.plus(entry.amount());
            assertThat(entry.balance()).isEqualTo(running);
            assertThat(entry.date()).isBetween(today.minusDays(90), today);
        }
        assertThat(running).isEqualTo(statement.closingBalance());
        assertThat(statement.entries()).extracting(Statement.Entry::type).contains(Statement.EntryType.INVOICE);
    }

    @Test
    void quotesAnOrderWithTax() {
        String sku = skuInStock();
        PriceQuote quote = gateway().quote(demo().customer(), List.of(new OrderLineRequest(sku, 2)));

        assertThat(quote.lines()).singleElement().satisfies(l -> {
            assertThat(l.sku()).isEqualTo(sku);
            assertThat(l.lineTotal().amount()).isEqualByComparingTo(l.unitPrice().times(2).amount());
            assertThat(l.unitPrice().amount()).isEqualByComparingTo(contractPrice(demo().customer(), sku).unitPriceFor(2).amount());
        });
        assertThat(quote.total()).isEqualTo(quote.subtotal().plus(quote.tax()));
    }

    @Test
    void placesAnOrderOncePerIdempotencyKey() {
        NewOrder order = new NewOrder(demo().customer(), "PO-" + UUID.randomUUID().toString().substring(0, 13), null,
                LocalDate.now().plusDays(14), "Alice Archer", null, List.of(new OrderLineRequest(skuInStock(), 1)));
        String key = UUID.randomUUID().toString();

        OrderConfirmation first = gateway().placeOrder(order, key);
        OrderConfirmation replay = gateway().placeOrder(order, key);

        assertThat(replay.number()).isEqualTo(first.number());
        assertThat(gateway().orders(new OrderQuery(demo().customer(), null, order.customerPoNumber(), null, null, 1, 10)).total())
                .isEqualTo(1);
        SalesOrder placed = gateway().order(first.number());
        assertThat(placed.customerPoNumber()).isEqualTo(order.customerPoNumber());
        assertThat(placed.requestedDate()).isEqualTo(order.requestedDate());
        assertThat(placed.placedBy()).isEqualTo("Alice Archer");
        assertThat(placed.lines()).singleElement().satisfies(line -> {
            assertThat(line.sku()).isEqualTo(order.lines().get(0).sku());
            assertThat(line.qty()).isEqualTo(1);
        });
    }

    @Test
    void refusesAPoNumberUsedBeforeUnderAnotherKey() {
        NewOrder order = newOrder(demo().customer(), null, 1);
        gateway().placeOrder(order, UUID.randomUUID().toString());

        assertThatThrownBy(() -> gateway().placeOrder(order, UUID.randomUUID().toString()))
                .isInstanceOfSatisfying(ErpRejectedException.class, e -> assertThat(e.code()).isEqualTo("DUPLICATE_PO"));
    }

    @Test
    void rejectsAnOrderAboveAvailableCreditWithTheErpsFigures() {
        String customer = demo().customerNearItsLimit();
        BigDecimal available = gateway().credit(customer).available().amount();
        String sku = skuInStock();
        BigDecimal lowestPrice = contractPrice(customer, sku).breaks().stream().map(ContractPrice.PriceBreak::unitPrice)
                .min(Comparator.naturalOrder()).orElseThrow();
        int quantity = available.divide(lowestPrice, 0, RoundingMode.FLOOR).intValueExact() + 1;
        NewOrder tooBig = new NewOrder(customer, "PO-" + UUID.randomUUID(), null, null, "contract test", null,
                List.of(new OrderLineRequest(sku, quantity)));

        assertThatThrownBy(() -> gateway().placeOrder(tooBig, UUID.randomUUID().toString()))
                .isInstanceOfSatisfying(ErpRejectedException.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo("CREDIT_LIMIT_EXCEEDED");
                    assertThat(rejected.getMessage()).isNotBlank();
                    assertThat(new BigDecimal(rejected.details().get("available").toString())).isEqualByComparingTo(available);
                });
        assertThat(gateway().orders(new OrderQuery(customer, null, tooBig.customerPoNumber(), null, null, 1, 10)).total())
                .as("nothing of the refused order is left").isZero();
    }

    @Test
    void anOrderPlacedByASalesRepCarriesTheRepOnEveryRead() {
        SalesAgent rep = new SalesAgent(demo().salesRep(), gateway().salesRep(demo().salesRep()).email());
        NewOrder order = newOrder(demo().customer(), rep, 1);

        OrderConfirmation placed = gateway().placeOrder(order, UUID.randomUUID().toString());

        assertThat(gateway().order(placed.number()).salesAgent()).isEqualTo(rep);
        assertThat(gateway().orders(new OrderQuery(demo().customer(), null, order.customerPoNumber(), null, null, 1, 10)).orders())
                .singleElement().satisfies(summary -> assertThat(summary.salesAgent()).isEqualTo(rep));
    }

    @Test
    void anOrderPlacedByTheCustomersOwnBuyerHasNoSalesAgent() {
        OrderConfirmation placed = gateway().placeOrder(newOrder(demo().customer(), null, 1), UUID.randomUUID().toString());

        assertThat(gateway().order(placed.number()).salesAgent()).isNull();
    }

    @Test
    void refusesAnOrderForASalesAgentTheErpDoesNotKnow() {
        NewOrder order = newOrder(demo().customer(), new SalesAgent("R99-" + UUID.randomUUID().toString().substring(0, 4),
                "nobody@windowpane.test"), 1);

        assertThatThrownBy(() -> gateway().placeOrder(order, UUID.randomUUID().toString()))
                .isInstanceOfSatisfying(ErpRejectedException.class, e -> assertThat(e.code()).isEqualTo("UNKNOWN_SALES_AGENT"));
    }

    @Test
    void readsTheChangeFeedFromACursor() {
        ChangeBatch first = gateway().changes(null, 5);
        ChangeBatch next = gateway().changes(first.next(), 5);

        assertThat(first.next()).isNotBlank();
        assertThat(next.next()).isNotBlank();
        assertThat(next.events()).noneMatch(first.events()::contains);
    }

    @Test
    void registersAWebhookReceiverOrSaysItIsPolled() {
        String id = gateway().subscribe(URI.create("http://localhost:9/never"), "secret", Set.of(ChangeEvent.Type.PRICE));

        assertThat(id).isNotBlank();
    }

    /** One of the demo items with stock to sell, so that an order of a few is not refused for stock. */
    protected String skuInStock() {
        return gateway().stock(demo().skus()).stream().filter(s -> s.totalAvailable() >= 10).map(ItemStock::sku)
                .filter(sku -> gateway().items(List.of(sku)).stream().noneMatch(Item::discontinued)).findFirst().orElseThrow();
    }

    private ContractPrice contractPrice(String customer, String sku) {
        return gateway().prices(customer, List.of(sku)).get(0);
    }

    private NewOrder newOrder(String customer, SalesAgent rep, int quantity) {
        return new NewOrder(customer, "PO-" + UUID.randomUUID().toString().substring(0, 13), null, null, "contract test", rep,
                List.of(new OrderLineRequest(skuInStock(), quantity)));
    }
}
