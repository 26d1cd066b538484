package io.windowpane.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.windowpane.account.PortalUsers;
import io.windowpane.account.Role;
import io.windowpane.support.PortalTest;
import io.windowpane.support.SignedInAs;
import io.windowpane.support.TestErpSimulator;

@PortalTest
@AutoConfigureMockMvc
class CheckoutIntegrationTest {

    private final TestErpSimulator simulator = TestErpSimulator.shared();

    @Autowired
    private MockMvc mvc;

    @Autowired
    private PortalUsers users;

    @Autowired
    private JdbcClient jdbc;

    @BeforeEach
    void emptyDemoCarts() {
        jdbc.sql("delete from cart_line where customer_id in ('C1000', 'C1001')").update();
    }

    @AfterEach
    void erpHealthyAgain() {
        simulator.reset();
    }

    @Test
    void aCartAboveC1001sCreditIsBlockedWithTheFiguresAndNoErpOrderIsCreated() throws Exception {
        RequestPostProcessor bolt = as("buyer@bolt.test");
        addToCart(bolt, "TLS-10000", 40);
        String po = "PO-BLOCK-" + UUID.randomUUID().toString().substring(0, 8);

        Review review = (Review) mvc.perform(get("/checkout").with(bolt)).andReturn().getModelAndView().getModel().get("review");
        MvcResult placed = placeOrder(bolt, po, UUID.randomUUID(), review.quote().total().amount());

        assertThat(review.credit().outcome()).isEqualTo(CreditDecision.Outcome.OVER_CREDIT);
        assertThat(review.credit().account().available().amount()).isEqualByComparingTo(liveAvailable("C1001"));
        assertThat(review.credit().shortfall()).isEqualTo(review.quote().total().minus(review.credit().account().available()));
        assertThat(placed.getModelAndView().getViewName()).isEqualTo(CheckoutController.REVIEW_VIEW);
        assertThat(placed.getResponse().getContentAsString()).contains("data-testid=\"credit-block\"").contains("data-testid=\"block-shortfall\"");
        assertThat(erpOrdersWithPo("C1001", po)).isZero();
    }

    @Test
    void c1000sCheckoutCreatesExactlyOneErpOrderWithItsPoAndLines() throws Exception {
        RequestPostProcessor acme = as("buyer@acme.test");
        addToCart(acme, "FAS-10004", 12);
        addToCart(acme, "SAF-10000", 3);
        String po = "PO-ONE-" + UUID.randomUUID().toString().substring(0, 8);
        UUID key = UUID.randomUUID();
        BigDecimal total = quotedTotal(acme);

        MvcResult first = placeOrder(acme, po, key, total);
        MvcResult doubleClick = placeOrder(acme, po, key, total);

        assertThat(first.getResponse().getRedirectedUrl()).startsWith("/checkout/submissions/");
        assertThat(doubleClick.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
        assertThat(erpOrdersWithPo("C1000", po)).isEqualTo(1);
        Map<?, ?> order = erpOrder(erpOrderNumber(key));
        assertThat(order.get("customerPoNumber")).isEqualTo(po);
        assertThat((List<?>) order.get("lines")).extracting(l -> ((Map<?, ?>) l).get("sku") + ":" + ((Map<?, ?>) l).get("qty"))
                .containsExactly("FAS-10004:12", "SAF-10000:3");
        assertThat(jdbc.sql("select count(*) from cart_line where customer_id = 'C1000' and user_id = ?")
                .param(users.loadUserByUsername("buyer@acme.test").id()).query(Long.class).single()).isZero();
    }

    @Test
    void aCommitThenTimeoutEndsInExactlyOneErpOrder() throws Exception {
        RequestPostProcessor acme = as("buyer@acme.test");
        addToCart(acme, "ELE-10001", 2);
        String po = "PO-CTT-" + UUID.randomUUID().toString().substring(0, 8);
        UUID key = UUID.randomUUID();
        BigDecimal total = quotedTotal(acme);
        simulator.put("/sim/faults", Map.of("commitThenTimeout", true));

        MvcResult placed = placeOrder(acme, po, key, total);
        String page = mvc.perform(get(placed.getResponse().getRedirectedUrl()).with(acme)).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("data-testid=\"submission-pending\"").as("a pending page asks again by itself")
                .contains("hx-trigger=\"every 3s\"");
        await().atMost(Duration.ofSeconds(20)).until(() -> "ACCEPTED".equals(status(key)));
        assertThat(erpOrdersWithPo("C1000", po)).isEqualTo(1);
        assertThat(mvc.perform(get(placed.getResponse().getRedirectedUrl()).with(acme)).andReturn().getResponse().getContentAsString())
                .as("a final page stops asking").contains("data-testid=\"erp-order-number\"").doesNotContain("hx-trigger");
    }

    @Test
    void concurrentCheckoutsOfOneCustomerCreateOnlyTheOrdersItsCreditFits() throws Exception {
        String customer = customerWithBlockingCreditPolicy();
        String sku = "TLS-10000";
        List<RequestPostProcessor> buyers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String email = "race" + i + "@" + customer.toLowerCase() + ".test";
            users.createIfAbsent(email, "not-used-here", "Racer " + i, Role.BUYER, customer, null);
            jdbc.sql("delete from cart_line where customer_id = ? and user_id = ?").params(customer, users.loadUserByUsername(email).id()).update();
            RequestPostProcessor buyer = as(email);
            addToCart(buyer, sku, 1);
            buyers.add(buyer);
        }
        BigDecimal orderTotal = quotedTotal(buyers.get(0));
        Map<?, ?> credit = simulator.control().get().uri("/v1/customers/{id}/credit", customer).retrieve().body(Map.class);
        BigDecimal openOrders = new BigDecimal(credit.get("openOrders").toString());
        simulator.put("/sim/customers/{id}/credit", Map.of("creditLimit", openOrders.add(orderTotal.multiply(BigDecimal.valueOf(4))),
                "balance", 0), customer);
        String po = "PO-RACE-" + UUID.randomUUID().toString().substring(0, 6);

        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Callable<MvcResult>> checkouts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            RequestPostProcessor buyer = buyers.get(i);
            String ownPo = po + "-" + i;
            checkouts.add(() -> placeOrder(buyer, ownPo, UUID.randomUUID(), orderTotal));
        }
        pool.invokeAll(checkouts);
        pool.shutdown();

        assertThat(erpOrdersWithPo(customer, po)).isEqualTo(4);
        Map<?, ?> after = simulator.control().get().uri("/v1/customers/{id}/credit", customer).retrieve().body(Map.class);
        assertThat(new BigDecimal(after.get("available").toString())).isNotNegative();
    }

    @Test
    void aPendingSubmissionLeftFromBeforeARestartIsDeliveredOnce() {
        long userId = users.loadUserByUsername("buyer@acme.test").id();
        UUID key = UUID.randomUUID();
        String po = "PO-RESTART-" + UUID.randomUUID().toString().substring(0, 6);
        jdbc.sql("""
                insert into order_submission (idempotency_key, customer_id, user_id, placed_by, customer_po_number, lines, status)
                values (?, 'C1000', ?, 'Alice Archer', ?, 'PLB-10002,4', 'PENDING')""").params(key, userId, po).update();

        await().atMost(Duration.ofSeconds(15)).until(() -> "ACCEPTED".equals(status(key)));

        assertThat(erpOrdersWithPo("C1000", po)).isEqualTo(1);
    }

    @Test
    void anotherCustomersSubmissionIsNotFound() throws Exception {
        long acmeUser = users.loadUserByUsername("buyer@acme.test").id();
        long id = jdbc.sql("""
                insert into order_submission (idempotency_key, customer_id, user_id, placed_by, customer_po_number, lines, status)
                values (?, 'C1000', ?, 'Alice', 'PO-PRIVATE', 'FAS-10004,1', 'REJECTED') returning id""")
                .params(UUID.randomUUID(), acmeUser).query(Long.class).single();

        assertThat(mvc.perform(get("/checkout/submissions/" + id).with(as("buyer@bolt.test"))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aRejectedSubmissionIsListedForTheBuyerAndCanBePutBackInTheCart() throws Exception {
        RequestPostProcessor acme = as("buyer@acme.test");
        long userId = users.loadUserByUsername("buyer@acme.test").id();
        jdbc.sql("delete from cart_line where customer_id = 'C1000' and user_id = ?").param(userId).update();
        String po = "PO-REJ-" + UUID.randomUUID().toString().substring(0, 6);
        long id = jdbc.sql("""
                insert into order_submission (idempotency_key, customer_id, user_id, placed_by, customer_po_number, lines,
                    status, rejection_code, rejection_message)
                values (?, 'C1000', ?, 'Alice', ?, 'FAS-10004,6', 'REJECTED', 'INSUFFICIENT_STOCK', 'Not enough stock')
                returning id""").params(UUID.randomUUID(), userId, po).query(Long.class).single();

        String home = mvc.perform(get("/").with(acme)).andReturn().getResponse().getContentAsString();
        mvc.perform(post("/checkout/submissions/" + id + "/restore").with(acme).with(csrf()));

        assertThat(home).contains("data-testid=\"open-submissions\"").contains(po);
        assertThat(jdbc.sql("select quantity from cart_line where customer_id = 'C1000' and user_id = ? and sku = 'FAS-10004'")
                .param(userId).query(Integer.class).single()).isEqualTo(6);
        assertThat(jdbc.sql("select status from order_submission where id = ?").param(id).query(String.class).single())
                .isEqualTo("RESTORED");
    }

    @Test
    void aPriceChangedSinceTheReviewIsShownAndNothingIsPlaced() throws Exception {
        RequestPostProcessor acme = as("buyer@acme.test");
        clearCart("buyer@acme.test", "C1000");
        addToCart(acme, "MHS-10004", 2);
        BigDecimal seen = quotedTotal(acme);
        simulator.put("/sim/prices/{c}/{sku}", Map.of("breaks", List.of(Map.of("minQty", 1, "unitPrice", 999.99))), "C1000", "MHS-10004");
        String po = "PO-CHG-" + UUID.randomUUID().toString().substring(0, 6);

        MvcResult result = placeOrder(acme, po, UUID.randomUUID(), seen);

        assertThat(result.getModelAndView().getModel().get("pricesChanged")).isEqualTo(true);
        assertThat(((Review) result.getModelAndView().getModel().get("review")).quote().total().amount()).isNotEqualByComparingTo(seen);
        assertThat(erpOrdersWithPo("C1000", po)).isZero();
    }

    @Test
    void aLineAboveLiveStockIsBlockedWithTheAvailableQuantity() throws Exception {
        RequestPostProcessor acme = as("buyer@acme.test");
        clearCart("buyer@acme.test", "C1000");
        String sku = nonBackorderableSku();
        addToCart(acme, sku, 5);
        for (String warehouse : List.of("CHI", "DAL", "NWK")) {
            simulator.put("/sim/stock/{sku}/{wh}", Map.of("onHand", warehouse.equals("CHI") ? 3 : 0), sku, warehouse);
        }
        Review review = (Review) mvc.perform(get("/checkout").with(acme)).andReturn().getModelAndView().getModel().get("review");
        String po = "PO-SHORT-" + UUID.randomUUID().toString().substring(0, 6);

        MvcResult result = placeOrder(acme, po, UUID.randomUUID(), review.quote().total().amount());

        assertThat(review.shortLines()).singleElement().satisfies(line -> assertThat(line.available()).isLessThanOrEqualTo(3));
        assertThat(result.getResponse().getContentAsString()).contains("data-testid=\"stock-block\"");
        assertThat(erpOrdersWithPo("C1000", po)).isZero();
    }

    @Test
    void aPoNumberUsedBeforeIsRejectedByTheErpWithItsReason() throws Exception {
        RequestPostProcessor acme = as("buyer@acme.test");
        String po = "PO-TWICE-" + UUID.randomUUID().toString().substring(0, 6);
        clearCart("buyer@acme.test", "C1000");
        addToCart(acme, "SAF-10000", 1);
        placeOrder(acme, po, UUID.randomUUID(), quotedTotal(acme));
        addToCart(acme, "SAF-10000", 1);
        UUID second = UUID.randomUUID();

        placeOrder(acme, po, second, quotedTotal(acme));

        assertThat(status(second)).isEqualTo("REJECTED");
        assertThat(jdbc.sql("select rejection_code from order_submission where idempotency_key = ?").param(second)
                .query(String.class).single()).isEqualTo("DUPLICATE_PO");
        assertThat(erpOrdersWithPo("C1000", po)).isEqualTo(1);
    }

    @Test
    void aPoisonedSubmissionDoesNotHoldUpTheOnesBehindIt() {
        long userId = users.loadUserByUsername("buyer@acme.test").id();
        UUID poisoned = UUID.randomUUID();
        UUID good = UUID.randomUUID();
        String po = "PO-BEHIND-" + UUID.randomUUID().toString().substring(0, 6);
        jdbc.sql("""
                insert into order_submission (idempotency_key, customer_id, user_id, placed_by, customer_po_number, lines,
                    status, next_attempt_at)
                values (?, 'C1000', ?, 'Alice Archer', 'PO-POISON', 'FAS-10004,not-a-number', 'PENDING', now() - interval '1 hour'),
                       (?, 'C1000', ?, 'Alice Archer', ?, 'PLB-10002,2', 'PENDING', now())""")
                .params(poisoned, userId, good, userId, po).update();

        await().atMost(Duration.ofSeconds(15)).until(() -> "ACCEPTED".equals(status(good)));

        assertThat(erpOrdersWithPo("C1000", po)).isEqualTo(1);
        assertThat(jdbc.sql("select attempts > 0 and last_error is not null and next_attempt_at > now() from order_submission"
                + " where idempotency_key = ?").param(poisoned).query(Boolean.class).single()).isTrue();
        jdbc.sql("update order_submission set status = 'RESTORED' where idempotency_key = ?").param(poisoned).update();
    }

    @Test
    void aSubmissionTheErpNeverConfirmsIsHandedToPeopleAfterItsAttempts() throws Exception {
        long userId = users.loadUserByUsername("buyer@acme.test").id();
        UUID key = UUID.randomUUID();
        String po = "PO-ATTN-" + UUID.randomUUID().toString().substring(0, 6);
        jdbc.sql("""
                insert into order_submission (idempotency_key, customer_id, user_id, placed_by, customer_po_number, lines,
                    status, attempts)
                values (?, 'C1000', ?, 'Alice Archer', ?, 'PLB-10002,1', 'PENDING', 11)""").params(key, userId, po).update();
        simulator.put("/sim/faults", Map.of("outage", true));

        await().atMost(Duration.ofSeconds(15)).until(() -> "NEEDS_ATTENTION".equals(status(key)));
        simulator.reset();

        assertThat(mvc.perform(get("/").with(as("buyer@acme.test"))).andReturn().getResponse().getContentAsString())
                .contains(po).contains("our team is checking it");
        assertThat(mvc.perform(get("/admin").with(as("admin@windowpane.test"))).andReturn().getResponse().getContentAsString())
                .contains("data-testid=\"submissions-attention\"").contains(po);
        assertThat(erpOrdersWithPo("C1000", po)).isZero();
        jdbc.sql("update order_submission set status = 'RESTORED' where idempotency_key = ?").param(key).update();
    }

    @Test
    void aDoubleClickedRestorePutsTheLinesBackOnce() throws Exception {
        RequestPostProcessor acme = as("buyer@acme.test");
        long userId = users.loadUserByUsername("buyer@acme.test").id();
        long id = jdbc.sql("""
                insert into order_submission (idempotency_key, customer_id, user_id, placed_by, customer_po_number, lines,
                    status, rejection_code, rejection_message)
                values (?, 'C1000', ?, 'Alice', 'PO-TWICE-RESTORED', 'SAF-10001,7', 'REJECTED', 'INSUFFICIENT_STOCK', 'No stock')
                returning id""").params(UUID.randomUUID(), userId).query(Long.class).single();
        ExecutorService pool = Executors.newFixedThreadPool(2);

        pool.invokeAll(List.<Callable<MvcResult>>of(
                () -> mvc.perform(post("/checkout/submissions/" + id + "/restore").with(acme).with(csrf())).andReturn(),
                () -> mvc.perform(post("/checkout/submissions/" + id + "/restore").with(acme).with(csrf())).andReturn()));
        pool.shutdown();

        assertThat(jdbc.sql("select quantity from cart_line where customer_id = 'C1000' and user_id = ? and sku = 'SAF-10001'")
                .param(userId).query(Integer.class).single()).isEqualTo(7);
    }

    @Test
    void anOrderTheErpHasNotConfirmedYetCountsAgainstTheCreditOfTheNext() throws Exception {
        String customer = customerWithBlockingCreditPolicy();
        String email = "inflight@" + customer.toLowerCase() + ".test";
        users.createIfAbsent(email, "not-used-here", "Ivy Inflight", Role.BUYER, customer, null);
        long userId = users.loadUserByUsername(email).id();
        clearCart(email, customer);
        RequestPostProcessor buyer = as(email);
        addToCart(buyer, "TLS-10000", 1);
        BigDecimal orderTotal = quotedTotal(buyer);
        Map<?, ?> credit = simulator.control().get().uri("/v1/customers/{id}/credit", customer).retrieve().body(Map.class);
        BigDecimal openOrders = new BigDecimal(credit.get("openOrders").toString());
        // only this test's submission is in flight for the customer (other tests' racers may be still on their way)
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from order_submission"
                + " where customer_id = ? and status = 'PENDING'").param(customer).query(Long.class).single() == 0);
        jdbc.sql("update order_submission set status = 'RESTORED' where customer_id = ? and status = 'NEEDS_ATTENTION'")
                .param(customer).update();
        // room for one and a half such orders
        simulator.put("/sim/customers/{id}/credit", Map.of("creditLimit", openOrders.add(orderTotal.multiply(new BigDecimal("1.5"))),
                "balance", 0), customer);
        jdbc.sql("""
                insert into order_submission (idempotency_key, customer_id, user_id, placed_by, customer_po_number, lines,
                    status, next_attempt_at)
                values (?, ?, ?, 'Ivy', 'PO-IN-FLIGHT', 'TLS-10000,1', 'PENDING', now() + interval '1 hour')""")
                .params(UUID.randomUUID(), customer, userId).update();
        String po = "PO-SECOND-" + UUID.randomUUID().toString().substring(0, 6);

        MvcResult placed = placeOrder(buyer, po, UUID.randomUUID(), orderTotal);

        Review review = (Review) placed.getModelAndView().getModel().get("review");
        assertThat(review.credit().outcome()).isEqualTo(CreditDecision.Outcome.OVER_CREDIT);
        assertThat(review.credit().inFlight()).isEqualTo(review.quote().total());
        assertThat(placed.getResponse().getContentAsString()).contains("data-testid=\"block-in-flight\"");
        assertThat(erpOrdersWithPo(customer, po)).isZero();
        jdbc.sql("update order_submission set status = 'RESTORED' where customer_id = ? and customer_po_number = 'PO-IN-FLIGHT'")
                .param(customer).update();
    }

    @Test
    void aCustomerWhoseErpPolicyOnlyWarnsIsStillBlockedAboveItsCredit() throws Exception {
        String customer = customerWithCreditPolicy("WARN");
        String email = "warned@" + customer.toLowerCase() + ".test";
        users.createIfAbsent(email, "not-used-here", "Wes Warn", Role.BUYER, customer, null);
        clearCart(email, customer);
        RequestPostProcessor buyer = as(email);
        addToCart(buyer, "TLS-10000", 3);
        BigDecimal orderTotal = quotedTotal(buyer);
        Map<?, ?> credit = simulator.control().get().uri("/v1/customers/{id}/credit", customer).retrieve().body(Map.class);
        BigDecimal openOrders = new BigDecimal(credit.get("openOrders").toString());
        simulator.put("/sim/customers/{id}/credit", Map.of("creditLimit", openOrders.add(orderTotal.divide(BigDecimal.valueOf(2))),
                "balance", 0), customer);
        String po = "PO-WARN-" + UUID.randomUUID().toString().substring(0, 6);

        MvcResult placed = placeOrder(buyer, po, UUID.randomUUID(), orderTotal);

        assertThat(((Review) placed.getModelAndView().getModel().get("review")).credit().outcome())
                .isEqualTo(CreditDecision.Outcome.OVER_CREDIT);
        assertThat(erpOrdersWithPo(customer, po)).isZero();
    }

    @Test
    void aDateTypedDayFirstGetsAMessageSayingTheFormatNotSpringsConversionError() throws Exception {
        RequestPostProcessor acme = as("buyer@acme.test");
        addToCart(acme, "SAF-10000", 1);

        MvcResult placed = mvc.perform(post("/checkout").param("customerPoNumber", "PO-DATE")
                .param("submissionKey", UUID.randomUUID().toString()).param("quotedTotal", quotedTotal(acme).toPlainString())
                .param("requestedDate", "31/12/2026").with(acme).with(csrf())).andReturn();

        assertThat(placed.getResponse().getContentAsString()).contains("Enter the date as year-month-day, e.g. 2026-12-31.")
                .doesNotContain("Failed to convert");
    }

    @Test
    void aShipToAddressThatIsNotTheCustomersIsRefused() throws Exception {
        RequestPostProcessor acme = as("buyer@acme.test");
        addToCart(acme, "SAF-10000", 1);
        String po = "PO-SHIPTO-" + UUID.randomUUID().toString().substring(0, 6);

        MvcResult placed = mvc.perform(post("/checkout").param("customerPoNumber", po)
                .param("submissionKey", UUID.randomUUID().toString()).param("quotedTotal", quotedTotal(acme).toPlainString())
                .param("shipToId", "ST-OF-ANOTHER-CUSTOMER").with(acme).with(csrf())).andReturn();

        assertThat(placed.getModelAndView().getViewName()).isEqualTo(CheckoutController.REVIEW_VIEW);
        assertThat(placed.getResponse().getContentAsString()).contains("data-testid=\"ship-to-error\"");
        assertThat(erpOrdersWithPo("C1000", po)).isZero();
    }

    @Test
    void noPortalTableHoldsPricesTotalsCreditOrStock() {
        List<String> columns = jdbc.sql("""
                select table_name || '.' || column_name from information_schema.columns
                where table_schema = 'public' and table_name <> 'flyway_schema_history'""").query(String.class).list();

        assertThat(columns).isNotEmpty().noneMatch(column -> column.matches(".*(price|total|amount|credit|stock|tax).*"));
    }

    // ---- helpers ----

    private void clearCart(String email, String customerId) {
        jdbc.sql("delete from cart_line where customer_id = ? and user_id = ?").params(customerId, users.loadUserByUsername(email).id()).update();
    }

    private String nonBackorderableSku() {
        Map<?, ?> page = simulator.control().get().uri("/v1/items?category=ELE&size=100&page=3").retrieve().body(Map.class);
        for (Object item : (List<?>) page.get("items")) {
            Map<?, ?> map = (Map<?, ?>) item;
            if (Boolean.FALSE.equals(map.get("backorderable")) && Boolean.FALSE.equals(map.get("discontinued"))) {
                return map.get("sku").toString();
            }
        }
        throw new IllegalStateException("no item that cannot be backordered");
    }

    private RequestPostProcessor as(String email) {
        return SignedInAs.user(users, email);
    }

    private void addToCart(RequestPostProcessor buyer, String sku, int qty) throws Exception {
        mvc.perform(post("/cart/lines").param("sku", sku).param("qty", String.valueOf(qty)).with(buyer).with(csrf()));
    }

    private BigDecimal quotedTotal(RequestPostProcessor buyer) throws Exception {
        Review review = (Review) mvc.perform(get("/checkout").with(buyer)).andReturn().getModelAndView().getModel().get("review");
        return review.quote().total().amount();
    }

    private MvcResult placeOrder(RequestPostProcessor buyer, String po, UUID key, BigDecimal total) throws Exception {
        return mvc.perform(post("/checkout").param("customerPoNumber", po).param("submissionKey", key.toString())
                .param("quotedTotal", total.toPlainString()).with(buyer).with(csrf())).andReturn();
    }

    private String status(UUID key) {
        return jdbc.sql("select status from order_submission where idempotency_key = ?").param(key).query(String.class).single();
    }

    private String erpOrderNumber(UUID key) {
        return jdbc.sql("select erp_order_number from order_submission where idempotency_key = ?").param(key).query(String.class).single();
    }

    private int erpOrdersWithPo(String customer, String po) {
        Map<?, ?> page = simulator.control().get().uri("/v1/orders?customerId={c}&q={q}&size=200", customer, po).retrieve().body(Map.class);
        return ((Number) page.get("total")).intValue();
    }

    private Map<?, ?> erpOrder(String number) {
        return simulator.control().get().uri("/v1/orders/{n}", number).retrieve().body(Map.class);
    }

    private BigDecimal liveAvailable(String customer) {
        Map<?, ?> credit = simulator.control().get().uri("/v1/customers/{id}/credit", customer).retrieve().body(Map.class);
        return new BigDecimal(credit.get("available").toString());
    }

    /** A generated customer whose ERP credit policy blocks orders above the available credit. */
    private String customerWithBlockingCreditPolicy() {
        return customerWithCreditPolicy("BLOCK");
    }

    private String customerWithCreditPolicy(String policy) {
        for (int i = 1010; i < 1050; i++) {
            Map<?, ?> credit = simulator.control().get().uri("/v1/customers/C{id}/credit", i).retrieve().body(Map.class);
            Map<?, ?> customer = simulator.control().get().uri("/v1/customers/C{id}", i).retrieve().body(Map.class);
            if (policy.equals(credit.get("policy")) && "NONE".equals(customer.get("blocked"))) {
                return "C" + i;
            }
        }
        throw new IllegalStateException("no customer with a " + policy + " credit policy");
    }
}
