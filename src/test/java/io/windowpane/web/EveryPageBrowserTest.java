package io.windowpane.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import io.windowpane.support.Accessibility;
import io.windowpane.support.LoginPage;
import io.windowpane.support.PortalBrowserTest;
import io.windowpane.support.PortalPage;

/**
 * Every page of every role, at a desktop's width and a phone's (390 px): axe-core finds no WCAG 2.1 A/AA
 * violation, and neither a page nor a box in it scrolls sideways (a table too wide for a phone is shown as cards).
 * A screenshot of each is kept under target/screenshots/pages.
 */
class EveryPageBrowserTest extends PortalBrowserTest {

    @Test
    void signedOutPages() {
        assertEveryPage("public", List.of("/login", "/set-password?token=not-a-real-token"));
    }

    @Test
    void buyerPages() {
        LoginPage.open(browser).signIn("buyer@acme.test", "demo");
        for (String sku : List.of("FAS-10000", "PLB-10001", "ELE-10003")) {
            browser.visit("/products/" + sku);
            new PortalPage(browser).press("add-to-cart");
        }
        browser.visit("/orders");
        String order = browser.driver().findElement(By.cssSelector("[data-testid=order-link]")).getText();
        browser.visit("/cart");
        browser.driver().findElement(By.id("save-as-list-name")).sendKeys("Every page " + System.nanoTime());
        new PortalPage(browser).press("save-cart-as-list-submit");
        String list = browser.path();
        browser.visit("/invoices?status=PAID");
        String invoice = browser.driver().findElement(By.cssSelector("[data-testid=invoice-link]")).getText();
        assertEveryPage("buyer", List.of("/", "/catalog?q=hex+bolt", "/catalog?q=no-such-thing-at-all",
                "/products/FAS-10000?qty=120", "/cart", "/cart/quick-order", "/checkout", "/orders", "/orders/" + order,
                "/orders/" + order + "/reorder", "/lists", list, "/invoices", "/invoices?status=PAID", "/invoices/" + invoice,
                "/account/statement", "/account/activity", "/account"));
    }

    @Test
    void onAPhoneTheQuantityControlsAndTotalsOfTheLinePagesAreInView() {
        LoginPage.open(browser).signIn("buyer@bolt.test", "demo");
        browser.visit("/products/PLB-10001");
        new PortalPage(browser).press("add-to-cart");
        browser.visit("/orders");
        String order = browser.driver().findElement(By.cssSelector("[data-testid=order-link]")).getText();
        browser.phone();

        browser.visit("/cart");
        assertInView("cart-qty", "cart-line-total", "cart-subtotal", "to-checkout");
        assertThat(browser.driver().findElement(By.cssSelector("[data-testid=cart-qty]")).getSize().getWidth())
                .as("a quantity box wide enough to read").isGreaterThanOrEqualTo(64);
        browser.visit("/checkout");
        assertInView("order-total", "place-order");
        browser.visit("/orders");
        assertInView("order-total");
        browser.visit("/orders/" + order);
        assertInView("order-total");
        browser.visit("/orders/" + order + "/reorder");
        assertInView("today-price");
        browser.visit("/invoices");
        assertInView("invoice-open");
        browser.driver().findElement(By.cssSelector("[data-testid=invoice-link]")).click();
        assertInView("invoice-total", "invoice-open-amount", "invoice-pdf");
        browser.visit("/account/statement");
        assertInView("aging-total", "statement-closing");
    }

    /** Shown, and wholly within the phone's width; a screenshot of the page as a phone shows it. */
    private void assertInView(String... testIds) {
        browser.screenshot("pages/phone" + browser.path().replaceAll("[^A-Za-z0-9]+", "-"));
        for (String testId : testIds) {
            org.openqa.selenium.WebElement element = browser.driver().findElement(By.cssSelector("[data-testid=" + testId + "]"));
            assertThat(element.isDisplayed()).as("%s on %s", testId, browser.path()).isTrue();
            assertThat(element.getRect().getX() + element.getRect().getWidth()).as("%s within the screen on %s", testId, browser.path())
                    .isLessThanOrEqualTo((int) browser.viewportWidth());
        }
    }

    @Test
    void salesRepPages() {
        LoginPage.open(browser).signIn("rep@windowpane.test", "demo");
        assertEveryPage("rep", List.of("/rep/customers", "/rep/orders", "/rep/activity", "/account"));
    }

    @Test
    void adminPages() {
        LoginPage.open(browser).signIn("admin@windowpane.test", "demo");
        assertEveryPage("admin", List.of("/admin", "/admin/integration", "/admin/audit", "/admin/users", "/admin/users/new",
                "/admin/content/banners", "/admin/content/banners/new", "/admin/content/products",
                "/admin/content/products/FAS-10000", "/admin/content/products/import", "/admin/content/pages",
                "/admin/content/pages/new", "/rep/acting", "/account"));
    }

    /** Every page at both widths; all findings are collected first, so one run names them all. */
    private void assertEveryPage(String role, List<String> pages) {
        List<String> findings = new ArrayList<>();
        check(role, "desktop", pages, findings);
        browser.phone();
        check(role, "phone", pages, findings);
        assertThat(findings).isEmpty();
    }

    private void check(String role, String width, List<String> pages, List<String> findings) {
        for (String page : pages) {
            browser.visit(page);
            browser.screenshot("pages/" + role + "-" + width + page.replaceAll("[^A-Za-z0-9]+", "-"));
            String where = role + " " + width + " " + page + ": ";
            if (browser.has("[data-testid^=error-]")) {
                findings.add(where + "an error page");
            }
            Accessibility.violations(browser).forEach(violation -> findings.add(where + violation));
            browser.scrollingSideways().forEach(box -> findings.add(where + "a box scrolls sideways: " + box));
            if (browser.pageWidth() > browser.viewportWidth()) {
                findings.add(where + "scrolls sideways (" + browser.pageWidth() + " px) because of " + browser.widerThanScreen());
            } else {
                // the page does not scroll, yet something may still reach past the screen's edge, cut off
                browser.widerThanScreen().forEach(box -> findings.add(where + "cut off at the screen's edge: " + box));
            }
        }
    }
}
