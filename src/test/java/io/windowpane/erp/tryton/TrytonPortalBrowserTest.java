package io.windowpane.erp.tryton;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.windowpane.erp.Money;
import io.windowpane.support.LoginPage;
import io.windowpane.support.PortalBrowserTest;
import io.windowpane.support.PortalPage;
import io.windowpane.support.TestTryton;
import io.windowpane.web.Formats;
import tools.jackson.databind.JsonNode;

/**
 * The whole portal on a real Tryton (the {@code tryton} adapter, a fresh copy of the demo database): a buyer sees
 * Tryton's stock per warehouse, places an order that becomes one confirmed Tryton sale with the PO, and Bolt's buyer
 * is stopped by credit with Tryton's figures.
 */
@Import(TrytonPortalBrowserTest.LosingAnswers.class)
class TrytonPortalBrowserTest extends PortalBrowserTest {

    private static final String DATABASE = TestTryton.shared().freshDatabase();

    @DynamicPropertySource
    static void onTryton(DynamicPropertyRegistry properties) {
        properties.add("windowpane.erp.adapter", () -> "tryton");
        properties.add("windowpane.erp.tryton.url", () -> TestTryton.shared().url().toString());
        properties.add("windowpane.erp.tryton.database", () -> DATABASE);
        properties.add("windowpane.erp.tryton.read-timeout", () -> "20s");
    }

    /** Armed by a test: Tryton confirms the next sale, and its answer never reaches the portal. */
    private static final AtomicBoolean LOSE_NEXT_CONFIRM_ANSWER = new AtomicBoolean();

    @TestConfiguration(proxyBeanMethods = false)
    static class LosingAnswers {
        @Bean
        RestClientCustomizer loseTheAnswerToConfirm() {
            return builder -> builder.requestInterceptor((request, body, execution) -> {
                ClientHttpResponse response = execution.execute(request, body);
                if (new String(body, StandardCharsets.UTF_8).contains("\"model.sale.sale.confirm\"")
                        && LOSE_NEXT_CONFIRM_ANSWER.compareAndSet(true, false)) {
                    response.close();
                    throw new HttpTimeoutException("the answer to confirm was lost");
                }
                return response;
            });
        }
    }

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private Formats formats;

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
        JsonNode sales = new TrytonDirect(DATABASE).salesWithPo(po, "number", "state");
        assertThat(sales).hasSize(1);
        assertThat(sales.get(0).get("number").asString()).isEqualTo(number);
        assertThat(sales.get(0).get("state").asString()).isEqualTo("processing");
        browser.screenshot("tryton-order-placed");
    }

    @Test
    void aCheckoutWhoseConfirmAnswerIsLostIsRetriedIntoOneTrytonSale() {
        jdbc.sql("delete from cart_line where customer_id = 'C1000'").update();
        LoginPage.open(browser).signIn("buyer@acme.test", "demo");
        browser.visit("/products/FAS-10003");
        click("add-to-cart");
        String po = "PO-LOST-" + UUID.randomUUID().toString().substring(0, 6);
        browser.visit("/checkout");
        browser.driver().findElement(By.cssSelector("[data-testid=po-number]")).sendKeys(po);
        LOSE_NEXT_CONFIRM_ANSWER.set(true);

        click("place-order");

        assertThat(new PortalPage(browser).shows("submission-pending")).as("the answer was lost: the order waits").isTrue();
        assertThat(LOSE_NEXT_CONFIRM_ANSWER).isFalse();
        // the outbox sends it again with the same key, which finds the sale Tryton confirmed
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            browser.driver().navigate().refresh();
            assertThat(new PortalPage(browser).shows("erp-order-number")).isTrue();
        });
        JsonNode sales = new TrytonDirect(DATABASE).salesWithPo(po, "number", "state");
        assertThat(sales).as("one checkout, one Tryton sale").hasSize(1);
        assertThat(sales.get(0).get("state").asString()).isEqualTo("processing");
        assertThat(new PortalPage(browser).text("erp-order-number")).isEqualTo(sales.get(0).get("number").asString());
    }

    @Test
    void aBuyerSeesTrytonsBreakPriceAndAShippedOrderWithItsFreightAndTracking() {
        TrytonDirect tryton = new TrytonDirect(DATABASE);
        BigDecimal unitPrice = tryton.priceAt("C1000", "FAS-10000", 120);
        JsonNode shipped = tryton.salesWithPo("PO-ACME-1001", "number", "total_amount").get(0);
        LoginPage.open(browser).signIn("buyer@acme.test", "demo");

        browser.visit("/products/FAS-10000?qty=120");
        PortalPage product = new PortalPage(browser);
        assertThat(product.text("qty-price")).as("Acme's 100+ break, as Tryton prices 120")
                .contains(formats.money(Money.of(unitPrice.multiply(BigDecimal.valueOf(120)).setScale(2, RoundingMode.HALF_UP), "USD")));
        browser.visit("/orders/" + shipped.get("number").asString());
        PortalPage order = new PortalPage(browser);

        browser.screenshot("tryton-shipped-order");
        assertThat(order.text("order-po")).contains("PO-ACME-1001");
        assertThat(order.text("tracking-link")).isEqualTo("794698701234");
        assertThat(order.text("order-freight")).isEqualTo("$15.00");
        assertThat(order.text("order-total")).isEqualTo(formats.money(Money.of(TrytonValues.decimal(shipped.get("total_amount")), "USD")));
    }

    @Test
    void aPriceChangedInTrytonShowsWithoutWaitingForTheCacheToExpire() {
        TrytonDirect tryton = new TrytonDirect(DATABASE);
        LoginPage.open(browser).signIn("buyer@acme.test", "demo");
        browser.visit("/products/FAS-10002?qty=1000");
        assertThat(new PortalPage(browser).text("qty-price")).as("80 % of the $0.05 list price").contains("$40.00");

        long template = tryton.model("product.product.search_read", List.of(List.of("code", "=", "FAS-10002")), 0, 1, null,
                List.of("template")).get(0).get("template").asLong();
        tryton.model("product.template.write", List.of(template), Map.of("list_price", Map.of("__class__", "Decimal", "decimal", "0.20")));

        // prices are cached for minutes; Tryton's change is polled every 5 s and invalidates them
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            browser.visit("/products/FAS-10002?qty=1000");
            assertThat(new PortalPage(browser).text("qty-price")).contains("$160.00");
        });
    }

    @Test
    void everyBuyerAndRepPageWorksOnTryton() {
        String shipped = new TrytonDirect(DATABASE).salesWithPo("PO-ACME-1001", "number").get(0).get("number").asString();
        jdbc.sql("delete from cart_line where customer_id = 'C1000'").update();
        LoginPage.open(browser).signIn("buyer@acme.test", "demo");
        browser.visit("/products/PLB-10000");
        click("add-to-cart");

        for (String page : List.of("/", "/catalog", "/catalog?q=bolt", "/products/ELE-10001", "/cart", "/checkout", "/orders",
                "/orders/" + shipped, "/orders/" + shipped + "/reorder", "/account/activity")) {
            browser.visit(page);
            assertWorks(page);
        }
        new PortalPage(browser).signOut();
        LoginPage.open(browser).signIn("rep@windowpane.test", "demo");
        for (String page : List.of("/rep/customers", "/rep/orders")) {
            browser.visit(page);
            assertWorks(page);
        }
        assertThat(browser.driver().getPageSource()).contains("Acme Industrial Supply", "Bolt &amp; Beam Fabrication")
                .doesNotContain("Cobalt");
    }

    private void assertWorks(String page) {
        browser.screenshot("tryton" + page.replaceAll("[^A-Za-z0-9]+", "-"));
        assertThat(browser.driver().findElements(By.cssSelector(
                "[data-testid=erp-unavailable], [data-testid=error-erp-unavailable], [data-testid=error-generic]")))
                .as("%s works on Tryton", page).isEmpty();
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

    private void click(String testId) {
        new PortalPage(browser).press(testId);
    }

}
