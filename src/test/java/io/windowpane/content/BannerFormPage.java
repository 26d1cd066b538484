package io.windowpane.content;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import io.windowpane.support.Browser;
import io.windowpane.support.PortalPage;

/** The admin's banner form, as an admin fills it in. */
class BannerFormPage extends PortalPage {

    BannerFormPage(Browser browser) {
        super(browser);
    }

    static BannerFormPage openNew(Browser browser) {
        browser.visit("/admin/content/banners/new");
        return new BannerFormPage(browser);
    }

    BannerFormPage title(String title) {
        type("banner-title-input", title);
        return this;
    }

    BannerFormPage audience(String customerIds) {
        type("banner-audience-input", customerIds);
        return this;
    }

    /** Puts the text in as pasted (typing thousands of characters key by key is slow and changes nothing). */
    BannerFormPage body(String html) {
        WebElement body = browser.driver().findElement(By.cssSelector("[data-testid=banner-body-input]"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", body, html);
        return this;
    }

    BannerFormPage published() {
        WebElement box = browser.driver().findElement(By.cssSelector("[data-testid=banner-published]"));
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    /** Saves; lands on the banner list (or this form again, with the reasons). */
    PortalPage save() {
        WebElement save = browser.driver().findElement(By.cssSelector("[data-testid=banner-save]"));
        save.click();
        browser.waitUntilGone(save);
        return new PortalPage(browser);
    }

    private void type(String testId, String text) {
        WebElement input = browser.driver().findElement(By.cssSelector("[data-testid=" + testId + "]"));
        input.clear();
        input.sendKeys(text);
    }
}
