package io.windowpane.acting;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.windowpane.support.Browser;
import io.windowpane.support.PortalPage;

/** The page that asks a rep why they act for the customer, and starts acting. */
class ActingStartPage extends PortalPage {

    ActingStartPage(Browser browser) {
        super(browser);
    }

    String customer() {
        return text("acting-start-customer");
    }

    /** Chooses the reason by its label, e.g. "Phone order", and starts acting; lands on the customer's home page. */
    ActingBanner start(String reason) {
        browser.driver().findElement(By.xpath("//label[normalize-space()='" + reason + "']")).click();
        WebElement submit = browser.driver().findElement(By.cssSelector("[data-testid=acting-start-submit]"));
        submit.click();
        browser.waitUntilGone(submit);
        return new ActingBanner(browser);
    }
}
