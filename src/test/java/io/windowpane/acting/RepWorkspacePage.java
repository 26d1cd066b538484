package io.windowpane.acting;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.windowpane.support.Browser;
import io.windowpane.support.PortalPage;

/** A rep's workspace (/rep/customers) as the rep uses it. */
class RepWorkspacePage extends PortalPage {

    RepWorkspacePage(Browser browser) {
        super(browser);
    }

    static RepWorkspacePage open(Browser browser) {
        browser.visit("/rep/customers");
        return new RepWorkspacePage(browser);
    }

    boolean lists(String customerId) {
        return !browser.driver().findElements(By.cssSelector("tr[data-customer-id=" + customerId + "]")).isEmpty();
    }

    ActingStartPage actAs(String customerId) {
        WebElement act = browser.driver().findElement(By.cssSelector("tr[data-customer-id=" + customerId + "] [data-testid=act-as]"));
        act.click();
        browser.waitUntilGone(act);
        return new ActingStartPage(browser);
    }
}
