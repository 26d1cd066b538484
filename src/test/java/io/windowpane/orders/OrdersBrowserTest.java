package io.windowpane.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.windowpane.support.LoginPage;
import io.windowpane.support.PortalBrowserTest;
import io.windowpane.support.PortalPage;
import io.windowpane.support.TestErpSimulator;

class OrdersBrowserTest extends PortalBrowserTest {

    @Autowired
    private JdbcClient jdbc;

    @BeforeEach
    void signIn() {
        jdbc.sql("delete from cart_line where customer_id = 'C1000'").update();
        LoginPage.open(browser).signIn("buyer@acme.test", "demo");
    }

    @Test
    void opensAShippedOrderAndFollowsItsTrackingLink() {
        browser.visit("/orders?status=CLOSED");
        WebElement link = browser.driver().findElement(By.cssSelector("[data-testid=order-link]"));
        String number = link.getText();
        link.click();
        browser.waitUntilGone(link);

        PortalPage detail = new PortalPage(browser);
        WebElement tracking = browser.driver().findElement(By.cssSelector("[data-testid=tracking-link]"));
        Map<?, ?> shipment = (Map<?, ?>) TestErpSimulator.shared().control().get().uri("/v1/orders/{n}/shipments", number)
                .retrieve().body(List.class).get(0);
        assertThat(tracking.getText()).isEqualTo(shipment.get("trackingNumber"));
        assertThat(tracking.getAttribute("href")).isEqualTo(shipment.get("trackingUrl"));
        assertThat(detail.text("order-status")).isEqualTo("Closed");
        browser.screenshot("order-detail");

        String ordersTab = browser.driver().getWindowHandle();
        tracking.click();
        List<String> tabs = new ArrayList<>(browser.driver().getWindowHandles());
        tabs.remove(ordersTab);
        browser.driver().switchTo().window(tabs.get(0));
        assertThat(browser.driver().getCurrentUrl()).startsWith(shipment.get("trackingUrl").toString().substring(0, 20));
    }

    @Test
    void aMalformedFilterValueGetsAClearPageNotAStackTrace() {
        browser.visit("/orders?from=not-a-date");

        PortalPage page = new PortalPage(browser);
        assertThat(page.shows("error-400")).isTrue();
        assertThat(browser.driver().getPageSource()).doesNotContain("Exception");
    }

    @Test
    void reordersWithTodaysChangedPriceShownAndFindsTheLinesInTheCart() {
        browser.visit("/orders?status=CLOSED");
        WebElement link = browser.driver().findElement(By.cssSelector("[data-testid=order-link]"));
        String number = link.getText();
        Map<?, ?> order = TestErpSimulator.shared().control().get().uri("/v1/orders/{n}", number).retrieve().body(Map.class);
        Map<?, ?> firstLine = (Map<?, ?>) ((List<?>) order.get("lines")).get(0);
        String sku = firstLine.get("sku").toString();
        TestErpSimulator.shared().put("/sim/prices/{c}/{sku}", Map.of("breaks", List.of(Map.of("minQty", 1, "unitPrice", 4321.00))),
                "C1000", sku);

        browser.visit("/orders/" + number + "/reorder");
        WebElement row = browser.driver().findElement(By.cssSelector("tr[data-sku='" + sku + "']"));
        assertThat(row.findElement(By.cssSelector("[data-testid=today-price]")).getText()).contains("$4,321.00").contains("price changed");
        browser.screenshot("reorder-preview");
        WebElement add = browser.driver().findElement(By.cssSelector("[data-testid=reorder-add]"));
        add.click();
        browser.waitUntilGone(add);

        assertThat(browser.path()).isEqualTo("/cart");
        assertThat(browser.driver().findElement(By.cssSelector("tr[data-sku='" + sku + "'] [data-testid=cart-unit-price]")).getText())
                .isEqualTo("$4,321.00");
        assertThat(new PortalPage(browser).shows("reordered")).isTrue();
    }
}
