package io.windowpane.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.windowpane.account.PortalUsers;
import io.windowpane.account.Role;
import io.windowpane.credit.CreditSummary;
import io.windowpane.erp.CreditAccount;
import io.windowpane.erp.ErpGateway;
import io.windowpane.support.PortalTest;
import io.windowpane.support.SignedInAs;
import io.windowpane.support.TestErpSimulator;
import io.windowpane.web.ErpPanel;

@PortalTest
@AutoConfigureMockMvc
class BuyerHomeIntegrationTest {

    private final TestErpSimulator simulator = TestErpSimulator.shared();

    @Autowired
    private MockMvc mvc;

    @Autowired
    private PortalUsers users;

    @Autowired
    private ErpGateway erp;

    @AfterEach
    void erpHealthyAgain() {
        simulator.reset();
    }

    @Test
    void showsTheBuyersOwnCustomerAndCreditAsTheErpReportsThem() throws Exception {
        // credit changes by other tests reach the cache through change events, within 2 s
        await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> {
            MvcResult result = mvc.perform(get("/").with(signedIn("buyer@bolt.test"))).andReturn();

            assertThat(result.getModelAndView().getViewName()).isEqualTo(HomeController.BUYER_HOME);
            CreditAccount live = erp.credit("C1001");
            CreditAccount shown = creditShown(result).account();
            assertThat(shown.customerId()).isEqualTo("C1001");
            assertThat(shown.available()).isEqualTo(live.available());
            assertThat(shown.creditLimit()).isEqualTo(live.creditLimit());
            assertThat(result.getResponse().getContentAsString()).contains("Bolt &amp; Beam Fabrication");
        });
    }

    @Test
    void aCreditChangeInTheErpShowsOnTheHomePageWithinTwoSeconds() throws Exception {
        String customer = "C1042";
        users.createIfAbsent("home-credit@c1042.test", "a-long-test-password", "Credit Watcher", Role.BUYER, customer, null);
        CreditAccount before = erp.credit(customer);
        assertThat(creditShown(mvc.perform(get("/").with(signedIn("home-credit@c1042.test"))).andReturn()).account()
                .creditLimit()).isEqualTo(before.creditLimit());
        BigDecimal raised = before.creditLimit().amount().add(new BigDecimal("1000.00"));
        try {
            simulator.put("/sim/customers/{id}/credit", Map.of("creditLimit", raised, "balance", before.balance().amount()), customer);

            await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> assertThat(creditShown(mvc.perform(get("/")
                    .with(signedIn("home-credit@c1042.test"))).andReturn()).account().creditLimit().amount()).isEqualByComparingTo(raised));
        } finally {
            simulator.put("/sim/customers/{id}/credit", Map.of("creditLimit", before.creditLimit().amount(),
                    "balance", before.balance().amount()), customer);
        }
    }

    @Test
    void stillRendersAndSaysSoWhenTheErpIsDown() throws Exception {
        // a customer no page has read yet: there is no last known value to show
        users.createIfAbsent("home-outage@c1041.test", "a-long-test-password", "Outage Watcher", Role.BUYER, "C1041", null);
        simulator.put("/sim/faults", Map.of("outage", true));

        MvcResult result = mvc.perform(get("/").with(signedIn("home-outage@c1041.test"))).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String page = result.getResponse().getContentAsString();
        assertThat(page).contains("data-testid=\"erp-unavailable\"").contains("data-testid=\"credit-panel\"")
                .doesNotContain("data-testid=\"credit-available\"");
    }

    @Test
    void showsAsOfTimesAndNoWarningWhenTheErpAnswers() throws Exception {
        MvcResult healthy = mvc.perform(get("/").with(signedIn("buyer@acme.test"))).andReturn();

        assertThat(healthy.getResponse().getContentAsString()).doesNotContain("data-testid=\"erp-unavailable\"")
                .contains("data-testid=\"as-of\"");
    }

    @SuppressWarnings("unchecked")
    private static CreditSummary creditShown(MvcResult result) {
        return ((ErpPanel<CreditSummary>) result.getModelAndView().getModel().get("credit")).value();
    }

    private RequestPostProcessor signedIn(String email) {
        return SignedInAs.user(users, email);
    }
}
