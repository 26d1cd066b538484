package io.windowpane.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.windowpane.support.Accessibility;
import io.windowpane.support.Browser;
import io.windowpane.support.LoginPage;
import io.windowpane.support.Money;
import io.windowpane.support.PortalBrowserTest;
import io.windowpane.support.PortalPage;
import io.windowpane.support.TestErpSimulator;
import io.windowpane.support.TestMail;

/** An admin invites a buyer for C1010; the e-mail's link sets the password and the buyer sees C1010's prices. */
class PortalUsersBrowserTest extends PortalBrowserTest {

    private final TestErpSimulator simulator = TestErpSimulator.shared();

    @Autowired
    private JdbcClient jdbc;

    private final String email = "buyer." + UUID.randomUUID().toString().substring(0, 8) + "@c1010.invited.test";

    @AfterEach
    void removeInvitedBuyer() {
        jdbc.sql("delete from portal_user where email = ?").param(email).update();
    }

    @Test
    void anInvitedBuyerSetsTheirPasswordFromTheEmailAndSeesTheirCustomersPrices() {
        LoginPage.open(browser).signIn("admin@windowpane.test", "demo");
        browser.visit("/admin/users");
        browser.screenshot("admin-users");
        assertThat(Accessibility.violations(browser)).isEmpty();
        click("invite-user");
        type("invite-email", email);
        type("invite-name", "Carla Cole");
        click("invite-role-BUYER");
        type("invite-customer", "C1010");
        browser.screenshot("admin-invite");
        assertThat(Accessibility.violations(browser)).isEmpty();
        WebElement send = browser.driver().findElement(By.cssSelector("[data-testid=invite-submit]"));
        send.click();
        browser.waitUntilGone(send);

        PortalPage user = new PortalPage(browser);
        assertThat(user.text("sent-link")).contains("An invitation was e-mailed to " + email);
        assertThat(user.text("user-customer-name")).isNotBlank();
        browser.screenshot("admin-user-invited");
        assertThat(Accessibility.violations(browser)).isEmpty();
        user.signOut();

        String link = TestMail.link(TestMail.await(email, 1));
        browser.driver().get(link);
        assertThat(browser.driver().getTitle()).contains("Choose your password");
        type("new-password", "short");
        type("confirm-password", "short");
        click("set-password");
        assertThat(new PortalPage(browser).text("password-problem")).contains("at least 12 characters");
        type("new-password", "green lantern harbour 9");
        type("confirm-password", "green lantern harbour 9");
        browser.screenshot("set-password");
        assertThat(Accessibility.violations(browser)).isEmpty();
        click("set-password");

        assertThat(new PortalPage(browser).text("login-password-set")).contains("Your password is set");
        new LoginPage(browser).signIn(email, "green lantern harbour 9");
        String sku = simulator.skuPricedDifferently("C1010", "C1000");
        browser.visit("/products/" + sku);
        assertThat(new PortalPage(browser).text("price-panel")).contains(Money.shown(simulator.unitPrice("C1010", sku), "USD"))
                .doesNotContain(Money.shown(simulator.unitPrice("C1000", sku), "USD"));
        browser.visit("/account");
        assertThat(new PortalPage(browser).text("my-account")).contains(email).contains("C1010");
        browser.screenshot("my-account");
        assertThat(Accessibility.violations(browser)).isEmpty();
    }

    @Test
    void theUserPagesAndAProductWithImagesFitAPhone() {
        browser.phone();
        LoginPage.open(browser).signIn("admin@windowpane.test", "demo");
        long rep = jdbc.sql("select id from portal_user where email = 'rep@windowpane.test'").query(Long.class).single();
        for (String page : List.of("/admin/users", "/admin/users/new", "/admin/users/" + rep, "/admin/content/products/FAS-10004",
                "/admin/content/banners/new", "/account")) {
            browser.visit(page);
            assertThat(browser.pageWidth()).as(page + ": no sideways scrolling " + browser.widerThanScreen())
                    .isLessThanOrEqualTo(Browser.PHONE_WIDTH);
            assertThat(Accessibility.violations(browser)).as(page).isEmpty();
        }
        browser.visit("/admin/users");
        browser.screenshot("admin-users-phone");
        browser.visit("/admin/users/" + rep);
        browser.screenshot("admin-user-phone");

        new PortalPage(browser).signOut();
        browser.visit("/set-password?token=no-longer-valid");
        assertThat(new PortalPage(browser).text("link-invalid")).contains("This link no longer works");
        assertThat(browser.pageWidth()).isLessThanOrEqualTo(Browser.PHONE_WIDTH);
        assertThat(Accessibility.violations(browser)).isEmpty();
    }

    private void type(String testId, String text) {
        WebElement field = browser.driver().findElement(By.cssSelector("[data-testid=" + testId + "]"));
        field.clear();
        field.sendKeys(text);
    }

    private void click(String testId) {
        WebElement element = browser.driver().findElement(By.cssSelector("[data-testid=" + testId + "]"));
        boolean leavesThePage = !"INPUT".equalsIgnoreCase(element.getTagName());
        element.click();
        if (leavesThePage) {
            browser.waitUntilGone(element);
        }
    }
}
