package io.windowpane.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

import io.windowpane.account.PortalUsers;
import io.windowpane.account.Role;
import io.windowpane.support.LoginPage;
import io.windowpane.support.PortalBrowserTest;
import io.windowpane.support.Money;
import io.windowpane.support.PortalPage;
import io.windowpane.support.TestErpSimulator;

class BuyerHomeBrowserTest extends PortalBrowserTest {

    @Autowired
    private PortalUsers users;

    @Test
    void aBuyerSeesTheirCustomerAndCreditAsTheErpHasThemThenSignsOut() {
        LoginPage.open(browser).signIn("buyer@acme.test", "demo");
        PortalPage home = new PortalPage(browser);

        Map<?, ?> credit = TestErpSimulator.shared().control().get().uri("/v1/customers/C1000/credit").retrieve().body(Map.class);
        assertThat(browser.path()).isEqualTo("/");
        assertThat(home.text("customer-name")).isEqualTo("Acme Industrial Supply");
        assertThat(home.text("credit-limit")).isEqualTo(shown(credit.get("creditLimit")));
        assertThat(home.text("credit-balance")).isEqualTo(shown(credit.get("balance")));
        assertThat(home.text("credit-open-orders")).isEqualTo(shown(credit.get("openOrders")));
        assertThat(home.text("credit-available")).isEqualTo(shown(credit.get("available")));
        assertThat(home.text("as-of")).matches("as of \\d{2}:\\d{2}:\\d{2} \\S+");
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return typeof htmx")).isEqualTo("object");
        browser.screenshot("buyer-home");

        LoginPage signedOut = home.signOut();

        assertThat(signedOut.showsSignedOut()).isTrue();
        browser.visit("/");
        assertThat(browser.path()).isEqualTo("/login");
    }

    @Test
    void aBuyerNearTheLimitSeesTheWarning() {
        LoginPage.open(browser).signIn("buyer@bolt.test", "demo");
        PortalPage home = new PortalPage(browser);

        Map<?, ?> credit = TestErpSimulator.shared().control().get().uri("/v1/customers/C1001/credit").retrieve().body(Map.class);
        assertThat(home.text("customer-name")).isEqualTo("Bolt & Beam Fabrication");
        assertThat(home.text("credit-available")).isEqualTo(shown(credit.get("available")));
        browser.screenshot("buyer-home-low-credit");
    }

    @Test
    void whenTheErpIsDownTheHomePageSaysSoAndStillWorks() {
        // a customer no page has read yet, so there is no last known value to show instead
        users.createIfAbsent("home-outage@c1043.test", "a-long-test-password", "Olive Outage", Role.BUYER, "C1043", null);
        TestErpSimulator.shared().put("/sim/faults", Map.of("outage", true));
        try {
            LoginPage.open(browser).signIn("home-outage@c1043.test", "a-long-test-password");

            PortalPage home = new PortalPage(browser);
            assertThat(home.all("erp-unavailable")).isNotEmpty().allSatisfy(section ->
                    assertThat(section.getText()).contains("did not answer"));
            assertThat(home.shows("credit-available")).isFalse();
            assertThat(home.signedInUser()).isEqualTo("Olive Outage");
            browser.screenshot("buyer-home-erp-down");
        } finally {
            TestErpSimulator.shared().reset();
        }
    }

    @Test
    void theHomePageFitsAPhone() {
        LoginPage.open(browser).signIn("buyer@acme.test", "demo");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.visit("/");

        PortalPage home = new PortalPage(browser);
        assertThat(home.all("credit-available").get(0).isDisplayed()).isTrue();
        Long pageWidth = (Long) ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.scrollWidth");
        assertThat(pageWidth).isLessThanOrEqualTo(390L);
        browser.screenshot("buyer-home-phone");
    }

    @Test
    void aBuyerIsRefusedTheAdminPages() {
        LoginPage.open(browser).signIn("buyer@acme.test", "demo");

        browser.visit("/admin");

        assertThat(new PortalPage(browser).shows("error-403")).isTrue();
        browser.screenshot("buyer-403");
    }

    private static String shown(Object amount) {
        return Money.shown(new BigDecimal(amount.toString()), "USD");
    }
}
