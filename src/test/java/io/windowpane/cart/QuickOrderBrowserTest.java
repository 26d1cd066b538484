package io.windowpane.cart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.windowpane.support.LoginPage;
import io.windowpane.support.PortalBrowserTest;
import io.windowpane.support.PortalPage;

class QuickOrderBrowserTest extends PortalBrowserTest {

    @Autowired
    private JdbcClient jdbc;

    @BeforeEach
    void signInWithAnEmptyCart() {
        jdbc.sql("delete from cart_line where customer_id = 'C1000'").update();
        LoginPage.open(browser).signIn("buyer@acme.test", "demo");
    }

    @Test
    void uploadsACsvWithABadLineAndSeesWhichLineAndWhy() throws IOException {
        Path csv = Files.createTempFile("quick-order-", ".csv");
        Files.writeString(csv, "sku,qty\nFAS-10004,20\nTLS-10000,two\nSAF-10000,5\n");
        browser.visit("/cart/quick-order");

        browser.driver().findElement(By.cssSelector("[data-testid=quick-file]")).sendKeys(csv.toAbsolutePath().toString());
        WebElement submit = browser.driver().findElement(By.cssSelector("[data-testid=quick-submit]"));
        submit.click();
        browser.waitUntilGone(submit);

        PortalPage page = new PortalPage(browser);
        assertThat(page.text("quick-order-outcome")).contains("2 lines were added");
        assertThat(browser.driver().findElement(By.cssSelector("tr[data-line='1'] [data-testid=problem-reason]")).getText())
                .contains("whole number");
        assertThat(page.text("cart-count")).isEqualTo("2");
        assertThat(browser.driver().findElement(By.cssSelector("[data-testid=quick-lines]")).getAttribute("value"))
                .isEqualTo("TLS-10000,two");
        browser.screenshot("quick-order");
    }
}
