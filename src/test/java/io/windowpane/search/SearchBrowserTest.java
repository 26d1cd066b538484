package io.windowpane.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.windowpane.support.LoginPage;
import io.windowpane.support.PortalBrowserTest;
import io.windowpane.support.PortalPage;

/** Searching the catalog as a buyer types: plurals, suggestions while typing, a misspelling, the list layout. */
class SearchBrowserTest extends PortalBrowserTest {

    @BeforeEach
    void signIn() {
        LoginPage.open(browser).signIn("buyer@acme.test", "demo");
    }

    @Test
    void boltsFindsBolts() {
        browser.visit("/catalog");
        browser.driver().findElement(By.id("catalog-q")).sendKeys("bolts", Keys.ENTER);

        List<String> names = waitFor(() -> browser.driver().findElements(By.cssSelector("[data-testid=product-link]")).stream()
                .map(WebElement::getText).toList(), found -> !found.isEmpty() && browser.driver().getCurrentUrl().contains("q=bolts"));
        assertThat(names).allSatisfy(name -> assertThat(name).containsIgnoringCase("bolt"));
    }

    @Test
    void suggestionsWhileTypingOfferTheItemsAndOneIsPickedWithTheKeyboard() {
        browser.visit("/catalog");
        WebElement box = browser.driver().findElement(By.id("catalog-q"));
        box.sendKeys("fas-1000");

        // the list is shown once htmx has settled it; its text is read as a whole after that (read while it is still
        // being shown, an option is empty: failed once under load)
        List<String> skus = waitFor(() -> browser.driver().findElement(By.id("catalog-suggestions")).isDisplayed()
                ? browser.driver().findElements(By.cssSelector("[data-testid=suggestion] small")).stream()
                        .map(option -> option.getAttribute("textContent").strip()).toList()
                : List.<String>of(), found -> !found.isEmpty() && found.stream().allMatch(sku -> sku.startsWith("FAS-1000")));
        assertThat(skus).allSatisfy(sku -> assertThat(sku).startsWith("FAS-1000"));
        String firstName = browser.driver().findElement(By.cssSelector("[data-testid=suggestion]")).getAttribute("data-value");
        browser.screenshot("catalog-suggestions");

        browser.driver().findElement(By.id("catalog-q")).sendKeys(Keys.ARROW_DOWN);
        assertThat(browser.driver().findElement(By.id("catalog-q")).getAttribute("aria-activedescendant")).isEqualTo("catalog-suggestion-0");
        browser.driver().findElement(By.id("catalog-q")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(d ->
                firstName.equals(d.findElement(By.id("catalog-q")).getAttribute("value")));
        String first = waitFor(() -> browser.driver().findElement(By.cssSelector("[data-testid=product-link]")).getText(),
                name -> name.equals(firstName));
        assertThat(first).isEqualTo(firstName);
    }

    @Test
    void aMisspeltSearchOffersTheCorrection() {
        browser.visit("/catalog?q=hex+blot");

        assertThat(new PortalPage(browser).text("did-you-mean")).contains("hex bolt");
        browser.driver().findElement(By.cssSelector("[data-testid=did-you-mean] a")).click();
        assertThat(browser.driver().findElements(By.cssSelector("[data-testid=product-link]"))).isNotEmpty();
    }

    @Test
    void theListLayoutIsChosenAndRemembered() {
        browser.visit("/catalog?q=washer");
        new PortalPage(browser).press("layout-list");
        assertThat(browser.has("[data-testid=catalog-rows]")).isTrue();
        browser.screenshot("catalog-list-layout");

        browser.visit("/catalog?q=anchor");
        assertThat(browser.has("[data-testid=catalog-rows]")).as("remembered").isTrue();
        assertThat(browser.has("[data-testid=catalog-items]")).isFalse();
        new PortalPage(browser).press("layout-grid");
        assertThat(browser.has("[data-testid=catalog-items]")).isTrue();
    }

    @Test
    void aPageOfProductsOnAPhoneIsNotAnEndlessScroll() {
        browser.phone();
        browser.visit("/catalog");
        long cards = (Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return document.querySelectorAll('[data-testid=catalog-items] article').length;");
        long height = (Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollHeight;");
        browser.screenshot("catalog-phone-cards");

        assertThat(cards).isEqualTo(24);
        // cards lie on their side on a phone: about 250 px a product instead of 460 (11,000 px a page before)
        assertThat(height).as("page height at 390 px").isLessThan(8_000);
    }

    private <T> T waitFor(java.util.function.Supplier<T> read, java.util.function.Predicate<T> done) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    T value = read.get();
                    return done.test(value) ? value : null;
                });
    }
}
