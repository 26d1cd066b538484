package io.windowpane.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.windowpane.support.LoginPage;
import io.windowpane.support.PortalBrowserTest;
import io.windowpane.support.PortalPage;
import io.windowpane.support.TestErpSimulator;

class CatalogBrowserTest extends PortalBrowserTest {

    @BeforeEach
    void signIn() {
        LoginPage.open(browser).signIn("buyer@acme.test", "demo");
    }

    @Test
    void searchesAsTheBuyerTypes() {
        CatalogPage catalog = CatalogPage.open(browser, "");

        catalog.typeSearch("torque wrench");

        assertThat(catalog.productNames()).isNotEmpty()
                .allSatisfy(name -> assertThat(name.toLowerCase()).contains("torque wrench"));
        assertThat(browser.driver().getCurrentUrl()).contains("q=torque");
        browser.screenshot("catalog-search");
    }

    @Test
    void pagesThroughACategory() {
        CatalogPage catalog = CatalogPage.open(browser, "?category=FAS");
        List<String> firstPage = catalog.skus();

        catalog.next();

        CatalogPage second = new CatalogPage(browser);
        assertThat(second.pagePosition()).startsWith("Page 2 of");
        assertThat(second.skus()).hasSize(24).doesNotContainAnyElementsOf(firstPage);
        assertThat(browser.driver().getCurrentUrl()).contains("page=2");
    }

    @Test
    void opensAProductAndSeesTheBreakPriceForTheQuantity() {
        ProductPage product = CatalogPage.open(browser, "?q=hex+bolt").openFirstProduct();
        List<String[]> breaks = product.breaks();
        browser.screenshot("product");

        if (breaks.size() > 1) {
            int qty = Integer.parseInt(breaks.get(1)[0]);
            product.enterQuantity(qty);
            assertThat(product.quantityPrice()).contains(breaks.get(1)[1]);
        } else {
            product.enterQuantity(3);
            assertThat(product.quantityPrice()).contains(breaks.get(0)[1]);
        }
        assertThat(product.shows("stock-table")).isTrue();
    }

    @Test
    void theQuantityBreakTableHighlightsTheBreakThatApplies() {
        ProductPage product = ProductPage.open(browser, "FAS-10004");
        List<String[]> breaks = product.breaks();
        int qty = Integer.parseInt(breaks.get(breaks.size() - 1)[0]);

        browser.visit("/products/FAS-10004?qty=" + qty);

        assertThat(new ProductPage(browser).highlightedBreak()).isEqualTo(String.valueOf(qty));
        assertThat(new ProductPage(browser).quantityPrice()).contains(breaks.get(breaks.size() - 1)[1]);
    }

    @Test
    void typingAQuantityMovesTheHighlightToTheBreakThatApplies() {
        ProductPage product = ProductPage.open(browser, "FAS-10004");
        List<String[]> breaks = product.breaks();
        assertThat(breaks).hasSizeGreaterThan(1);
        int qty = Integer.parseInt(breaks.get(1)[0]) + 1;

        product.enterQuantity(qty);

        // htmx re-renders the break table with the price
        product.awaitHighlightedBreak(breaks.get(1)[0]);
        product.enterQuantity(1);
        product.awaitHighlightedBreak(breaks.get(0)[0]);
        assertThat(product.highlightedBreak()).isEqualTo(breaks.get(0)[0]);
    }

    @Test
    void seesAPriceChangedInTheErpOnTheNextView() {
        ProductPage product = ProductPage.open(browser, "TLS-10008");
        assertThat(product.breaks()).isNotEmpty();

        TestErpSimulator.shared().put("/sim/prices/{customer}/{sku}",
                Map.of("breaks", List.of(Map.of("minQty", 1, "unitPrice", 77.70), Map.of("minQty", 5, "unitPrice", 70.00))),
                "C1000", "TLS-10008");

        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            ProductPage reloaded = ProductPage.open(browser, "TLS-10008");
            assertThat(reloaded.breaks()).extracting(row -> row[1]).containsExactly("$77.70", "$70.00");
        });
    }

    @Test
    void anUnknownProductShowsTheNotFoundPage() {
        browser.visit("/products/NO-SUCH-SKU");

        assertThat(new PortalPage(browser).shows("error-404")).isTrue();
    }
}
