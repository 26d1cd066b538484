package io.windowpane.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.windowpane.support.Accessibility;
import io.windowpane.support.LoginPage;
import io.windowpane.support.PortalBrowserTest;
import io.windowpane.support.PortalPage;

/** An admin publishes a content page through the form; buyers find it in the footer, and no XSS payload in it runs. */
class ContentPagesBrowserTest extends PortalBrowserTest {

    @Autowired
    private JdbcClient jdbc;

    @AfterEach
    void removeTestPages() {
        jdbc.sql("delete from content_page where slug like 'test-web-%'").update();
    }

    @Test
    void aPublishedPageWithTheXssCorpusIsInTheFooterAndRunsNothing() {
        String slug = "test-web-" + UUID.randomUUID().toString().substring(0, 8);
        String corpus = XssCorpus.PAYLOADS.stream().map(payload -> "<div>" + payload + "</div>").collect(Collectors.joining("\n"));
        LoginPage.open(browser).signIn("admin@windowpane.test", "demo");
        browser.visit("/admin/content/pages/new");
        type("page-title-input", "Help and FAQ");
        type("page-slug-input", slug);
        WebElement body = browser.driver().findElement(By.cssSelector("[data-testid=page-body-input]"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", body,
                "<h2>Ordering</h2><p>Use <b>quick order</b> for long lists.</p>" + corpus);
        browser.driver().findElement(By.cssSelector("[data-testid=page-published]")).click();
        browser.screenshot("admin-page-form");
        assertThat(Accessibility.violations(browser)).isEmpty();
        WebElement save = browser.driver().findElement(By.cssSelector("[data-testid=page-save]"));
        save.click();
        browser.waitUntilGone(save);
        assertThat(new PortalPage(browser).text("admin-pages")).contains("Help and FAQ").contains("/pages/" + slug);
        assertThat(Accessibility.violations(browser)).isEmpty();

        new PortalPage(browser).signOut().signIn("buyer@acme.test", "demo");
        WebElement link = browser.driver().findElement(By.cssSelector("[data-testid=footer-pages] a[href='/pages/" + slug + "']"));
        link.click();
        browser.waitUntilGone(link);

        PortalPage page = new PortalPage(browser);
        assertThat(page.text("content-page-title")).isEqualTo("Help and FAQ");
        assertThat(page.text("content-page-body")).contains("Use quick order for long lists.");
        assertThat(XssCorpus.ran(browser)).as("no payload ran").isFalse();
        assertThat(XssCorpus.alertShown(browser)).isFalse();
        assertThat(browser.path()).isEqualTo("/pages/" + slug);
        WebElement shown = browser.driver().findElement(By.cssSelector("[data-testid=content-page-body]"));
        assertThat(XssCorpus.activeMarkup(browser, shown)).isEmpty();
        browser.screenshot("content-page");
        assertThat(Accessibility.violations(browser)).isEmpty();
    }

    private void type(String testId, String text) {
        browser.driver().findElement(By.cssSelector("[data-testid=" + testId + "]")).sendKeys(text);
    }
}
