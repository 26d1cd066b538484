package io.windowpane.cart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.windowpane.support.LoginPage;
import io.windowpane.support.PortalBrowserTest;
import io.windowpane.support.PortalPage;

/** The quick-order pad: a SKU picked from suggestions, each line priced as it is filled, all added at once. */
class QuickOrderPadBrowserTest extends PortalBrowserTest {

    @Autowired
    private JdbcClient jdbc;

    @BeforeEach
    void emptyCart() {
        jdbc.sql("delete from cart_line where customer_id = 'C1000'").update();
        LoginPage.open(browser).signIn("buyer@acme.test", "demo");
    }

    @Test
    void aSkuIsPickedFromSuggestionsEachLineIsPricedAndAllGoToTheCart() {
        browser.visit("/cart/quick-order");
        WebElement sku = browser.driver().findElement(By.id("pad-sku-0"));
        sku.sendKeys("fas-1000");
        waitUntil(d -> !d.findElements(By.cssSelector("#pad-suggestions-0 [data-testid=pad-suggestion]")).isEmpty()
                && d.findElement(By.id("pad-suggestions-0")).isDisplayed());

        sku.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        waitUntil(d -> d.findElement(By.id("pad-sku-0")).getAttribute("value").startsWith("FAS-1000"));
        String picked = browser.driver().findElement(By.id("pad-sku-0")).getAttribute("value");
        browser.driver().findElement(By.id("pad-qty-0")).sendKeys("3");
        waitUntil(d -> d.findElement(By.id("pad-preview-0")).getText().contains("$"));

        browser.driver().findElement(By.id("pad-sku-1")).sendKeys("NOPE-123", Keys.TAB);
        waitUntil(d -> d.findElement(By.id("pad-preview-1")).getText().contains("no product NOPE-123"));
        browser.screenshot("quick-order-pad");

        browser.driver().findElement(By.id("pad-sku-1")).clear();
        new PortalPage(browser).press("pad-submit");
        assertThat(new PortalPage(browser).text("quick-order-outcome")).contains("1 line was added");
        browser.visit("/cart");
        assertThat(browser.driver().findElement(By.cssSelector("tr[data-sku='" + picked + "'] [data-testid=cart-qty]"))
                .getAttribute("value")).isEqualTo("3");
    }

    // waits through htmx swaps: an element found may be replaced before it is read
    private <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }
}
