package io.windowpane.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import io.windowpane.erp.ErpException;
import io.windowpane.erp.ErpGateway;
import io.windowpane.support.Accessibility;
import io.windowpane.support.LoginPage;
import io.windowpane.support.PortalBrowserTest;
import io.windowpane.support.TestErpSimulator;

/** The degraded banner as a buyer sees it: calm, accessible, on a phone too, and gone by itself on recovery. */
class HealthBannerBrowserTest extends PortalBrowserTest {

    @Autowired
    private ErpGateway erp;

    private final TestErpSimulator simulator = TestErpSimulator.shared();

    @AfterEach
    void healthyErp() {
        simulator.reset();
    }

    @Test
    void duringAnOutageTheBannerSaysWhatIsAffectedAndLeavesByItselfOnRecovery() {
        LoginPage.open(browser).signIn("buyer@acme.test", "demo");
        simulator.put("/sim/faults", Map.of("outage", true));
        for (int i = 0; i < 6; i++) {
            failQuietly(() -> erp.salesRep("R01"));
            failQuietly(erp::categories);
        }

        // the state is worked out at most once a second: the account page reads nothing from the ERP
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).ignoring(WebDriverException.class).until(d -> {
            browser.visit("/account");
            return browser.has("[data-testid=erp-health-banner]");
        });
        assertThat(browser.driver().findElement(By.cssSelector("[data-testid=erp-health-banner]")).getText())
                .contains("Our ERP is not answering reliably right now").contains("your cart is kept");
        assertThat(Accessibility.violations(browser)).isEmpty();
        browser.screenshot("erp-health-banner");
        browser.phone();
        assertThat(browser.pageWidth()).isLessThanOrEqualTo(browser.viewportWidth());
        browser.screenshot("erp-health-banner-phone");

        simulator.reset();

        // no reload: the banner asks every 10 s whether it still applies, and goes
        new WebDriverWait(browser.driver(), Duration.ofSeconds(25)).ignoring(WebDriverException.class)
                .until(d -> !browser.has("[data-testid=erp-health-banner]"));
        assertThat(browser.path()).isEqualTo("/account");
    }

    private static void failQuietly(Runnable call) {
        try {
            call.run();
        } catch (ErpException expected) {
            // the outage asked for
        }
    }
}
