package io.windowpane.acting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.windowpane.support.Accessibility;
import io.windowpane.support.Browser;
import io.windowpane.support.LoginPage;
import io.windowpane.support.Money;
import io.windowpane.support.PortalBrowserTest;
import io.windowpane.support.PortalPage;
import io.windowpane.support.TestErpSimulator;

/**
 * The acting journey in a real browser: a rep acts for C1000, sees Acme's contract prices, orders for them, leaves;
 * the buyer then sees the order as placed by their rep, and the visit on their account activity.
 */
class ActingBrowserTest extends PortalBrowserTest {

    private final TestErpSimulator simulator = TestErpSimulator.shared();

    @Autowired
    private JdbcClient jdbc;

    @BeforeEach
    void emptyCarts() {
        jdbc.sql("delete from cart_line where customer_id in ('C1000', 'C1001')").update();
    }

    @Test
    void aRepOrdersForAcmeAtAcmesPricesAndAcmesBuyerSeesTheOrderAndTheVisit() {
        String sku = simulator.skuPricedDifferently("C1000", "C1001");
        LoginPage.open(browser).signIn("rep@windowpane.test", "demo");
        RepWorkspacePage workspace = RepWorkspacePage.open(browser);
        assertThat(workspace.lists("C1000")).isTrue();
        assertThat(workspace.lists("C1002")).isFalse();
        browser.screenshot("rep-workspace");
        assertThat(Accessibility.violations(browser)).isEmpty();
        browser.visit("/rep/orders");
        assertThat(Accessibility.violations(browser)).isEmpty();
        browser.screenshot("rep-orders");
        workspace = RepWorkspacePage.open(browser);

        ActingStartPage start = workspace.actAs("C1000");
        assertThat(start.customer()).isEqualTo("Acme Industrial Supply");
        browser.screenshot("acting-start");
        assertThat(Accessibility.violations(browser)).isEmpty();
        ActingBanner banner = start.start("Phone order");

        assertThat(browser.path()).isEqualTo("/");
        assertThat(banner.customer()).contains("Acme Industrial Supply").contains("C1000");
        assertThat(banner.who()).contains("Rita Reyes");
        assertThat(banner.reason()).contains("Phone order");
        assertThat(banner.timeLeft()).matches("(?s).*\\d+:\\d\\d.*");
        browser.screenshot("acting-home-desktop");
        assertThat(Accessibility.violations(browser)).isEmpty();

        browser.visit("/products/" + sku);
        assertThat(new PortalPage(browser).text("price-panel")).contains(Money.shown(simulator.unitPrice("C1000", sku), "USD"))
                .doesNotContain(Money.shown(simulator.unitPrice("C1001", sku), "USD"));
        addToCartWithHtmx();
        assertThat(banner.isShown()).as("the banner stays after an htmx fragment").isTrue();

        String po = "PO-RITA-" + UUID.randomUUID().toString().substring(0, 6);
        browser.visit("/cart");
        assertThat(banner.isShown()).isTrue();
        click("to-checkout");
        assertThat(banner.isShown()).isTrue();
        browser.driver().findElement(By.cssSelector("[data-testid=po-number]")).sendKeys(po);
        click("place-order");
        String number = new PortalPage(browser).text("erp-order-number");
        Map<?, ?> order = simulator.control().get().uri("/v1/orders/{n}", number).retrieve().body(Map.class);
        assertThat(((Map<?, ?>) order.get("salesAgent")).get("code")).isEqualTo("R01");

        browser.visit("/orders/NO-SUCH-ORDER");
        assertThat(new PortalPage(browser).shows("error-404")).isTrue();
        assertThat(banner.isShown()).as("error pages show the banner too").isTrue();

        RepWorkspacePage back = banner.exit();
        assertThat(browser.path()).isEqualTo("/rep/customers");
        assertThat(back.text("acting-ended")).contains("C1000");
        assertThat(banner.isShown()).isFalse();

        browser.visit("/rep/acting?customer=C1002");
        assertThat(new PortalPage(browser).shows("error-404")).isTrue();
        browser.visit("/catalog");
        assertThat(banner.isShown()).isFalse();

        new PortalPage(browser).signOut().signIn("buyer@acme.test", "demo");
        browser.visit("/orders?q=" + po);
        assertThat(new PortalPage(browser).text("order-placed-by")).isEqualTo("Rita Reyes (your sales rep) for you");
        browser.visit("/account/activity");
        String activity = new PortalPage(browser).text("activity");
        assertThat(activity).contains("Rita Reyes").contains("Phone order").contains("Placed an order").contains(po)
                .contains("Exited");
        browser.screenshot("account-activity");
        assertThat(Accessibility.violations(browser)).isEmpty();
        assertThat(new PortalPage(browser).text("footer-rep")).contains("Rita Reyes").contains("rep@windowpane.test");
    }

    @Test
    void theBannerAndTheRepsPagesFitAPhone() {
        browser.phone();
        LoginPage.open(browser).signIn("rep@windowpane.test", "demo");
        RepWorkspacePage workspace = RepWorkspacePage.open(browser);
        assertThat(browser.pageWidth()).as("workspace: no sideways scrolling" + " " + browser.widerThanScreen()).isLessThanOrEqualTo(Browser.PHONE_WIDTH);
        browser.screenshot("rep-workspace-phone");
        assertThat(Accessibility.violations(browser)).isEmpty();
        ActingBanner banner = workspace.actAs("C1001").start("Order problem");
        browser.visit("/catalog");

        WebElement shown = browser.driver().findElement(By.cssSelector("[data-testid=acting-banner]"));
        assertThat(shown.getSize().getWidth()).isLessThanOrEqualTo(Browser.PHONE_WIDTH);
        assertThat(browser.pageWidth()).as("no sideways scrolling" + " " + browser.widerThanScreen()).isLessThanOrEqualTo(Browser.PHONE_WIDTH);
        assertThat(banner.customer()).contains("Bolt");
        assertThat(browser.driver().findElement(By.cssSelector("[data-testid=acting-exit]")).isDisplayed()).isTrue();
        browser.screenshot("acting-banner-phone");
        assertThat(Accessibility.violations(browser)).isEmpty();
        banner.exit();
        browser.visit("/rep/activity");
        assertThat(browser.pageWidth()).as("acting history: no sideways scrolling" + " " + browser.widerThanScreen()).isLessThanOrEqualTo(Browser.PHONE_WIDTH);
        browser.screenshot("rep-activity-phone");
        assertThat(Accessibility.violations(browser)).isEmpty();
    }

    @Test
    void aRepActingForBoltSeesBoltsInvoicesAndStatementAsBoltsBuyerDoes() {
        LoginPage.open(browser).signIn("rep@windowpane.test", "demo");
        ActingBanner banner = RepWorkspacePage.open(browser).actAs("C1001").start("Account review");
        Map<?, ?> credit = simulator.control().get().uri("/v1/customers/C1001/credit").retrieve().body(Map.class);
        List<String> pages = List.of("/invoices", "/account/statement");

        for (boolean phone : List.of(false, true)) {
            if (phone) {
                browser.phone();
            }
            for (String page : pages) {
                browser.visit(page);
                assertThat(banner.isShown()).as("the acting banner on " + page).isTrue();
                assertThat(browser.pageWidth()).as(page + ": no sideways scrolling " + browser.widerThanScreen())
                        .isLessThanOrEqualTo(phone ? Browser.PHONE_WIDTH : Long.MAX_VALUE);
                assertThat(Accessibility.violations(browser)).as(page).isEmpty();
                browser.screenshot("acting" + page.replace('/', '-') + (phone ? "-phone" : ""));
            }
        }
        browser.visit("/invoices");
        assertThat(new PortalPage(browser).text("invoices-overdue-total"))
                .isEqualTo(Money.shown(new java.math.BigDecimal(credit.get("overdue").toString()), "USD"));
    }

    private void addToCartWithHtmx() {
        browser.driver().findElement(By.cssSelector("[data-testid=add-to-cart]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("[data-testid=cart-added]")).isEmpty());
    }

    private void click(String testId) {
        WebElement element = browser.driver().findElement(By.cssSelector("[data-testid=" + testId + "]"));
        element.click();
        browser.waitUntilGone(element);
    }


}
