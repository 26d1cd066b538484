package io.windowpane.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import io.windowpane.support.Accessibility;
import io.windowpane.support.LoginPage;
import io.windowpane.support.PortalBrowserTest;
import io.windowpane.support.PortalPage;

/** An admin finds an ERP item and writes its content; the buyer's product page shows it, and no XSS payload runs. */
class ProductContentBrowserTest extends PortalBrowserTest {

    private static final String SKU = "PLB-10002";

    @Autowired
    private ProductContents contents;

    @AfterEach
    void removeTestContent() {
        // through the service, so that what catalog pages keep of the products is forgotten too
        List.of(SKU, "PLB-10003").forEach(contents::delete);
    }

    @Test
    void anAdminUploadsAnImageAndTheBuyersCatalogCardAndProductPageShowIt(@TempDir Path folder) throws Exception {
        Path photo = Files.write(folder.resolve("ball-valve.jpg"), TestFiles.jpeg(1600, 1000, 42));
        LoginPage.open(browser).signIn("admin@windowpane.test", "demo");
        browser.visit("/admin/content/products/" + SKU);
        browser.driver().findElement(By.cssSelector("[data-testid=product-headline-input]")).sendKeys("Brass ball valve");
        WebElement save = browser.driver().findElement(By.cssSelector("[data-testid=product-content-save]"));
        save.click();
        browser.waitUntilGone(save);
        browser.visit("/admin/content/products/" + SKU);
        browser.driver().findElement(By.cssSelector("[data-testid=image-file]")).sendKeys(photo.toString());
        WebElement upload = browser.driver().findElement(By.cssSelector("[data-testid=upload-image]"));
        upload.click();
        browser.waitUntilGone(upload);

        PortalPage admin = new PortalPage(browser);
        assertThat(admin.text("media-notice")).contains("ball-valve.jpg is added");
        assertThat(admin.text("product-images")).contains("Main image");
        browser.screenshot("admin-product-images");
        assertThat(Accessibility.violations(browser)).isEmpty();

        admin.signOut().signIn("buyer@acme.test", "demo");
        browser.visit("/catalog?q=" + SKU);
        WebElement card = browser.driver().findElement(By.cssSelector("article[data-sku='" + SKU + "'] img"));
        assertThat(card.getAttribute("src")).contains("/media/");
        assertThat(loadedWidth(card)).isEqualTo(400);
        assertThat(card.getAttribute("alt")).isEqualTo("Brass ball valve");
        Object cacheControl = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => done(r.headers.get('cache-control')));",
                card.getAttribute("src"));
        assertThat(cacheControl).asString().contains("max-age=31536000").contains("immutable");
        browser.screenshot("catalog-with-product-image");

        browser.visit("/products/" + SKU);
        WebElement main = browser.driver().findElement(By.cssSelector("[data-testid=product-main-image]"));
        assertThat(main.getAttribute("src")).contains("/media/");
        assertThat(loadedWidth(main)).isEqualTo(1200);
    }

    private long loadedWidth(WebElement image) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].loading = 'eager';", image);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d ->
                Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", image)));
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript("return arguments[0].naturalWidth;", image)).longValue();
    }

    @Test
    void anAdminImportsContentAndReadsTheReportLineByLine() {
        LoginPage.open(browser).signIn("admin@windowpane.test", "demo");
        browser.visit("/admin/content/products/import");
        browser.driver().findElement(By.id("import-text")).sendKeys(
                "sku,headline,description,bullets\nPLB-10003,Ball valve,<p>Full port</p>,Brass|Lever\nZZZ-1,Nope,x,\n");
        WebElement submit = browser.driver().findElement(By.cssSelector("[data-testid=import-submit]"));
        submit.click();
        browser.waitUntilGone(submit);

        PortalPage report = new PortalPage(browser);
        assertThat(report.text("import-summary")).contains("1 saved, 1 refused");
        assertThat(report.text("import-report")).contains("PLB-10003").contains("Saved").contains("ZZZ-1")
                .contains("the ERP has no item with this SKU");
        browser.screenshot("admin-product-import");
        assertThat(Accessibility.violations(browser)).isEmpty();
    }

    @Test
    void anAdminWritesContentForAnItemAndTheBuyerSeesItWithNothingRunning() {
        String corpus = XssCorpus.PAYLOADS.stream().map(payload -> "<div>" + payload + "</div>").collect(Collectors.joining("\n"));
        LoginPage.open(browser).signIn("admin@windowpane.test", "demo");
        browser.visit("/admin/content/products");
        browser.driver().findElement(By.cssSelector("[data-testid=product-search]")).sendKeys(SKU + "\n");
        WebElement edit = browser.driver().findElement(By.cssSelector("tr[data-sku='" + SKU + "'] [data-testid=edit-product-content]"));
        assertThat(Accessibility.violations(browser)).isEmpty();
        edit.click();
        browser.waitUntilGone(edit);

        browser.driver().findElement(By.cssSelector("[data-testid=product-headline-input]")).sendKeys("Lead-free brass fitting");
        browser.driver().findElement(By.cssSelector("[data-testid=product-bullets-input]")).sendKeys("NSF/ANSI 61\nLead-free brass");
        WebElement body = browser.driver().findElement(By.cssSelector("[data-testid=product-body-input]"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", body,
                "<p>For potable water lines.</p>" + corpus);
        browser.screenshot("admin-product-content");
        assertThat(Accessibility.violations(browser)).isEmpty();
        WebElement save = browser.driver().findElement(By.cssSelector("[data-testid=product-content-save]"));
        save.click();
        browser.waitUntilGone(save);
        assertThat(new PortalPage(browser).text("product-content-saved")).contains(SKU);

        new PortalPage(browser).signOut().signIn("buyer@acme.test", "demo");
        browser.visit("/products/" + SKU);

        PortalPage product = new PortalPage(browser);
        assertThat(product.text("product-headline")).isEqualTo("Lead-free brass fitting");
        assertThat(product.text("product-bullets")).contains("NSF/ANSI 61").contains("Lead-free brass");
        assertThat(product.text("product-description")).contains("For potable water lines.");
        assertThat(XssCorpus.ran(browser)).as("no payload ran").isFalse();
        assertThat(XssCorpus.alertShown(browser)).isFalse();
        assertThat(browser.path()).isEqualTo("/products/" + SKU);
        WebElement description = browser.driver().findElement(By.cssSelector("[data-testid=product-description] [hx-disable]"));
        assertThat(XssCorpus.activeMarkup(browser, description)).isEmpty();
        browser.screenshot("product-with-content");
    }
}
