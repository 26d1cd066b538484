package io.windowpane.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.windowpane.support.LoginPage;
import io.windowpane.support.PortalBrowserTest;
import io.windowpane.support.PortalPage;

/** The portal with a keyboard: a skip link first, the current page marked, and focus kept where the buyer works. */
class KeyboardBrowserTest extends PortalBrowserTest {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void theFirstTabReachesASkipLinkThatLeadsIntoThePage() {
        LoginPage.open(browser).signIn("buyer@acme.test", "demo");
        browser.visit("/catalog");

        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        WebElement skip = focused();
        assertThat(skip.getAttribute("data-testid")).isEqualTo("skip-link");
        assertThat(skip.isDisplayed()).as("visible once focused").isTrue();
        skip.sendKeys(Keys.ENTER);
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();

        assertThat(focused().getAttribute("id")).as("the next Tab is inside the page, past the navigation").isNotEqualTo("cart-badge");
        assertThat((Boolean) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.getElementById('main').contains(document.activeElement);")).isTrue();
    }

    @Test
    void theNavigationMarksTheCurrentPage() {
        LoginPage.open(browser).signIn("buyer@acme.test", "demo");

        browser.visit("/products/FAS-10000");
        assertThat(current()).isEqualTo("Catalog");
        browser.visit("/orders");
        assertThat(current()).isEqualTo("Orders");
        browser.visit("/cart");
        assertThat(current()).startsWith("Cart");
    }

    @Test
    void changingACartQuantityByKeyboardKeepsFocusOnThatLine() {
        jdbc.sql("delete from cart_line where customer_id = 'C1000'").update();
        LoginPage.open(browser).signIn("buyer@acme.test", "demo");
        browser.visit("/products/FAS-10004");
        new PortalPage(browser).press("add-to-cart");
        browser.visit("/cart");
        WebElement quantity = browser.driver().findElement(By.id("qty-FAS-10004"));
        String before = browser.driver().findElement(By.cssSelector("[data-testid=cart-line-total]")).getText();

        quantity.sendKeys(Keys.chord(Keys.CONTROL, "a"), "7", Keys.TAB);

        // htmx replaces the cart while this looks: an element found may be gone before its text is read
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(d ->
                !d.findElement(By.cssSelector("[data-testid=cart-line-total]")).getText().equals(before));
        assertThat(focused().getAttribute("id")).as("focus stays on the line after the swap").isEqualTo("update-FAS-10004");
    }

    @Test
    void removingACartLineByKeyboardMovesFocusToWhatWasRemovedWithUndo() {
        jdbc.sql("delete from cart_line where customer_id = 'C1000'").update();
        LoginPage.open(browser).signIn("buyer@acme.test", "demo");
        for (String sku : new String[] {"FAS-10004", "FAS-10000"}) {
            browser.visit("/products/" + sku);
            new PortalPage(browser).press("add-to-cart");
        }
        browser.visit("/cart");
        WebElement remove = browser.driver().findElement(By.cssSelector("tr[data-sku=FAS-10004] [data-testid=cart-remove]"));

        remove.sendKeys(Keys.ENTER);

        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(d ->
                "cart-removed".equals(focused().getAttribute("data-testid")));
        assertThat(focused().getText()).contains("FAS-10004");
        assertThat(browser.has("tr[data-sku=FAS-10004]")).as("the line is gone").isFalse();
        browser.screenshot("cart-line-removed");

        focused().sendKeys(Keys.TAB);
        assertThat(focused().getAttribute("data-testid")).as("Undo is the next stop").isEqualTo("cart-undo-remove");
        focused().sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).withMessage("Undo puts the line back")
                .until(d -> browser.has("tr[data-sku=FAS-10004]"));
    }

    private WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    private String current() {
        return browser.driver().findElement(By.cssSelector(".wp-navbar [aria-current=page]")).getText();
    }
}
