package io.windowpane.content;

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
import io.windowpane.support.PortalBrowserTest;
import io.windowpane.support.PortalPage;

/**
 * Banners in a real browser: an admin aims one at C1000 and only Acme's buyer sees it; and a corpus of XSS
 * payloads saved through the banner form runs nothing and leaves no active markup in the buyer's page.
 */
class BannersBrowserTest extends PortalBrowserTest {

    private static final String PREFIX = "test-banner-web ";



    @Autowired
    private JdbcClient jdbc;

    @AfterEach
    void removeTestBanners() {
        jdbc.sql("delete from banner where title like ?").param(PREFIX + "%").update();
    }

    @Test
    void anAdminAimsABannerAtC1000AndOnlyAcmesBuyerSeesIt() {
        String title = PREFIX + UUID.randomUUID().toString().substring(0, 8);
        LoginPage.open(browser).signIn("admin@windowpane.test", "demo");
        BannerFormPage form = BannerFormPage.openNew(browser).title(title).audience("C1000")
                .body("<p>Spring sale on <b>fasteners</b>: 10% off until Friday.</p>").published();
        browser.screenshot("admin-banner-form");
        assertThat(Accessibility.violations(browser)).isEmpty();

        PortalPage list = form.save();

        assertThat(list.text("banner-saved")).isNotBlank();
        assertThat(list.text("admin-banners")).contains(title).contains("C1000").contains("Live");
        assertThat(list.all("banner-status").get(0).getCssValue("background-color")).as("the status badge is visible")
                .isNotEqualTo("rgba(0, 0, 0, 0)");
        browser.screenshot("admin-banners");
        assertThat(Accessibility.violations(browser)).isEmpty();

        list.signOut().signIn("buyer@acme.test", "demo");
        assertThat(new PortalPage(browser).text("banners")).contains(title).contains("fasteners");
        browser.screenshot("buyer-home-banner");
        assertThat(Accessibility.violations(browser)).isEmpty();

        new PortalPage(browser).signOut().signIn("buyer@bolt.test", "demo");
        assertThat(browser.driver().getPageSource()).doesNotContain(title);
    }

    @Test
    void theAdminsContentPagesAndTheBuyersBannerFitAPhone() {
        String title = PREFIX + UUID.randomUUID().toString().substring(0, 8);
        browser.phone();
        LoginPage.open(browser).signIn("admin@windowpane.test", "demo");
        BannerFormPage form = BannerFormPage.openNew(browser).title(title).audience("C1000")
                .body("<p>Spring sale on <b>fasteners</b>.</p>").published();
        assertThat(browser.pageWidth()).as("banner form" + " " + browser.widerThanScreen()).isLessThanOrEqualTo(Browser.PHONE_WIDTH);
        form.save();
        for (String page : List.of("/admin/content/banners", "/admin/content/products", "/admin/content/pages", "/admin/audit")) {
            browser.visit(page);
            assertThat(browser.pageWidth()).as(page + ": no sideways scrolling" + " " + browser.widerThanScreen()).isLessThanOrEqualTo(Browser.PHONE_WIDTH);
            assertThat(Accessibility.violations(browser)).as(page).isEmpty();
        }
        browser.visit("/admin/content/banners");
        browser.screenshot("admin-banners-phone");

        new PortalPage(browser).signOut().signIn("buyer@acme.test", "demo");
        assertThat(new PortalPage(browser).text("banners")).contains(title);
        assertThat(browser.pageWidth()).as("buyer home" + " " + browser.widerThanScreen()).isLessThanOrEqualTo(Browser.PHONE_WIDTH);
        browser.screenshot("buyer-home-banner-phone");
        browser.visit("/account/activity");
        assertThat(browser.pageWidth()).as("account activity" + " " + browser.widerThanScreen()).isLessThanOrEqualTo(Browser.PHONE_WIDTH);
        assertThat(Accessibility.violations(browser)).isEmpty();
    }

    @Test
    void noPayloadOfTheXssCorpusSavedThroughTheBannerFormRunsForTheBuyer() {
        assertThat(XssCorpus.PAYLOADS).hasSizeGreaterThanOrEqualTo(30);
        LoginPage.open(browser).signIn("admin@windowpane.test", "demo");
        for (int i = 0; i < XssCorpus.PAYLOADS.size(); i++) {
            BannerFormPage.openNew(browser).title(PREFIX + "xss " + i).audience("C1000")
                    .body("<p>payload " + i + "</p>" + XssCorpus.PAYLOADS.get(i)).published().save();
        }

        new PortalPage(browser).signOut().signIn("buyer@acme.test", "demo");
        List<WebElement> bodies = browser.driver().findElements(By.cssSelector("[data-testid=banner-body]"));

        assertThat(bodies).hasSizeGreaterThanOrEqualTo(XssCorpus.PAYLOADS.size());
        assertThat(XssCorpus.ran(browser)).as("no payload ran").isFalse();
        assertThat(XssCorpus.alertShown(browser)).isFalse();
        assertThat(browser.path()).as("nothing navigated away").isEqualTo("/");
        for (WebElement body : bodies) {
            assertThat(XssCorpus.activeMarkup(browser, body)).as(body.getAttribute("innerHTML")).isEmpty();
        }
    }

}
