package io.windowpane.support;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every signed-in page has: the navigation with the user, and text by test id. */
public class PortalPage {

    protected final Browser browser;

    public PortalPage(Browser browser) {
        this.browser = browser;
    }

    public String text(String testId) {
        return browser.driver().findElement(By.cssSelector("[data-testid=" + testId + "]")).getText();
    }

    public List<WebElement> all(String testId) {
        return browser.driver().findElements(By.cssSelector("[data-testid=" + testId + "]"));
    }

    public boolean shows(String testId) {
        return !all(testId).isEmpty();
    }

    /**
     * Clicks an element and waits for what it does: "Add to cart" (htmx) until the page says the item was added,
     * anything else until the page it was on is gone.
     */
    public void press(String testId) {
        WebElement element = browser.driver().findElement(By.cssSelector("[data-testid=" + testId + "]"));
        element.click();
        if ("add-to-cart".equals(testId)) {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> !d.findElements(By.cssSelector("[data-testid=cart-added]")).isEmpty());
        } else {
            browser.waitUntilGone(element);
        }
    }

    public String signedInUser() {
        return text("current-user");
    }

    public LoginPage signOut() {
        WebElement signOut = browser.driver().findElement(By.cssSelector("[data-testid=logout]"));
        signOut.click();
        browser.waitUntilGone(signOut);
        return new LoginPage(browser);
    }
}
