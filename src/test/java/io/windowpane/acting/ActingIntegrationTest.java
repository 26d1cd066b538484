package io.windowpane.acting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import io.windowpane.account.PortalUsers;
import io.windowpane.support.ActingSessions;
import io.windowpane.support.Money;
import io.windowpane.support.PortalTest;
import io.windowpane.support.SignedInAs;
import io.windowpane.support.TestErpSimulator;

/**
 * A rep acting for a customer (ARCHITECTURE.md §6): who may act for whom, what the rep sees and does, the rules that
 * end acting, the refusal of a form from another tab, and the record the customer can read.
 */
@PortalTest
@AutoConfigureMockMvc
class ActingIntegrationTest {

    private static final String REP = "rep@windowpane.test";
    private static final String ADMIN = "admin@windowpane.test";
    private static final String ACME_BUYER = "buyer@acme.test";

    private final TestErpSimulator simulator = TestErpSimulator.shared();

    @Autowired
    private MockMvc mvc;

    @Autowired
    private PortalUsers users;

    @Autowired
    private JdbcClient jdbc;

    private ActingSessions rep;

    @BeforeEach
    void freshRepSession() {
        jdbc.sql("delete from cart_line where customer_id in ('C1000', 'C1001', 'C1002')").update();
        rep = ActingSessions.of(mvc, users, REP);
    }

    @AfterEach
    void c1001BackWithItsRep() {
        simulator.put("/sim/customers/{id}/sales-rep", Map.of("salesRepCode", "R01"), "C1001");
    }

    @Test
    void aRepActsForAnAssignedCustomerWithAReasonAndItGoesOnTheRecord() throws Exception {
        String note = "call " + UUID.randomUUID();

        MvcResult started = rep.actFor("C1000", "PHONE_ORDER", note);

        assertThat(started.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(rep.isActing(jdbc)).isTrue();
        assertThat(rep.body(get("/")).contains("Acme Industrial Supply")).isTrue();
        assertThat(auditDetails("ACTING_STARTED", "C1000")).contains("PHONE_ORDER: " + note);
    }

    @Test
    void aCustomerAssignedToAnotherRepIs404AndLeavesNoActingContext() throws Exception {
        MvcResult refused = rep.actFor("C1002", "PHONE_ORDER", null);
        MvcResult form = rep.perform(get("/rep/acting").param("customer", "C1002"));

        assertThat(refused.getResponse().getStatus()).isEqualTo(404);
        assertThat(form.getResponse().getStatus()).isEqualTo(404);
        assertThat(rep.isActing(jdbc)).isFalse();
        assertThat(rep.status(get("/catalog"))).isEqualTo(403);
    }

    @Test
    void aCustomerTheErpDoesNotHaveIsTheSame404() throws Exception {
        MvcResult refused = rep.actFor("C9999", "PHONE_ORDER", null);

        assertThat(refused.getResponse().getStatus()).isEqualTo(404);
        assertThat(rep.isActing(jdbc)).isFalse();
    }

    @Test
    void aReasonIsRequiredAndOtherNeedsANote() throws Exception {
        MvcResult noReason = rep.perform(post("/rep/acting").param("customerId", "C1000"));
        MvcResult otherWithoutNote = rep.actFor("C1000", "OTHER", " ");

        assertThat(noReason.getModelAndView().getViewName()).isEqualTo(ActingController.START_VIEW);
        assertThat(noReason.getResponse().getContentAsString()).contains("Choose a reason.");
        assertThat(otherWithoutNote.getResponse().getContentAsString()).contains("Say why in the note");
        assertThat(rep.isActing(jdbc)).isFalse();
    }

    @Test
    void whileActingEveryPageShowsTheBannerAndTheCustomersContractPrices() throws Exception {
        String sku = simulator.skuPricedDifferently("C1000", "C1001");
        rep.actFor("C1000", "ACCOUNT_REVIEW", null);

        String product = rep.body(get("/products/{sku}", sku));
        String home = rep.body(get("/"));
        String ordersFragment = rep.body(get("/orders").header("HX-Request", "true"));

        assertThat(product).contains("data-testid=\"acting-banner\"").contains("Acme Industrial Supply")
                .contains("Rita Reyes").contains("Account review").contains("Exit")
                .contains(Money.shown(simulator.unitPrice("C1000", sku), "USD")).doesNotContain(Money.shown(simulator.unitPrice("C1001", sku), "USD"));
        assertThat(home).contains("data-testid=\"acting-banner\"").contains("Acme Industrial Supply");
        assertThat(ordersFragment).contains("id=\"acting-banner\"").contains("hx-swap-oob=\"true\"").doesNotContain("<html");
    }

    @Test
    void anHtmxCartChangeBringsTheBannerAlongOutOfBand() throws Exception {
        rep.actFor("C1000", "PHONE_ORDER", null);

        String fragment = rep.performFrom("C1000", post("/cart/lines").param("sku", "FAS-10004").param("qty", "2")
                .header("HX-Request", "true")).getResponse().getContentAsString();

        assertThat(fragment).contains("data-testid=\"cart-added\"").contains("id=\"acting-banner\"").contains("id=\"cart-badge\"");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOrderPlacedWhileActingCarriesTheRepInTheErpTheOutboxAndTheRecord() throws Exception {
        rep.actFor("C1000", "PHONE_ORDER", null);
        rep.performFrom("C1000", post("/cart/lines").param("sku", "FAS-10004").param("qty", "3"));
        String po = "PO-REP-" + UUID.randomUUID().toString().substring(0, 8);
        UUID key = UUID.randomUUID();

        MvcResult placed = rep.performFrom("C1000", post("/checkout").param("customerPoNumber", po)
                .param("submissionKey", key.toString()).param("quotedTotal", quotedTotal().toPlainString()));

        assertThat(placed.getResponse().getRedirectedUrl()).startsWith("/checkout/submissions/");
        Map<?, ?> order = erpOrder(erpOrderNumber(key));
        assertThat((Map<String, Object>) order.get("salesAgent")).containsEntry("code", "R01").containsEntry("email", REP);
        assertThat(jdbc.sql("select sales_agent_code from order_submission where idempotency_key = ?").param(key)
                .query(String.class).single()).isEqualTo("R01");
        assertThat(auditDetails("ORDER_PLACED", "C1000")).anySatisfy(d -> assertThat(d).contains(po));
        assertThat(auditDetails("CART_LINE_ADDED", "C1000")).contains("FAS-10004 \u00d7 3");

        String buyersOrders = mvc.perform(get("/orders").with(SignedInAs.user(users, ACME_BUYER))).andReturn().getResponse()
                .getContentAsString();
        assertThat(buyersOrders).contains("Rita Reyes (your sales rep) for you");
    }

    @Test
    void aQuickOrderAndAReorderWhileActingAreOnTheRecord() throws Exception {
        String acmeOrder = newestOrderOf("C1000");
        rep.actFor("C1000", "PHONE_ORDER", null);

        MvcResult quick = rep.performFrom("C1000", multipart("/cart/quick-order").param("lines", "FAS-10004,2\nSAF-10000,1"));
        rep.performFrom("C1000", post("/orders/{n}/reorder", acmeOrder));

        assertThat(quick.getResponse().getStatus()).isEqualTo(200);
        assertThat(cartLines("C1000", REP)).isEqualTo(2);
        assertThat(auditDetails("QUICK_ORDER", "C1000")).contains("2 lines");
        assertThat(auditDetails("REORDER", "C1000")).contains(acmeOrder);
    }

    @Test
    void theCreditBlockAppliesToARepUnchanged() throws Exception {
        rep.actFor("C1001", "PHONE_ORDER", null);
        rep.performFrom("C1001", post("/cart/lines").param("sku", "TLS-10000").param("qty", "40"));
        String po = "PO-REPBLOCK-" + UUID.randomUUID().toString().substring(0, 8);

        MvcResult placed = rep.performFrom("C1001", post("/checkout").param("customerPoNumber", po)
                .param("submissionKey", UUID.randomUUID().toString()).param("quotedTotal", "1.00"));

        assertThat(placed.getResponse().getContentAsString()).contains("data-testid=\"credit-block\"");
        assertThat(erpOrdersWithPo("C1001", po)).isZero();
        assertThat(auditDetails("ORDER_NOT_PLACED", "C1001")).anySatisfy(d -> assertThat(d).contains(po));
    }

    @Test
    void exitEndsActingOnTheRecordAndReturnsToTheWorkspaceSayingSo() throws Exception {
        rep.actFor("C1000", "PHONE_ORDER", null);

        MvcResult exit = rep.perform(post("/rep/acting/exit"));
        String workspace = rep.body(get(exit.getResponse().getRedirectedUrl()));

        assertThat(exit.getResponse().getRedirectedUrl()).isEqualTo("/rep/customers");
        assertThat(workspace).contains("You stopped acting for customer C1000.");
        assertThat(rep.isActing(jdbc)).isFalse();
        assertThat(auditDetails("ACTING_ENDED", "C1000")).contains("EXIT");
        assertThat(rep.status(get("/catalog"))).isEqualTo(403);
    }

    @Test
    void aFormFromATabOpenedForAnotherCustomerIsRefusedAndChangesNothing() throws Exception {
        rep.actFor("C1000", "PHONE_ORDER", null);
        rep.actFor("C1001", "ORDER_PROBLEM", null);

        MockHttpServletResponse stale = rep.performFrom("C1000", post("/cart/lines").param("sku", "FAS-10004")
                .param("qty", "5")).getResponse();
        MockHttpServletResponse unnamed = rep.perform(post("/cart/lines").param("sku", "FAS-10004").param("qty", "5"))
                .getResponse();

        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("This form was opened for customer C1000").contains("Nothing was changed.");
        assertThat(unnamed.getStatus()).isEqualTo(409);
        assertThat(cartLines("C1001", REP)).isZero();
        assertThat(cartLines("C1000", REP)).isZero();
        assertThat(auditDetails("ACTING_ENDED", "C1000")).contains("SWITCHED");
    }

    @Test
    void aFormFromBeforeTheRepExitedInAnotherTabIsRefusedWithTheReason() throws Exception {
        rep.actFor("C1000", "PHONE_ORDER", null);
        rep.perform(post("/rep/acting/exit"));

        MvcResult late = rep.performFrom("C1000", post("/cart/lines").param("sku", "FAS-10004").param("qty", "5"));
        String workspace = rep.body(get(late.getResponse().getRedirectedUrl()));

        assertThat(late.getResponse().getStatus()).isEqualTo(303);
        assertThat(late.getResponse().getRedirectedUrl()).isEqualTo("/rep/customers?notActing=C1000");
        assertThat(workspace).contains("you no longer act for a customer").contains("Nothing was changed.");
        assertThat(cartLines("C1000", REP)).isZero();
    }

    @Test
    void theRepsCartIsTheirsAndCanBeHandedOverToABuyerOfTheCustomer() throws Exception {
        rep.actFor("C1000", "PHONE_ORDER", null);
        rep.performFrom("C1000", post("/cart/lines").param("sku", "SAF-10000").param("qty", "4"));
        long buyer = users.loadUserByUsername(ACME_BUYER).id();

        assertThat(cartLines("C1000", ACME_BUYER)).as("the rep's cart never mixes into the buyer's").isZero();
        MvcResult handOver = rep.performFrom("C1000", post("/cart/hand-over").param("buyer", String.valueOf(buyer)));

        assertThat(handOver.getResponse().getRedirectedUrl()).isEqualTo("/cart");
        assertThat(jdbc.sql("select quantity from cart_line where customer_id = 'C1000' and user_id = ? and sku = 'SAF-10000'")
                .param(buyer).query(Integer.class).single()).isEqualTo(4);
        assertThat(auditDetails("CART_HANDED_OVER", "C1000")).contains("1 lines to " + ACME_BUYER);
    }

    @Test
    void aCartCannotBeHandedToSomeoneWhoIsNotABuyerOfTheCustomer() throws Exception {
        rep.actFor("C1000", "PHONE_ORDER", null);
        rep.performFrom("C1000", post("/cart/lines").param("sku", "SAF-10000").param("qty", "4"));
        long boltBuyer = users.loadUserByUsername("buyer@bolt.test").id();

        MockHttpServletResponse refused = rep.performFrom("C1000", post("/cart/hand-over")
                .param("buyer", String.valueOf(boltBuyer))).getResponse();

        assertThat(refused.getStatus()).isEqualTo(404);
        assertThat(cartLines("C1000", "buyer@bolt.test")).isZero();
    }

    @Test
    void anActingRepAskingForAnotherCustomersOrderOrSubmissionGets404() throws Exception {
        String boltOrder = newestOrderOf("C1001");
        long someoneElsesSubmission = jdbc.sql("""
                insert into order_submission (idempotency_key, customer_id, user_id, placed_by, customer_po_number, lines, status)
                values (?, 'C1001', ?, 'test', 'PO-X', 'FAS-10004,1', 'REJECTED') returning id""")
                .params(UUID.randomUUID(), users.loadUserByUsername("buyer@bolt.test").id()).query(Long.class).single();
        rep.actFor("C1000", "PHONE_ORDER", null);

        assertThat(rep.status(get("/orders/{n}", boltOrder))).isEqualTo(404);
        assertThat(rep.status(get("/orders/{n}/reorder", boltOrder))).isEqualTo(404);
        assertThat(rep.status(get("/checkout/submissions/{id}", someoneElsesSubmission))).isEqualTo(404);
        assertThat(rep.performFrom("C1000", post("/checkout/submissions/{id}/restore", someoneElsesSubmission))
                .getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void actingEndsWithAMessageOnceTheErpMovesTheCustomerToAnotherRep() throws Exception {
        rep.actFor("C1001", "ORDER_PROBLEM", null);
        assertThat(rep.status(get("/catalog"))).isEqualTo(200);

        simulator.put("/sim/customers/{id}/sales-rep", Map.of("salesRepCode", "R02"), "C1001");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> rep.status(get("/catalog")) == 302);
        MvcResult after = rep.perform(get("/catalog"));
        assertThat(rep.isActing(jdbc)).isFalse();
        assertThat(auditDetails("ACTING_ENDED", "C1001")).contains("UNASSIGNED");
        assertThat(rep.actFor("C1001", "ORDER_PROBLEM", null).getResponse().getStatus()).isEqualTo(404);
        assertThat(after.getResponse().getStatus()).isEqualTo(403);
        assertThat(rep.body(get("/rep/customers"))).as("the workspace follows the ERP's assignment")
                .contains("data-customer-id=\"C1000\"").doesNotContain("data-customer-id=\"C1001\"");
    }

    @Test
    void theRepIsToldWhyActingEndedWhenTheErpMovedTheCustomer() throws Exception {
        rep.actFor("C1001", "ORDER_PROBLEM", null);
        simulator.put("/sim/customers/{id}/sales-rep", Map.of("salesRepCode", "R02"), "C1001");

        MvcResult[] ended = new MvcResult[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            ended[0] = rep.perform(get("/orders"));
            return ended[0].getResponse().getStatus() == 302;
        });
        String workspace = rep.body(get(ended[0].getResponse().getRedirectedUrl()));

        assertThat(ended[0].getResponse().getRedirectedUrl()).isEqualTo("/rep/customers");
        assertThat(workspace).contains("the ERP no longer assigns this customer to you");
    }

    @Test
    void signingOutEndsActingOnTheRecord() throws Exception {
        rep.actFor("C1000", "PHONE_ORDER", null);

        rep.perform(post("/logout"));

        assertThat(auditDetails("ACTING_ENDED", "C1000")).contains("SIGNED_OUT");
    }

    @Test
    void anAdminMayActForAnyCustomerForSupportWithTheSameRecord() throws Exception {
        ActingSessions admin = ActingSessions.of(mvc, users, ADMIN);

        MvcResult started = admin.actFor("C1002", "ACCOUNT_REVIEW", null);
        String catalog = admin.body(get("/catalog"));
        MvcResult unknown = admin.actFor("C9999", "ACCOUNT_REVIEW", null);

        assertThat(started.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(catalog).contains("data-testid=\"acting-banner\"").contains("Cobalt Mechanical Contractors");
        assertThat(unknown.getResponse().getContentAsString()).contains("The ERP has no customer with this id.");
        assertThat(jdbc.sql("select count(*) from audit_log where actor_email = ? and acting_for_customer_id = 'C1002'"
                + " and action = 'ACTING_STARTED'").param(ADMIN).query(Long.class).single()).isPositive();
        assertThat(admin.perform(get("/admin")).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void anActingRepStillNeverReachesAdminScreens() throws Exception {
        rep.actFor("C1000", "PHONE_ORDER", null);

        assertThat(rep.status(get("/admin"))).isEqualTo(403);
    }

    @Test
    void theCustomersBuyersSeeWhoActedOnTheirAccountAndTheRepSeesTheirOwnHistory() throws Exception {
        String note = "visit " + UUID.randomUUID().toString().substring(0, 8);
        rep.actFor("C1000", "OTHER", note);
        rep.performFrom("C1000", post("/cart/lines").param("sku", "FAS-10004").param("qty", "7"));
        rep.perform(post("/rep/acting/exit"));

        String activity = mvc.perform(get("/account/activity").with(SignedInAs.user(users, ACME_BUYER))).andReturn()
                .getResponse().getContentAsString();
        String boltActivity = mvc.perform(get("/account/activity").with(SignedInAs.user(users, "buyer@bolt.test")))
                .andReturn().getResponse().getContentAsString();
        String history = rep.body(get("/rep/activity"));

        assertThat(activity).contains("Rita Reyes").contains(note).contains("Started acting for the account")
                .contains("Added to the cart").contains("FAS-10004 \u00d7 7").contains("Stopped acting").contains("Exited");
        assertThat(boltActivity).doesNotContain(note);
        assertThat(history).contains("C1000").contains(note);
    }

    @Test
    void theBuyersFooterNamesTheirOwnSalesRepFromTheErp() throws Exception {
        String home = mvc.perform(get("/").with(SignedInAs.user(users, ACME_BUYER))).andReturn().getResponse().getContentAsString();

        assertThat(home).contains("data-testid=\"footer-rep\"").contains("Your sales rep: Rita Reyes")
                .contains("rep@windowpane.test").contains("+1 312 555 0101");
    }

    @Test
    void theWorkspaceFindsCustomersByNameOrNumberWithTheirOrderActivity() throws Exception {
        String byName = rep.body(get("/rep/customers").param("q", "bolt"));
        String byNumber = rep.body(get("/rep/customers").param("q", "CUST-1000"));

        assertThat(byName).contains("Bolt &amp; Beam Fabrication").doesNotContain("Acme Industrial Supply");
        assertThat(byNumber).contains("Acme Industrial Supply").doesNotContain("Bolt &amp; Beam");
        assertThat(byName).contains("data-testid=\"rep-open-orders\"").contains("data-testid=\"rep-last-order\"")
                .contains("/rep/acting?customer=C1001");
    }

    @Test
    void theRepsOrderListCoversEveryAssignedCustomerAndFilters() throws Exception {
        String all = rep.body(get("/rep/orders"));
        String status = newestOrderStatusOf("C1000");
        String acmeShipped = rep.body(get("/rep/orders").param("customer", "C1000").param("status", status));
        String notMine = rep.body(get("/rep/orders").param("customer", "C1002"));

        assertThat(all).contains("data-customer-id=\"C1000\"").contains("data-customer-id=\"C1001\"")
                .doesNotContain("data-customer-id=\"C1002\"");
        assertThat(acmeShipped).contains("data-customer-id=\"C1000\"").doesNotContain("data-customer-id=\"C1001\"")
                .contains("wp-status-" + status.toLowerCase());
        assertThat(acmeShipped.split("wp-status-").length - 1)
                .isEqualTo(acmeShipped.split("wp-status-" + status.toLowerCase()).length - 1);
        assertThat(notMine).doesNotContain("data-customer-id=\"C1002\"");
    }

    private List<String> auditDetails(String action, String customerId) {
        return jdbc.sql("select coalesce(details, '') from audit_log where action = ? and acting_for_customer_id = ?"
                + " order by id desc").params(action, customerId).query(String.class).list();
    }

    private long cartLines(String customerId, String email) {
        return jdbc.sql("select count(*) from cart_line where customer_id = ? and user_id = ?")
                .params(customerId, users.loadUserByUsername(email).id()).query(Long.class).single();
    }

    // the total the review page asks the rep to confirm, as the form carries it
    private BigDecimal quotedTotal() throws Exception {
        Matcher total = Pattern.compile("name=\"quotedTotal\" value=\"([0-9.]+)\"").matcher(rep.body(get("/checkout")));
        assertThat(total.find()).as("the review offers to place the order").isTrue();
        return new BigDecimal(total.group(1));
    }

    private String erpOrderNumber(UUID key) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select erp_order_number from order_submission where idempotency_key = ?")
                .param(key).query(String.class).optional().isPresent());
        return jdbc.sql("select erp_order_number from order_submission where idempotency_key = ?").param(key).query(String.class).single();
    }

    private Map<?, ?> erpOrder(String number) {
        return simulator.control().get().uri("/v1/orders/{n}", number).retrieve().body(Map.class);
    }

    private long erpOrdersWithPo(String customer, String po) {
        Map<?, ?> page = simulator.control().get().uri("/v1/orders?customerId={c}&q={po}", customer, po).retrieve().body(Map.class);
        return ((Number) page.get("total")).longValue();
    }

    private String newestOrderOf(String customer) {
        Map<?, ?> page = simulator.control().get().uri("/v1/orders?customerId={c}&size=1", customer).retrieve().body(Map.class);
        return ((Map<?, ?>) ((List<?>) page.get("orders")).get(0)).get("number").toString();
    }

    private String newestOrderStatusOf(String customer) {
        Map<?, ?> page = simulator.control().get().uri("/v1/orders?customerId={c}&size=1", customer).retrieve().body(Map.class);
        return ((Map<?, ?>) ((List<?>) page.get("orders")).get(0)).get("status").toString();
    }


}
