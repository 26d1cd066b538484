package io.windowpane.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.windowpane.support.LoginPage;
import io.windowpane.support.PortalBrowserTest;
import io.windowpane.support.PortalPage;

/** Printing an order or a checkout review: no navigation or buttons on paper, the lines and totals kept. */
class PrintBrowserTest extends PortalBrowserTest {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void anOrderAndACheckoutReviewPrintWithTheirTotalsAndWithoutNavigation() {
        jdbc.sql("delete from cart_line where customer_id = 'C1000'").update();
        LoginPage.open(browser).signIn("buyer@acme.test", "demo");
        browser.visit("/products/FAS-10004");
        new PortalPage(browser).press("add-to-cart");
        browser.visit("/orders");
        String order = browser.driver().findElement(By.cssSelector("[data-testid=order-link]")).getText();
        browser.printMedia();

        browser.visit("/orders/" + order);
        assertPrinted("order-total", "order-lines");
        browser.screenshot("print-order");

        browser.visit("/checkout");
        assertPrinted("order-total", "review-lines");
        browser.screenshot("print-checkout");
    }

    private void assertPrinted(String totalTestId, String linesTestId) {
        assertThat(browser.driver().findElement(By.cssSelector(".wp-navbar")).isDisplayed()).as("navigation").isFalse();
        assertThat(browser.driver().findElement(By.cssSelector("[data-testid=logout]")).isDisplayed()).isFalse();
        assertThat(browser.driver().findElement(By.cssSelector("[data-testid=" + linesTestId + "]")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElement(By.cssSelector("[data-testid=" + totalTestId + "]")).isDisplayed()).isTrue();
    }
}
