package io.windowpane.acting;

import org.openqa.selenium.WebElement;

import io.windowpane.support.Browser;
import io.windowpane.support.PortalPage;

/** The banner every page shows while acting for a customer. */
class ActingBanner extends PortalPage {

    ActingBanner(Browser browser) {
        super(browser);
    }

    boolean isShown() {
        return shows("acting-banner");
    }

    String customer() {
        return text("acting-customer");
    }

    String who() {
        return text("acting-who");
    }

    String reason() {
        return text("acting-reason");
    }

    String timeLeft() {
        return text("acting-time-left");
    }

    RepWorkspacePage exit() {
        WebElement exit = all("acting-exit").get(0);
        exit.click();
        browser.waitUntilGone(exit);
        return new RepWorkspacePage(browser);
    }
}
