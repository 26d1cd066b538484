package io.windowpane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.windowpane.account.PortalUsers;
import io.windowpane.account.Role;
import io.windowpane.support.AnotherPortalInstance;
import io.windowpane.support.PortalHttp;
import io.windowpane.support.PortalTest;
import io.windowpane.support.TestErpSimulator;

/**
 * Two portal instances on one database and one ERP, as behind a load balancer without sticky sessions: this test's
 * context is one, {@link AnotherPortalInstance} the other.
 */
@PortalTest
class TwoInstancesIntegrationTest {

    private static final String PASSWORD = "two-instances-demo";
    private static final String SKU = "TLS-10000";

    private static AnotherPortalInstance other;

    private final TestErpSimulator simulator = TestErpSimulator.shared();

    @LocalServerPort
    private int port;

    @Autowired
    private PortalUsers users;

    @Autowired
    private org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** The other instance trusts X-Forwarded-For only from its balancer, 192.0.2.10; this one from loopback. */
    @BeforeAll
    static void startTheOtherInstance() {
        other = AnotherPortalInstance.start("server.tomcat.remoteip.internal-proxies=192\\.0\\.2\\.10");
    }

    @AfterAll
    static void stopTheOtherInstance() {
        other.close();
    }

    @Test
    void aBuyersSessionCartAndCsrfTokenHoldWhenRequestsAlternateBetweenInstances() {
        String email = buyer("C1000", "alternating");
        PortalHttp visitor = PortalHttp.visitor(port, 61);
        assertThat(visitor.signIn(email, PASSWORD)).isEqualTo("/");
        visitor.get("/cart");

        HttpResponse<String> added = visitor.switchTo(other.port()).post("/cart/lines", Map.of("sku", SKU, "qty", "2"));
        HttpResponse<String> cart = visitor.switchTo(port).get("/cart");
        HttpResponse<String> home = visitor.switchTo(other.port()).get("/");

        assertThat(added.statusCode()).as("a form from one instance is accepted by the other").isEqualTo(302);
        assertThat(added.headers().firstValue("Location").orElse("")).endsWith("/cart");
        assertThat(cart.statusCode()).isEqualTo(200);
        assertThat(cart.body()).contains("data-sku=\"" + SKU + "\"");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("data-testid=\"credit-panel\"");
    }

    @Test
    void twoCheckoutsOfOneCustomerOnDifferentInstancesPlaceOnlyTheOrderThatFits() throws Exception {
        String customer = customerWithBlockingCreditPolicy();
        PortalHttp first = signedInWithCart(buyer(customer, "first"), port, 62);
        PortalHttp second = signedInWithCart(buyer(customer, "second"), other.port(), 63);
        Map<String, String> firstForm = checkoutForm(first, customer);
        Map<String, String> secondForm = checkoutForm(second, customer);
        BigDecimal orderTotal = new BigDecimal(firstForm.get("quotedTotal"));
        Map<?, ?> credit = simulator.control().get().uri("/v1/customers/{id}/credit", customer).retrieve().body(Map.class);
        BigDecimal openOrders = new BigDecimal(credit.get("openOrders").toString());
        simulator.put("/sim/customers/{id}/credit", Map.of("creditLimit", openOrders.add(orderTotal.multiply(new BigDecimal("1.5"))),
                "balance", 0), customer);
        String po = "PO-TWO-" + UUID.randomUUID().toString().substring(0, 6);

        CompletableFuture<HttpResponse<String>> one = CompletableFuture.supplyAsync(() -> first.post("/checkout", with(firstForm, po + "-1")));
        CompletableFuture<HttpResponse<String>> two = CompletableFuture.supplyAsync(() -> second.post("/checkout", with(secondForm, po + "-2")));
        List<HttpResponse<String>> answers = List.of(one.get(), two.get());

        Map<?, ?> orders = simulator.control().get().uri("/v1/orders?customerId={c}&q={po}", customer, po).retrieve().body(Map.class);
        assertThat(((Number) orders.get("total")).intValue()).as("orders the ERP took").isEqualTo(1);
        assertThat(answers).filteredOn(r -> r.statusCode() == 302).as("one order placed").hasSize(1);
        assertThat(answers).filteredOn(r -> r.statusCode() == 200 && r.body().contains("data-testid=\"credit-block\""))
                .as("the other stopped by credit").hasSize(1);
    }

    @Test
    void aPriceChangeInTheErpShowsOnBothInstancesWithinTwoSeconds() {
        String sku = "JAN-10007";
        PortalHttp onThis = PortalHttp.visitor(port, 64);
        PortalHttp onOther = PortalHttp.visitor(other.port(), 65);
        onThis.signIn("buyer@acme.test", "demo");
        onOther.signIn("buyer@acme.test", "demo");
        assertThat(onThis.get("/products/" + sku).statusCode()).isEqualTo(200);
        assertThat(onOther.get("/products/" + sku).statusCode()).isEqualTo(200);
        String newPrice = "9" + (100 + (int) (Math.random() * 800)) + ".37";

        simulator.put("/sim/prices/{customer}/{sku}", Map.of("breaks", List.of(Map.of("minQty", 1, "unitPrice", new BigDecimal(newPrice)))),
                "C1000", sku);

        String shown = "$" + newPrice.charAt(0) + "," + newPrice.substring(1);
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            assertThat(onThis.get("/products/" + sku).body()).contains(shown);
            assertThat(onOther.get("/products/" + sku).body()).contains(shown);
        });
    }

    @Test
    void eachPendingSubmissionIsSentToTheErpByExactlyOneInstance() {
        long userId = users.loadUserByUsername("buyer@acme.test").id();
        List<UUID> keys = java.util.stream.Stream.generate(UUID::randomUUID).limit(6).toList();
        // a slow ERP keeps each send in flight while the other instances' dispatchers look at the same rows
        simulator.put("/sim/latency", Map.of("meanMs", 300, "jitterMs", 0));
        try {
            for (UUID key : keys) {
                jdbc.sql("""
                        insert into order_submission (idempotency_key, customer_id, user_id, placed_by, customer_po_number, lines, status)
                        values (?, 'C1000', ?, 'Alice Archer', ?, 'PLB-10002,1', 'PENDING')""")
                        .params(key, userId, "PO-ONCE-" + key.toString().substring(0, 8)).update();
            }

            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                    "select count(*) from order_submission where idempotency_key in (:keys) and status = 'ACCEPTED'")
                    .param("keys", keys).query(Long.class).single() == keys.size());
        } finally {
            simulator.reset();
        }

        for (UUID key : keys) {
            assertThat(simulator.requestsTo("POST /v1/orders", "submission-" + key)).as("requests for %s", key).isEqualTo(1);
        }
    }

    @Test
    void failedSignInsOnEitherInstanceCountTogether() {
        String email = buyer("C1000", "guessed");
        for (int i = 0; i < 5; i++) {
            assertThat(PortalHttp.visitor(i % 2 == 0 ? port : other.port(), 70 + i).signIn(email, "wrong-" + i))
                    .startsWith("/login?");
        }

        assertThat(PortalHttp.visitor(port, 76).signIn(email, PASSWORD)).isEqualTo("/login?locked");
        assertThat(PortalHttp.visitor(other.port(), 77).signIn(email, PASSWORD)).isEqualTo("/login?locked");
    }

    @Test
    void aForwardedClientAddressIsTrustedOnlyFromTheBalancer() {
        String email = buyer("C1000", "forwarded");
        String changed = "a changed pass phrase for the test";
        PortalHttp throughTheBalancer = new PortalHttp(port, "203.0.113.9");
        PortalHttp notThroughIt = new PortalHttp(other.port(), "203.0.113.10");

        changePassword(throughTheBalancer, email, PASSWORD, changed);
        changePassword(notThroughIt, email, changed, PASSWORD);

        assertThat(jdbc.sql("select remote_address from audit_log where actor_email = ? and action = 'PASSWORD_CHANGED' order by id")
                .param(email).query(String.class).list())
                .as("the forwarded address from the trusted proxy, the connection's own from any other")
                .containsExactly("203.0.113.9", "127.0.0.1");
    }

    // ---- helpers ----

    private static void changePassword(PortalHttp visitor, String email, String from, String to) {
        assertThat(visitor.signIn(email, from)).isEqualTo("/");
        visitor.get("/account");
        assertThat(visitor.post("/account/password", Map.of("currentPassword", from, "password", to, "confirmation", to))
                .statusCode()).isEqualTo(302);
    }

    private String buyer(String customer, String name) {
        String email = name + "@" + customer.toLowerCase() + ".two-instances.test";
        users.createIfAbsent(email, PASSWORD, "Two " + name, Role.BUYER, customer, null);
        return email;
    }

    private static PortalHttp signedInWithCart(String email, int port, int seed) {
        PortalHttp visitor = PortalHttp.visitor(port, seed);
        assertThat(visitor.signIn(email, PASSWORD)).isEqualTo("/");
        visitor.get("/cart");
        assertThat(visitor.post("/cart/lines", Map.of("sku", SKU, "qty", "3")).statusCode()).isEqualTo(302);
        return visitor;
    }

    /** The review's hidden fields (its idempotency key and quoted total) and the first delivery address. */
    private Map<String, String> checkoutForm(PortalHttp visitor, String customer) {
        String review = visitor.get("/checkout").body();
        Map<?, ?> account = simulator.control().get().uri("/v1/customers/{id}", customer).retrieve().body(Map.class);
        String shipTo = ((Map<?, ?>) ((List<?>) account.get("shipTos")).get(0)).get("id").toString();
        return Map.of("submissionKey", hidden(review, "submissionKey"), "quotedTotal", hidden(review, "quotedTotal"),
                "shipToId", shipTo);
    }

    private static Map<String, String> with(Map<String, String> form, String po) {
        Map<String, String> filled = new java.util.HashMap<>(form);
        filled.put("customerPoNumber", po);
        return filled;
    }

    private static String hidden(String html, String name) {
        Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("the review has " + name).isTrue();
        return matcher.group(1);
    }

    private String customerWithBlockingCreditPolicy() {
        for (int i = 1049; i > 1010; i--) {
            Map<?, ?> credit = simulator.control().get().uri("/v1/customers/C{id}/credit", i).retrieve().body(Map.class);
            Map<?, ?> customer = simulator.control().get().uri("/v1/customers/C{id}", i).retrieve().body(Map.class);
            if ("BLOCK".equals(credit.get("policy")) && "NONE".equals(customer.get("blocked"))) {
                return "C" + i;
            }
        }
        throw new IllegalStateException("no customer with a BLOCK credit policy");
    }
}
