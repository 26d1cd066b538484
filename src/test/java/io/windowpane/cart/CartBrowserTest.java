package io.windowpane.cart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.windowpane.support.LoginPage;
import io.windowpane.support.PortalBrowserTest;
import io.windowpane.support.PortalPage;

class CartBrowserTest extends PortalBrowserTest {

    @Autowired
    private JdbcClient jdbc;

    @BeforeEach
    void signInWithAnEmptyCart() {
        jdbc.sql("delete from cart_line where customer_id = 'C1000'").update();
        LoginPage.open(browser).signIn("buyer@acme.test", "demo");
    }

    @Test
    void addsFromTheCatalogAndSeesTheBadgeAndTheCart() {
        browser.visit("/catalog?q=nitrile");
        WebElement firstCard = browser.driver().findElement(By.cssSelector("article[data-sku]"));
        String sku = firstCard.getAttribute("data-sku");
        WebElement qty = firstCard.findElement(By.cssSelector("[data-testid=add-qty]"));
        qty.sendKeys(Keys.chord(Keys.CONTROL, "a"), "3");
        firstCard.findElement(By.cssSelector("[data-testid=add-to-cart]")).click();

        waitUntil(() -> firstCard.findElement(By.cssSelector("[data-testid=cart-added]")).getText().contains(sku));
        assertThat(new PortalPage(browser).text("cart-count")).isEqualTo("1");
        browser.screenshot("catalog-added");

        browser.visit("/cart");
        PortalPage cart = new PortalPage(browser);
        assertThat(browser.driver().findElement(By.cssSelector("tr[data-sku='" + sku + "'] [data-testid=cart-qty]"))
                .getAttribute("value")).isEqualTo("3");
        assertThat(cart.text("cart-subtotal")).startsWith("$");
        browser.screenshot("cart");
    }

    @Test
    void anHtmxAttributeStoredInMarketingContentStaysInert() {
        // written around the content service, as an attacker with database access or an old row would
        jdbc.sql("""
                insert into product_content (sku, headline, description_html) values ('SAF-10004', 'Gloves', ?)
                on conflict (sku) do update set description_html = excluded.description_html""")
                .param("<div hx-post=\"/cart/lines\" hx-vals='{\"sku\":\"FAS-10004\",\"qty\":\"9\"}' hx-trigger=\"load\">"
                        + "Load me</div><p>Safe text</p>").update();

        browser.visit("/products/SAF-10004");

        assertThat(browser.driver().findElement(By.cssSelector("[data-testid=product-description]")).getText()).contains("Safe text");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() ->
                jdbc.sql("select count(*) from cart_line where customer_id = 'C1000'").query(Long.class).single() == 0);
        assertThat(browser.driver().findElements(By.cssSelector("[hx-post='/cart/lines'][hx-trigger=load]"))).isEmpty();
        jdbc.sql("delete from product_content where sku = 'SAF-10004'").update();
    }

    @Test
    void addsFromTheProductPageThenChangesAndRemovesLinesInTheCart() {
        browser.visit("/products/FAS-10004");
        browser.driver().findElement(By.cssSelector("[data-testid=add-to-cart]")).click();
        waitUntil(() -> new PortalPage(browser).text("cart-count").equals("1"));
        browser.visit("/products/TLS-10000");
        browser.driver().findElement(By.cssSelector("[data-testid=add-to-cart]")).click();
        waitUntil(() -> new PortalPage(browser).text("cart-count").equals("2"));

        browser.visit("/cart");
        WebElement row = browser.driver().findElement(By.cssSelector("tr[data-sku='FAS-10004']"));
        row.findElement(By.cssSelector("[data-testid=cart-qty]")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "50", Keys.TAB);
        browser.waitUntilGone(row);
        assertThat(browser.driver().findElement(By.cssSelector("tr[data-sku='FAS-10004'] [data-testid=cart-qty]"))
                .getAttribute("value")).isEqualTo("50");
        browser.driver().findElement(By.cssSelector("tr[data-sku='TLS-10000'] [data-testid=cart-remove]")).click();
        waitUntil(() -> browser.driver().findElements(By.cssSelector("tr[data-sku='TLS-10000']")).isEmpty());

        assertThat(new PortalPage(browser).text("cart-count")).isEqualTo("1");
        assertThat(jdbc.sql("select quantity from cart_line where customer_id = 'C1000' and sku = 'FAS-10004'")
                .query(Integer.class).single()).isEqualTo(50);
    }

    private void waitUntil(BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(WebDriverException.class)
                .until(driver -> condition.getAsBoolean());
    }
}
