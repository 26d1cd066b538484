package io.windowpane.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import io.windowpane.account.PortalUsers;
import io.windowpane.catalog.CatalogLayout;
import io.windowpane.catalog.CatalogRow;
import io.windowpane.catalog.CatalogSort;
import io.windowpane.catalog.CatalogView;
import io.windowpane.catalog.StockFilter;
import io.windowpane.support.PortalTest;
import jakarta.servlet.http.Cookie;
import io.windowpane.support.SignedInAs;
import io.windowpane.support.TestErpSimulator;

/** The catalog searches the portal's index, built from the ERP at start and kept current by its change events. */
@PortalTest
@AutoConfigureMockMvc
class CatalogSearchIntegrationTest {

    private final TestErpSimulator simulator = TestErpSimulator.shared();

    @Autowired
    private MockMvc mvc;

    @Autowired
    private PortalUsers users;

    @Autowired
    private CatalogIndex index;

    @AfterEach
    void generatedCatalogAgain() {
        for (String sku : List.of("TLS-99001", "FAS-10001")) {
            simulator.control().delete().uri("/sim/items/{sku}", sku).retrieve()
                    .onStatus(status -> status.value() == 404, (request, response) -> { }).toBodilessEntity();
        }
    }

    @Test
    void theIndexHoldsTheWholeErpCatalog() {
        Map<?, ?> erp = simulator.control().get().uri("/v1/items?size=1").retrieve().body(Map.class);

        assertThat(index.ready()).isTrue();
        assertThat((long) index.size()).isEqualTo(((Number) erp.get("total")).longValue());
    }

    @Test
    void whatBuyersTypeFindsTheItemsTheyMean() throws Exception {
        assertThat(names("bolts")).as("plural").isNotEmpty().allSatisfy(name -> assertThat(name).contains("Bolt"));
        assertThat(names("hex bolts")).isNotEmpty().allSatisfy(name -> assertThat(name).contains("Hex Bolt"));
        assertThat(rows("fas10004").get(0).item().sku()).isEqualTo("FAS-10004");
        assertThat(rows("FAS 10004").get(0).item().sku()).isEqualTo("FAS-10004");
        assertThat(names("M12x60")).isNotEmpty().allSatisfy(name -> assertThat(name).contains("M12 x 60"));
        assertThat(names("hex bolt m12x60")).isNotEmpty().allSatisfy(name -> assertThat(name).contains("Hex Bolt M12 x 60"));
    }

    @Test
    void anItemAddedInTheErpIsFoundWithinSecondsAndOneDiscontinuedIsMarked() throws Exception {
        simulator.put("/sim/items/{sku}", Map.of("name", "Quokka Torque Multiplier 1:5", "category", "TLS", "uom", "EA",
                "listPrice", 412.50), "TLS-99001");

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(rows("quokka multipliers")).extracting(row -> row.item().sku()).containsExactly("TLS-99001"));

        simulator.put("/sim/items/{sku}", Map.of("discontinued", true), "TLS-99001");
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(rows("quokka").get(0).item().discontinued()).isTrue());

        simulator.control().delete().uri("/sim/items/{sku}", "TLS-99001").retrieve().toBodilessEntity();
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(rows("quokka")).as("gone from the ERP, gone from search").isEmpty());
    }

    @Test
    void aRenamedItemIsFoundByItsNewName() throws Exception {
        simulator.put("/sim/items/{sku}", Map.of("name", "Wombat Hex Bolt M12 x 60 mm Zinc Plated"), "FAS-10001");

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(rows("wombat")).extracting(row -> row.item().sku()).containsExactly("FAS-10001"));
    }

    @Test
    void resultsAreSortedByNameSkuOrTheBuyersOwnPrice() throws Exception {
        List<String> byName = view("/catalog?q=hex+bolt&sort=name").results().value().rows().stream()
                .map(row -> row.item().name().toLowerCase()).toList();
        List<String> bySku = view("/catalog?q=hex+bolt&sort=sku").results().value().rows().stream()
                .map(row -> row.item().sku()).toList();
        CatalogView cheapestFirst = view("/catalog?q=hex+bolt&sort=price");
        CatalogView secondPage = view("/catalog?q=hex+bolt&sort=price&page=2");

        assertThat(byName).isSorted();
        assertThat(bySku).isSorted();
        List<BigDecimal> prices = new ArrayList<>();
        cheapestFirst.results().value().rows().forEach(row -> prices.add(row.unitPrice().amount()));
        secondPage.results().value().rows().forEach(row -> prices.add(row.unitPrice().amount()));
        assertThat(prices).as("across pages, by the buyer's contract price").hasSize(48).isSorted();
        assertThat(prices.get(0)).isEqualByComparingTo(TestErpSimulator.shared().unitPrice("C1000",
                cheapestFirst.results().value().rows().get(0).item().sku()));
        assertThat(cheapestFirst.results().value().sortNote()).isEqualTo(CatalogView.SortNote.NONE);
    }

    @Test
    void tooManyMatchesToSortByPriceKeepBestMatchAndSaySo() throws Exception {
        CatalogView all = view("/catalog?sort=price");

        assertThat(all.results().value().total()).isGreaterThan(CatalogSort.PRICE_SORT_LIMIT);
        assertThat(all.results().value().sortNote()).isEqualTo(CatalogView.SortNote.TOO_MANY_FOR_PRICE);
        assertThat(all.results().value().rows()).isNotEmpty();
    }

    @Test
    void theCatalogNarrowsToWhatIsInStockAnywhereOrAtOneWarehouse() throws Exception {
        CatalogView all = view("/catalog?q=hex+bolt");
        String sku = all.results().value().rows().get(0).item().sku();
        List<?> before = simulator.control().get().uri("/v1/stock?skus={sku}", sku).retrieve().body(List.class);
        for (String warehouse : List.of("CHI", "DAL", "NWK")) {
            simulator.put("/sim/stock/{sku}/{warehouse}", Map.of("onHand", 0), sku, warehouse);
        }
        try {
            narrowsToStock(all, sku);
        } finally {
            before.forEach(row -> simulator.put("/sim/stock/{sku}/{warehouse}", Map.of("onHand", ((Map<?, ?>) row).get("onHand")),
                    sku, ((Map<?, ?>) row).get("warehouse")));
        }
    }

    private void narrowsToStock(CatalogView all, String sku) throws Exception {

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(view("/catalog?q=hex+bolt&stock=any").results().value().rows())
                        .extracting(row -> row.item().sku()).doesNotContain(sku));
        CatalogView inStock = view("/catalog?q=hex+bolt&stock=any");
        CatalogView atDallas = view("/catalog?q=hex+bolt&stock=DAL");

        assertThat(inStock.results().value().total()).isLessThan(all.results().value().total());
        assertThat(inStock.results().value().rows()).isNotEmpty().allSatisfy(row -> assertThat(row.totalAvailable()).isPositive());
        assertThat(atDallas.results().value().rows()).isNotEmpty().allSatisfy(row -> assertThat(row.stock().warehouses())
                .anySatisfy(w -> assertThat(w.warehouse().equals("DAL") && w.available() > 0).isTrue()));
        assertThat(inStock.results().value().warehouses()).extracting(StockFilter.Warehouse::code).contains("CHI", "DAL", "NWK");
    }

    @Test
    void tooManyMatchesToFilterByStockAreShownUnfilteredAndSaySo() throws Exception {
        assertThat(view("/catalog?stock=any").results().value().sortNote()).isEqualTo(CatalogView.SortNote.TOO_MANY_FOR_STOCK);
    }

    @Test
    void theListLayoutIsRememberedOnceChosen() throws Exception {
        MvcResult chosen = mvc.perform(get("/catalog").param("q", "bolt").param("view", "list")
                .with(SignedInAs.user(users, "buyer@acme.test"))).andReturn();
        Cookie remembered = chosen.getResponse().getCookie("wp-catalog-view");

        MvcResult later = mvc.perform(get("/catalog").param("q", "washer").cookie(remembered)
                .with(SignedInAs.user(users, "buyer@acme.test"))).andReturn();

        assertThat(remembered.getMaxAge()).isGreaterThan(30 * 24 * 3600);
        assertThat(later.getResponse().getContentAsString()).contains("data-testid=\"catalog-rows\"")
                .doesNotContain("data-testid=\"catalog-items\"");
        assertThat(((CatalogView) later.getModelAndView().getModel().get("catalog")).layout()).isEqualTo(CatalogLayout.LIST);
    }

    private CatalogView view(String url) throws Exception {
        return (CatalogView) mvc.perform(get(url).with(SignedInAs.user(users, "buyer@acme.test"))).andReturn()
                .getModelAndView().getModel().get("catalog");
    }

    private List<String> names(String query) throws Exception {
        return rows(query).stream().map(row -> row.item().name()).toList();
    }

    private List<CatalogRow> rows(String query) throws Exception {
        CatalogView view = (CatalogView) mvc.perform(get("/catalog").param("q", query)
                .with(SignedInAs.user(users, "buyer@acme.test"))).andReturn().getModelAndView().getModel().get("catalog");
        return view.results().value().rows();
    }
}
