package io.windowpane.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.windowpane.erp.Money;
import io.windowpane.support.LoginPage;
import io.windowpane.support.PortalBrowserTest;
import io.windowpane.support.PortalPage;
import io.windowpane.support.TestErpSimulator;
import io.windowpane.web.Formats;

class CheckoutBrowserTest extends PortalBrowserTest {

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private Formats formats;

    @Test
    void aBuyerChecksOutAndSeesTheErpOrderNumber() {
        jdbc.sql("delete from cart_line where customer_id = 'C1000'").update();
        LoginPage.open(browser).signIn("buyer@acme.test", "demo");
        addToCart("FAS-10004");
        String po = "PO-WEB-" + UUID.randomUUID().toString().substring(0, 6);

        browser.visit("/cart");
        click("to-checkout");
        browser.screenshot("checkout-review");
        browser.driver().findElement(By.cssSelector("[data-testid=po-number]")).sendKeys(po);
        click("place-order");

        PortalPage confirmation = new PortalPage(browser);
        String number = confirmation.text("erp-order-number");
        assertThat(number).startsWith("SO");
        assertThat(confirmation.text("submission-po")).isEqualTo(po);
        Map<?, ?> order = TestErpSimulator.shared().control().get().uri("/v1/orders/{n}", number).retrieve().body(Map.class);
        assertThat(order.get("customerPoNumber")).isEqualTo(po);
        assertThat(confirmation.text("cart-count")).isEqualTo("0");
        assertThat(confirmation.text("confirmed-total")).as("the ERP's total, read live")
                .isEqualTo(formats.money(Money.of(new BigDecimal(order.get("total").toString()), order.get("currency").toString())));
        assertThat(browser.driver().findElement(By.cssSelector("[data-testid=confirmed-order-link]")).getAttribute("href"))
                .endsWith("/orders/" + number);
        browser.screenshot("checkout-confirmation");
    }

    @Test
    void whileTheOrderIsSentTheButtonSaysSoAndThePendingPageTurnsIntoTheOrderByItself() {
        jdbc.sql("delete from cart_line where customer_id = 'C1000'").update();
        LoginPage.open(browser).signIn("buyer@acme.test", "demo");
        addToCart("FAS-10004");
        String po = "PO-SLOW-" + UUID.randomUUID().toString().substring(0, 6);
        browser.visit("/checkout");
        browser.driver().findElement(By.cssSelector("[data-testid=po-number]")).sendKeys(po);
        // hold the page still after the portal's own handler has run, to see the button as it is while sending
        ((JavascriptExecutor) browser.driver()).executeScript("window.addEventListener('submit', e => e.preventDefault(), {once: true});");
        WebElement place = browser.driver().findElement(By.cssSelector("[data-testid=place-order]"));
        place.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> !place.isEnabled());
        assertThat(place.getText()).isEqualTo("Placing your order\u2026");
        assertThat(place.getAttribute("aria-busy")).isEqualTo("true");
        browser.screenshot("checkout-placing");

        // the ERP takes the order and its answer never comes: a time-out, and the order waits for a retry
        browser.visit("/checkout");
        browser.driver().findElement(By.cssSelector("[data-testid=po-number]")).sendKeys(po);
        TestErpSimulator.shared().put("/sim/faults", Map.of("commitThenTimeout", true));
        try {
            click("place-order");
            PortalPage submission = new PortalPage(browser);
            // a mark on this document: it survives only if the page changes without being loaded again
            ((JavascriptExecutor) browser.driver()).executeScript("window.wpSameDocument = true;");
            TestErpSimulator.shared().put("/sim/faults", Map.of("commitThenTimeout", false));

            // no refresh: the page asks again by itself until the retry has the ERP's answer (the retry may
            // already have it when the page first shows; CheckoutIntegrationTest checks the pending page polls)
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> submission.shows("erp-order-number"));
            assertThat(submission.text("erp-order-number")).startsWith("SO");
            assertThat((Boolean) ((JavascriptExecutor) browser.driver()).executeScript("return window.wpSameDocument === true;"))
                    .as("the number arrived without reloading the page").isTrue();
        } finally {
            TestErpSimulator.shared().put("/sim/faults", Map.of("commitThenTimeout", false));
        }
    }

    @Test
    void aPoNumberIsRequired() {
        jdbc.sql("delete from cart_line where customer_id = 'C1000'").update();
        LoginPage.open(browser).signIn("buyer@acme.test", "demo");
        addToCart("SAF-10000");

        browser.visit("/checkout");
        click("place-order");

        assertThat(new PortalPage(browser).text("po-error")).contains("purchase order number");
    }

    @Test
    void aBuyerAboveTheCreditLimitIsBlockedWithTheFigures() {
        jdbc.sql("delete from cart_line where customer_id = 'C1001'").update();
        LoginPage.open(browser).signIn("buyer@bolt.test", "demo");
        browser.visit("/products/TLS-10000?qty=30");
        WebElement qty = browser.driver().findElement(By.cssSelector("[data-testid=qty]"));
        assertThat(qty.getAttribute("value")).isEqualTo("30");
        click("add-to-cart");
        browser.visit("/cart");
        assertThat(new PortalPage(browser).shows("cart-over-credit")).isTrue();

        click("to-checkout");

        PortalPage review = new PortalPage(browser);
        assertThat(review.shows("credit-block")).isTrue();
        assertThat(review.text("block-shortfall")).startsWith("$");
        assertThat(review.shows("place-order")).isFalse();
        browser.screenshot("checkout-blocked");
    }

    private void addToCart(String sku) {
        browser.visit("/products/" + sku);
        click("add-to-cart");
    }

    private void click(String testId) {
        new PortalPage(browser).press(testId);
    }
}
