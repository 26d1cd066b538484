package io.windowpane.catalog;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.windowpane.support.Browser;
import io.windowpane.support.PortalPage;

/** A product page as a buyer uses it. */
class ProductPage extends PortalPage {

    ProductPage(Browser browser) {
        super(browser);
    }

    static ProductPage open(Browser browser, String sku) {
        browser.visit("/products/" + sku);
        return new ProductPage(browser);
    }

    String sku() {
        return text("product-sku");
    }

    /** Types a quantity and waits until the price line shows it. */
    void enterQuantity(int qty) {
        WebElement input = browser.driver().findElement(By.cssSelector("[data-testid=qty]"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(qty));
        // htmx swaps the price line in: an element found may be replaced before its text is read
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(driver -> text("qty-price").startsWith(qty + " "));
    }

    String quantityPrice() {
        return text("qty-price");
    }

    /** The break rows: minimum quantity and unit price text. */
    List<String[]> breaks() {
        return browser.driver().findElements(By.cssSelector("[data-testid=price-breaks] tbody tr")).stream()
                .map(row -> new String[] {row.getAttribute("data-min-qty"), row.findElements(By.tagName("td")).get(1).getText()})
                .toList();
    }

    /** Waits until the break table marks the break starting at this quantity. */
    void awaitHighlightedBreak(String minQty) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(driver -> minQty.equals(highlightedBreak()));
    }

    String highlightedBreak() {
        return browser.driver().findElement(By.cssSelector("[data-testid=price-breaks] tr.table-success")).getAttribute("data-min-qty");
    }
}
