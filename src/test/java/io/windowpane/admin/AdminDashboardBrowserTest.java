package io.windowpane.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import io.windowpane.support.Accessibility;
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
        assertThat(Accessibility.violations(browser)).isEmpty();

        assertThat(dashboard.signOut().showsSignedOut()).isTrue();
    }

    @Test
    void anAdminReadsTheAuditLogFilteredByPerson() {
        LoginPage.open(browser).signIn("admin@windowpane.test", "demo");

        browser.visit("/admin/audit?user=admin@windowpane.test&action=SIGNED_IN");

        PortalPage audit = new PortalPage(browser);
        assertThat(audit.text("audit")).contains("admin@windowpane.test").contains("Signed in");
        assertThat(audit.all("audit").get(0).findElements(org.openqa.selenium.By.cssSelector("tbody tr")))
                .allSatisfy(row -> assertThat(row.getAttribute("data-action")).isEqualTo("SIGNED_IN"));
        browser.screenshot("admin-audit");
        assertThat(Accessibility.violations(browser)).isEmpty();
    }
}
