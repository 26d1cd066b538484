package io.windowpane.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A browser test against the whole portal: a fresh headless Chromium per test, closed afterwards. */
@PortalTest
public abstract class PortalBrowserTest {

    @LocalServerPort
    private int port;

    protected Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open("http://localhost:" + port);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
