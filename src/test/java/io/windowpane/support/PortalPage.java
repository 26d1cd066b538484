package io.windowpane.support;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

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
