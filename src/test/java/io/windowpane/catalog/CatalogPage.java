package io.windowpane.catalog;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import io.windowpane.support.Browser;
import io.windowpane.support.PortalPage;

/** The catalog list as a buyer uses it. */
class CatalogPage extends PortalPage {

    CatalogPage(Browser browser) {
        super(browser);
    }

    static CatalogPage open(Browser browser, String query) {
        browser.visit("/catalog" + query);
        return new CatalogPage(browser);
    }

    /** Types into the search box and waits until htmx has swapped in results for the new text. */
    void typeSearch(String text) {
        WebElement results = browser.driver().findElement(By.id("catalog-results"));
        WebElement box = browser.driver().findElement(By.cssSelector("[data-testid=catalog-search]"));
        box.clear();
        box.sendKeys(text);
        browser.waitUntilGone(results);
    }

    List<String> productNames() {
        return all("product-link").stream().map(WebElement::getText).toList();
    }

    List<String> skus() {
        return browser.driver().findElements(By.cssSelector("article[data-sku]")).stream()
                .map(card -> card.getAttribute("data-sku")).toList();
    }

    String pagePosition() {
        return text("page-position");
    }

    void next() {
        WebElement next = browser.driver().findElement(By.cssSelector("[data-testid=page-next]"));
        // followed from the keyboard, as a keyboard user would: no pointer position for lazy images to shift
        next.sendKeys(Keys.ENTER);
        browser.waitUntilGone(next);
    }

    ProductPage openFirstProduct() {
        browser.driver().findElements(By.cssSelector("[data-testid=product-link]")).get(0).click();
        return new ProductPage(browser);
    }
}
