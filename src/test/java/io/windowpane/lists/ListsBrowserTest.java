package io.windowpane.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.windowpane.account.PortalUsers;
import io.windowpane.account.Role;
import io.windowpane.support.LoginPage;
import io.windowpane.support.PortalBrowserTest;
import io.windowpane.support.PortalPage;

/** Favourites and shared lists in the browser, as buyers of one customer and of another use them. */
class ListsBrowserTest extends PortalBrowserTest {

    @Autowired
    private PortalUsers users;

    @Autowired
    private JdbcClient jdbc;

    @BeforeEach
    void buyers() {
        users.createIfAbsent("colleague@acme.test", "demo", "Andy Acme", Role.BUYER, "C1000", null);
        jdbc.sql("delete from cart_line where customer_id = 'C1000'").update();
        jdbc.sql("delete from shopping_list where customer_id = 'C1000'").update();
    }

    @Test
    void aProductStarredOnItsCatalogCardIsInTheFavourites() {
        LoginPage.open(browser).signIn("buyer@acme.test", "demo");
        browser.visit("/catalog?q=socket+set");
        WebElement card = browser.driver().findElement(By.cssSelector("[data-testid=catalog-items] article"));
        String sku = card.getAttribute("data-sku");

        card.findElement(By.cssSelector("[data-testid=favourite]")).click();

        // htmx swaps the star in place: the new one says it is pressed
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(d ->
                "true".equals(d.findElement(By.cssSelector("article[data-sku='" + sku + "'] [data-testid=favourite]"))
                        .getAttribute("aria-pressed")));
        browser.visit("/lists");
        browser.driver().findElement(By.cssSelector("[data-testid=list-link]")).click();
        browser.waitFor("[data-testid=list-lines] tr[data-sku='" + sku + "']");
        browser.screenshot("lists-favourites");
    }

    @Test
    void aListMadeByOneBuyerIsUsedByAnotherOfTheCustomerAndIsNotFoundForAnotherCustomer() {
        LoginPage.open(browser).signIn("buyer@acme.test", "demo");
        browser.visit("/lists");
        String name = "Tuesday restock " + UUID.randomUUID().toString().substring(0, 8);
        browser.driver().findElement(By.id("list-name")).sendKeys(name);
        new PortalPage(browser).press("create-list");
        browser.driver().findElement(By.id("add-sku")).sendKeys("fas-10004");
        browser.driver().findElement(By.id("add-qty")).clear();
        browser.driver().findElement(By.id("add-qty")).sendKeys("6");
        browser.driver().findElement(By.id("add-note")).sendKeys("bay 4");
        browser.driver().findElement(By.cssSelector("[data-testid=list-add] button")).click();
        browser.waitFor("tr[data-sku=FAS-10004]");
        String list = browser.path();
        browser.screenshot("lists-list");

        new PortalPage(browser).signOut().signIn("colleague@acme.test", "demo");
        browser.visit(list);
        assertThat(new PortalPage(browser).text("list-name")).isEqualTo(name);
        new PortalPage(browser).press("list-to-cart");
        assertThat(browser.path()).isEqualTo("/cart");
        assertThat(new PortalPage(browser).text("from-list")).contains(name);
        assertThat(browser.driver().findElement(By.cssSelector("tr[data-sku=FAS-10004] [data-testid=cart-qty]"))
                .getAttribute("value")).isEqualTo("6");

        new PortalPage(browser).signOut().signIn("buyer@bolt.test", "demo");
        browser.visit(list);
        assertThat(browser.has("[data-testid=error-404]")).isTrue();
        assertThat(browser.has("[data-testid=list-name]")).isFalse();
    }
}
