package io.windowpane.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import io.windowpane.support.LoginPage;
import io.windowpane.support.PortalBrowserTest;
import io.windowpane.support.PortalPage;

class AdminDashboardBrowserTest extends PortalBrowserTest {

    @Test
    void anAdminSeesThePortalUsersAndThatTheErpAnswersThenSignsOut() {
        LoginPage.open(browser).signIn("admin@windowpane.test", "demo");
        PortalPage dashboard = new PortalPage(browser);

        assertThat(browser.path()).isEqualTo("/admin");
        assertThat(dashboard.all("admin-user-email")).extracting(WebElement::getText)
                .contains("buyer@acme.test", "buyer@bolt.test", "rep@windowpane.test", "admin@windowpane.test");
        assertThat(dashboard.shows("erp-status-up")).isTrue();
        browser.screenshot("admin-dashboard");

        assertThat(dashboard.signOut().showsSignedOut()).isTrue();
    }
}
