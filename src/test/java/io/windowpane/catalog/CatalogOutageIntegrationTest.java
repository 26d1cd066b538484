package io.windowpane.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.windowpane.account.PortalUsers;
import io.windowpane.support.ActingSessions;
import io.windowpane.support.PortalTest;
import io.windowpane.support.SignedInAs;
import io.windowpane.support.TestErpSimulator;

/** With the ERP down, pages seen before show last known values marked as such; others say the ERP is down. */
@PortalTest
@AutoConfigureMockMvc
// the change feed read often, so that its silence in an outage soon stops confirming values past their refresh time
@TestPropertySource(properties = {"windowpane.erp.cache.prices.refresh-after=500ms",
        "windowpane.erp.cache.stock.refresh-after=500ms", "windowpane.erp.cache.search.refresh-after=500ms",
        "windowpane.erp.events.poll-interval=300ms"})
class CatalogOutageIntegrationTest {

    private final TestErpSimulator simulator = TestErpSimulator.shared();

    @Autowired
    private MockMvc mvc;

    @Autowired
    private PortalUsers users;

    @Autowired
    private CircuitBreakerRegistry circuitBreakers;

    @Autowired
    private org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** The ERP back, and the portal told so: an outage may have opened the circuit breaker for the next test. */
    @AfterEach
    void erpHealthyAgain() {
        simulator.reset();
        circuitBreakers.circuitBreaker("erp").reset();
    }

    @Test
    void aPageSeenBeforeShowsLastKnownValuesMarkedUnconfirmed() throws Exception {
        String page = "/catalog?q=truck";
        assertThat(body(page)).doesNotContain("not confirmed live");

        simulator.put("/sim/faults", Map.of("outage", true));

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            String html = body(page);
            assertThat(html).contains("data-testid=\"prices-unconfirmed\"").contains("data-testid=\"stock-unconfirmed\"")
                    .contains("data-testid=\"unit-price\"");
        });
    }

    @Test
    void aProductSeenBeforeShowsItsLastKnownPriceAndStockMarkedUnconfirmed() throws Exception {
        String page = "/products/ELE-10010";
        assertThat(body(page)).contains("data-testid=\"price-breaks\"").doesNotContain("not confirmed live");

        simulator.put("/sim/faults", Map.of("outage", true));

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertThat(body(page)).contains("data-testid=\"price-unconfirmed\"").contains("data-testid=\"stock-unconfirmed\"")
                        .contains("data-testid=\"price-breaks\"").contains("data-testid=\"stock-table\""));
    }

    @Test
    void aPageNeverSeenSaysTheErpIsUnavailable() throws Exception {
        simulator.put("/sim/faults", Map.of("outage", true));

        // the portal's index finds the items; none of them was ever read from the ERP
        MvcResult result = mvc.perform(get("/catalog?q={q}", "wedge anchors").with(SignedInAs.user(users, "buyer@acme.test")))
                .andReturn();
        String noMatch = body("/catalog?q=quokka");

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).contains("data-testid=\"erp-unavailable\"")
                .doesNotContain("Exception");
        assertThat(noMatch).as("a search that matches nothing needs no ERP").doesNotContain("data-testid=\"erp-unavailable\"")
                .contains("No products match");
    }

    @Test
    void aProductNeverSeenGetsTheErpUnavailablePage() throws Exception {
        simulator.put("/sim/faults", Map.of("outage", true));

        MvcResult result = mvc.perform(get("/products/JAN-10077").with(SignedInAs.user(users, "buyer@acme.test"))).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(503);
        assertThat(result.getResponse().getContentAsString()).contains("data-testid=\"error-erp-unavailable\"")
                .as("the layout stays: navigation and Sign out").contains("data-testid=\"logout\"").contains("data-testid=\"cart-badge\"")
                .as("the wording fits a page with nothing else on it").contains("This product cannot be shown")
                .doesNotContain("the rest of the page works");
    }

    @Test
    void aRepActingForACustomerKeepsTheBannerAndTheCustomersNavigationOnTheErpUnavailablePage() throws Exception {
        ActingSessions rep = ActingSessions.of(mvc, users, "rep@windowpane.test");
        rep.actFor("C1000", "PHONE_ORDER", null);
        simulator.put("/sim/faults", Map.of("outage", true));

        MvcResult result = rep.perform(get("/products/JAN-10081"));

        assertThat(result.getResponse().getStatus()).isEqualTo(503);
        assertThat(result.getResponse().getContentAsString()).contains("data-testid=\"error-erp-unavailable\"")
                .as("the acting banner, with Exit").contains("data-testid=\"acting-banner\"")
                .as("the customer's navigation, not the rep's own").contains("href=\"/catalog\"").doesNotContain("href=\"/rep/customers\"");
    }

    @Test
    void checkoutDuringAnOutageSaysUpFrontThatItCannotBePlacedYet() throws Exception {
        mvc.perform(post("/cart/lines").param("sku", "FAS-10004").param("qty", "1").with(csrf())
                .with(SignedInAs.user(users, "buyer@acme.test")));
        simulator.put("/sim/faults", Map.of("outage", true));

        MvcResult result = mvc.perform(get("/checkout").with(SignedInAs.user(users, "buyer@acme.test"))).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).as("says up front that it cannot be placed until the ERP answers")
                .contains("data-testid=\"logout\"").contains("data-testid=\"review-unconfirmed\"")
                .doesNotContain("data-testid=\"place-order\"").doesNotContain("the rest of the page works");
    }

    @Test
    void aCartDuringAnOutageKeepsItemsItCannotConfirmAndDoesNotOfferCheckout() throws Exception {
        long buyer = users.loadUserByUsername("buyer@acme.test").id();
        jdbc.sql("delete from cart_line where customer_id = 'C1000' and user_id = ?").param(buyer).update();
        // a line for an item this portal has never read from the ERP, so nothing of it is known from before
        jdbc.sql("insert into cart_line (customer_id, user_id, sku, quantity) values ('C1000', ?, 'JAN-10123', 2)").param(buyer).update();
        simulator.put("/sim/faults", Map.of("outage", true));

        String cart = body("/cart");

        assertThat(cart).contains("Our ERP did not answer for this item just now").doesNotContain("Not found in our catalog")
                .contains("data-testid=\"cart-waiting-for-erp\"").doesNotContain("data-testid=\"to-checkout\"")
                .doesNotContainPattern("·\\s*</p>");
    }

    private String body(String url) throws Exception {
        return mvc.perform(get(url).with(SignedInAs.user(users, "buyer@acme.test"))).andReturn().getResponse().getContentAsString();
    }
}
