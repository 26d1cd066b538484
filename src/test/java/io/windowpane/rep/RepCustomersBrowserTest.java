package io.windowpane.rep;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.windowpane.support.LoginPage;
import io.windowpane.support.PortalBrowserTest;
import io.windowpane.support.Money;
import io.windowpane.support.PortalPage;
import io.windowpane.support.TestErpSimulator;

class RepCustomersBrowserTest extends PortalBrowserTest {

    @Test
    void aRepSeesTheCustomersTheErpAssignsWithTheirCreditThenSignsOut() {
        LoginPage.open(browser).signIn("rep@windowpane.test", "demo");

        assertThat(browser.path()).isEqualTo("/rep/customers");
        List<String> shown = browser.driver().findElements(By.cssSelector("tr[data-customer-id]")).stream()
                .map(row -> row.getAttribute("data-customer-id")).toList();
        List<?> assigned = TestErpSimulator.shared().control().get().uri("/v1/customers?salesRepCode=R01").retrieve().body(List.class);
        assertThat(shown).contains("C1000", "C1001").doesNotContain("C1002").hasSize(assigned.size());
        Map<?, ?> credit = TestErpSimulator.shared().control().get().uri("/v1/customers/C1001/credit").retrieve().body(Map.class);
        WebElement bolt = browser.driver().findElement(By.cssSelector("tr[data-customer-id=C1001]"));
        assertThat(bolt.findElement(By.cssSelector("[data-testid=rep-credit-available]")).getText())
                .isEqualTo(Money.shown(new BigDecimal(credit.get("available").toString()), "USD"));
        browser.screenshot("rep-customers");

        assertThat(new PortalPage(browser).signOut().showsSignedOut()).isTrue();
    }
}
