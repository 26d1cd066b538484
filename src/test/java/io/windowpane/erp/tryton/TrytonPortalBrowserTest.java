package io.windowpane.erp.tryton;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.client.BufferingClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import io.windowpane.support.LoginPage;
import io.windowpane.support.PortalBrowserTest;
import io.windowpane.support.PortalPage;
import io.windowpane.support.TestTryton;
import tools.jackson.databind.JsonNode;

/**
 * The whole portal on a real Tryton (the {@code tryton} adapter, a fresh copy of the demo database): a buyer sees
 * Tryton's stock per warehouse, places an order that becomes one confirmed Tryton sale with the PO, and Bolt's buyer
 * is stopped by credit with Tryton's figures.
 */
class TrytonPortalBrowserTest extends PortalBrowserTest {

    private static final String DATABASE = TestTryton.shared().freshDatabase();

    @DynamicPropertySource
    static void onTryton(DynamicPropertyRegistry properties) {
        properties.add("windowpane.erp.adapter", () -> "tryton");
        properties.add("windowpane.erp.tryton.url", () -> TestTryton.shared().url().toString());
        properties.add("windowpane.erp.tryton.database", () -> DATABASE);
        properties.add("windowpane.erp.tryton.read-timeout", () -> "20s");
    }

    @Autowired
    private JdbcClient jdbc;

    @Test
    void aBuyerSeesTrytonsStockAndPlacesAnOrderThatBecomesOneConfirmedSale() {
        jdbc.sql("delete from cart_line where customer_id = 'C1000'").update();
        LoginPage.open(browser).signIn("buyer@acme.test", "demo");
        browser.visit("/products/FAS-10000");
        assertThat(browser.driver().findElements(By.cssSelector("[data-testid=warehouse-available]")))
                .extracting(WebElement::getText).containsExactly("4800", "1200");
        browser.screenshot("tryton-product");

        browser.visit("/products/FAS-10004");
        click("add-to-cart");
        String po = "PO-TRY-" + UUID.randomUUID().toString().substring(0, 6);
        browser.visit("/cart");
        click("to-checkout");
        browser.driver().findElement(By.cssSelector("[data-testid=po-number]")).sendKeys(po);
        click("place-order");

        String number = new PortalPage(browser).text("erp-order-number");
        JsonNode sales = tryton().model("sale.sale.search_read", List.of(List.of("reference", "=", po)), 0, null, null,
                List.of("number", "state"));
        assertThat(sales).hasSize(1);
        assertThat(sales.get(0).get("number").asString()).isEqualTo(number);
        assertThat(sales.get(0).get("state").asString()).isEqualTo("processing");
        browser.screenshot("tryton-order-placed");
    }

    @Test
    void boltsBuyerIsStoppedByCreditWithTrytonsFigures() {
        jdbc.sql("delete from cart_line where customer_id = 'C1001'").update();
        LoginPage.open(browser).signIn("buyer@bolt.test", "demo");
        browser.visit("/products/PLB-10003?qty=20");
        click("add-to-cart");

        browser.visit("/checkout");

        PortalPage review = new PortalPage(browser);
        assertThat(review.text("credit-block")).isNotBlank();
        assertThat(review.text("block-limit")).isEqualTo("$3,000.00");
        assertThat(review.text("block-open-orders")).isEqualTo("$2,535.00");
        browser.screenshot("tryton-credit-block");
    }

    private TrytonRpc tryton() {
        TrytonProperties properties = new TrytonProperties(TestTryton.shared().url(), DATABASE, "admin", "admin",
                Duration.ofSeconds(2), Duration.ofSeconds(20));
        return new TrytonRpc(RestClient.builder().baseUrl(properties.url().toString())
                .requestFactory(new BufferingClientHttpRequestFactory(new JdkClientHttpRequestFactory())).build(), properties);
    }

    private void click(String testId) {
        new PortalPage(browser).press(testId);
    }

}
