package io.windowpane.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.windowpane.support.LoginPage;
import io.windowpane.support.PortalBrowserTest;
import io.windowpane.support.PortalPage;
import io.windowpane.support.TestErpSimulator;

class CheckoutBrowserTest extends PortalBrowserTest {

    @Autowired
    private JdbcClient jdbc;

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
        browser.screenshot("checkout-confirmation");
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
