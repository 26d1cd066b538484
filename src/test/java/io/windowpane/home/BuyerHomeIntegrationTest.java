package io.windowpane.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.windowpane.account.PortalUsers;
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
        MvcResult result = mvc.perform(get("/").with(signedIn("buyer@bolt.test"))).andReturn();

        assertThat(result.getModelAndView().getViewName()).isEqualTo(HomeController.BUYER_HOME);
        @SuppressWarnings("unchecked")
        ErpPanel<CreditSummary> credit = (ErpPanel<CreditSummary>) result.getModelAndView().getModel().get("credit");
        CreditAccount live = erp.credit("C1001");
        assertThat(credit.value().account().customerId()).isEqualTo("C1001");
        assertThat(credit.value().account().available()).isEqualTo(live.available());
        assertThat(credit.value().account().creditLimit()).isEqualTo(live.creditLimit());
        assertThat(result.getResponse().getContentAsString()).contains("Bolt &amp; Beam Fabrication");
    }

    @Test
    void stillRendersAndSaysSoWhenTheErpIsDown() throws Exception {
        simulator.put("/sim/faults", Map.of("outage", true));

        MvcResult result = mvc.perform(get("/").with(signedIn("buyer@acme.test"))).andReturn();

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

    private RequestPostProcessor signedIn(String email) {
        return SignedInAs.user(users, email);
    }
}
