package io.windowpane.support;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The sign-in page, as a person uses it. */
public final class LoginPage {

    private final Browser browser;

    public LoginPage(Browser browser) {
        this.browser = browser;
    }

    public static LoginPage open(Browser browser) {
        browser.visit("/login");
        return new LoginPage(browser);
    }

    public void signIn(String email, String password) {
        WebDriver driver = browser.driver();
        driver.findElement(By.id("username")).clear();
        driver.findElement(By.id("username")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(password);
        WebElement submit = driver.findElement(By.cssSelector("[data-testid=sign-in]"));
        submit.click();
        // the form posts and the browser moves on to a new page (home, or the login page with a message)
        browser.waitUntilGone(submit);
    }

    public boolean showsWrongPassword() {
        return !browser.driver().findElements(By.cssSelector("[data-testid=login-error]")).isEmpty();
    }

    public boolean showsLocked() {
        return !browser.driver().findElements(By.cssSelector("[data-testid=login-locked]")).isEmpty();
    }

    public boolean showsSignedOut() {
        return !browser.driver().findElements(By.cssSelector("[data-testid=login-signed-out]")).isEmpty();
    }

    public String lockedMessage() {
        return browser.driver().findElement(By.cssSelector("[data-testid=login-locked]")).getText();
    }
}
