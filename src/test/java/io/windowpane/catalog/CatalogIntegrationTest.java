package io.windowpane.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import io.windowpane.account.PortalUsers;
import io.windowpane.support.PortalTest;
import io.windowpane.support.SignedInAs;
import io.windowpane.support.TestErpSimulator;

@PortalTest
@AutoConfigureMockMvc
class CatalogIntegrationTest {

    private static final List<String> PAGE_DATA = List.of("GET /v1/items", "GET /v1/customers/{id}/prices", "GET /v1/stock");

    private final TestErpSimulator simulator = TestErpSimulator.shared();

    @Autowired
    private MockMvc mvc;

    @Autowired
    private PortalUsers users;

    @AfterEach
    void erpHealthyAgain() {
        simulator.reset();
    }

    @Test
    void aColdPageCostsAtMostOneErpRequestPerDataTypeAndAWarmPageNone() throws Exception {
        String page = "/catalog?q=socket&category=TLS&page=2";
        catalogPage("buyer@acme.test", "/catalog"); // categories are reference data, read once
        simulator.resetStats();

        catalogPage("buyer@acme.test", page);
        int cold = erpRequestsForPageData();
        simulator.resetStats();
        catalogPage("buyer@acme.test", page);

        assertThat(cold).isLessThanOrEqualTo(3);
        assertThat(erpRequestsForPageData()).isZero();
    }

    @Test
    void theNextPagesPricesAreReadWithAColdPagesSoPagingOnCostsNoPriceRequest() throws Exception {
        String email = "pager@c1043.catalog.test";
        users.createIfAbsent(email, "catalog-pager", "Paging Buyer", io.windowpane.account.Role.BUYER, "C1043", null);
        String first = "catalog-first-" + java.util.UUID.randomUUID();
        String second = "catalog-second-" + java.util.UUID.randomUUID();

        CatalogView pageOne = catalogPage(email, "/catalog?q=screw", first);
        CatalogView pageTwo = catalogPage(email, "/catalog?q=screw&page=2", second);

        assertThat(pageOne.results().value().total()).isGreaterThan(2L * CatalogService.PAGE_SIZE);
        assertThat(simulator.requestsTo("GET /v1/customers/{id}/prices", first)).as("page one's and two's prices").isEqualTo(1);
        assertThat(simulator.requestsTo("GET /v1/customers/{id}/prices", second)).as("page two").isZero();
        assertThat(pageTwo.results().value().rows()).hasSize(CatalogService.PAGE_SIZE)
                .allSatisfy(row -> assertThat(row.unitPrice()).as(row.item().sku()).isNotNull());
        CatalogView pageThree = catalogPage(email, "/catalog?q=screw&page=3", second);
        assertThat(pageThree.results().value().rows()).allSatisfy(row -> assertThat(row.unitPrice()).isNotNull());
        assertThat(simulator.requestsTo("GET /v1/customers/{id}/prices", second)).as("page three was not read ahead by a warm page")
                .isEqualTo(1);
    }

    @Test
    void aPriceChangeInTheErpCostsOneRequestAndShowsWithinTwoSeconds() throws Exception {
        String page = "/catalog?q=flap";
        CatalogView before = catalogPage("buyer@acme.test", page);
        String sku = before.results().value().rows().get(0).item().sku();
        simulator.resetStats();

        simulator.put("/sim/prices/{customer}/{sku}", Map.of("breaks", List.of(Map.of("minQty", 1, "unitPrice", 3.21))), "C1000", sku);

        await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> assertThat(
                catalogPage("buyer@acme.test", page).results().value().rows().get(0).unitPrice().amount())
                .isEqualByComparingTo("3.21"));
        assertThat(erpRequestsForPageData()).isLessThanOrEqualTo(1);
    }

    @Test
    void everyPriceShownIsTheSimulatorsContractPriceForThatCustomer() throws Exception {
        CatalogView acme = catalogPage("buyer@acme.test", "/catalog?q=bolt");
        CatalogView bolt = catalogPage("buyer@bolt.test", "/catalog?q=bolt");

        List<CatalogRow> acmeRows = acme.results().value().rows();
        assertThat(acmeRows).isNotEmpty().allSatisfy(row -> assertThat(row.item().name().toLowerCase()).contains("bolt"));
        for (CatalogRow row : acmeRows) {
            assertThat(row.unitPrice().amount()).isEqualByComparingTo(simulatorPrice("C1000", row.item().sku()));
        }
        for (CatalogRow row : bolt.results().value().rows()) {
            assertThat(row.unitPrice().amount()).isEqualByComparingTo(simulatorPrice("C1001", row.item().sku()));
        }
        assertThat(acmeRows).anySatisfy(row -> assertThat(row.unitPrice().amount())
                .isNotEqualByComparingTo(bolt.results().value().rows().stream()
                        .filter(b -> b.item().sku().equals(row.item().sku())).findFirst().orElseThrow().unitPrice().amount()));
    }

    @Test
    void anHtmxSearchAnswersOnlyTheResultsFragment() throws Exception {
        MvcResult result = mvc.perform(get("/catalog?q=glove").header("HX-Request", "true")
                .with(SignedInAs.user(users, "buyer@acme.test"))).andReturn();

        assertThat(result.getModelAndView().getViewName()).isEqualTo(CatalogController.RESULTS_FRAGMENT);
        assertThat(result.getResponse().getHeaders("Vary")).contains("HX-Request");
        assertThat(result.getResponse().getContentAsString()).contains("id=\"catalog-results\"").doesNotContain("<nav class=\"navbar");
    }

    @Test
    void aPlainRequestGetsTheWholePage() throws Exception {
        MvcResult result = mvc.perform(get("/catalog?q=glove").with(SignedInAs.user(users, "buyer@acme.test"))).andReturn();

        assertThat(result.getModelAndView().getViewName()).isEqualTo(CatalogController.LIST_VIEW);
        assertThat(result.getResponse().getContentAsString()).contains("<nav class=\"navbar").contains("data-testid=\"prices-as-of\"");
    }

    @Test
    void anUnknownProductIsNotFound() throws Exception {
        MvcResult result = mvc.perform(get("/products/NO-SUCH-SKU").with(SignedInAs.user(users, "buyer@acme.test"))).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theProductPagePricesTheQuantityAtItsBreak() throws Exception {
        String sku = "FAS-10004";
        Map<?, ?> price = (Map<?, ?>) simulator.control().get().uri("/v1/customers/C1000/prices?skus=" + sku).retrieve()
                .body(List.class).get(0);
        List<?> breaks = (List<?>) price.get("breaks");
        Map<?, ?> second = (Map<?, ?>) breaks.get(1);
        int qty = ((Number) second.get("minQty")).intValue();

        MvcResult result = mvc.perform(get("/products/" + sku + "/price?qty=" + qty).header("HX-Request", "true")
                .with(SignedInAs.user(users, "buyer@acme.test"))).andReturn();
        MvcResult page = mvc.perform(get("/products/" + sku + "?qty=" + qty).with(SignedInAs.user(users, "buyer@acme.test")))
                .andReturn();

        ProductView view = (ProductView) result.getRequest().getAttribute("product");
        assertThat(view.quantity().unitPrice().amount()).isEqualByComparingTo(new BigDecimal(second.get("unitPrice").toString()));
        assertThat(view.quantity().breakMinQty()).isEqualTo(qty);
        String fragments = result.getResponse().getContentAsString();
        assertThat(fragments).as("the price line and, out of band, the break table marking the break that applies")
                .contains("data-testid=\"qty-price\"").doesNotContain("<nav").contains("hx-swap-oob=\"true\"")
                .containsPattern(highlighted(qty));
        assertThat(page.getResponse().getContentAsString()).as("without JavaScript too")
                .containsPattern(highlighted(qty)).doesNotContain("hx-swap-oob")
                .containsOnlyOnce("name=\"qty\"");
    }

    @Test
    void aPagePastTheEndGoesToTheLastPageKeepingTheSearch() throws Exception {
        CatalogView first = catalogPage("buyer@acme.test", "/catalog?q=bolt");
        int last = first.results().value().pageCount();

        mvc.perform(get("/catalog?q=bolt&page=999").with(SignedInAs.user(users, "buyer@acme.test")))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/catalog?q=bolt&page=" + last));
        assertThat(last).isGreaterThan(1);
        assertThat(catalogPage("buyer@acme.test", "/catalog?q=bolt&page=" + last).results().value().rows()).isNotEmpty();
    }

    @Test
    void aDiscontinuedProductSaysItIsNoLongerSoldAndOffersNeitherPriceNorCart() throws Exception {
        String sku = simulator.bean(io.windowpane.erpsim.dataset.ErpLedger.class).catalog().all().stream()
                .filter(io.windowpane.erpsim.dataset.SimItem::discontinued).findFirst().orElseThrow().sku();

        String page = mvc.perform(get("/products/" + sku).with(SignedInAs.user(users, "buyer@acme.test"))).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("No longer sold").doesNotContain("In stock (").doesNotContain("data-testid=\"qty-price\"")
                .doesNotContain("data-testid=\"add-to-cart\"");
    }

    @Test
    void aBackorderableProductSaysWhenItShipsOnlyWhenAReceiptIsScheduled() throws Exception {
        List<String> skus = simulator.bean(io.windowpane.erpsim.dataset.ErpLedger.class).catalog().all().stream()
                .filter(i -> i.backorderable() && !i.discontinued()).limit(60).map(io.windowpane.erpsim.dataset.SimItem::sku).toList();
        List<?> stock = simulator.control().get().uri("/v1/stock?skus={s}", String.join(",", skus)).retrieve().body(List.class);
        // the contract's stock rows are one per item and warehouse
        Map<Object, Boolean> scheduled = new java.util.LinkedHashMap<>();
        for (Object entry : stock) {
            Map<?, ?> row = (Map<?, ?>) entry;
            scheduled.merge(row.get("sku"), row.get("nextReceiptDate") != null, Boolean::logicalOr);
        }
        String withReceipt = scheduled.entrySet().stream().filter(Map.Entry::getValue).map(e -> e.getKey().toString()).findFirst()
                .orElse(null);
        String withoutReceipt = scheduled.entrySet().stream().filter(e -> !e.getValue()).map(e -> e.getKey().toString())
                .findFirst().orElse(null);

        assertThat(productPage(withoutReceipt)).contains("no receipt is scheduled yet").doesNotContain("ships when the next receipt arrives");
        assertThat(productPage(withReceipt)).containsPattern("ships when the next receipt arrives \\(\\d{1,2} [A-Z][a-z]{2} \\d{4}\\)");
    }

    private String productPage(String sku) throws Exception {
        assertThat(sku).isNotNull();
        return mvc.perform(get("/products/" + sku).with(SignedInAs.user(users, "buyer@acme.test"))).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void withoutJavaScriptUpdatePricePostsTheOneQuantityBoxAndComesBackPricedForIt() throws Exception {
        mvc.perform(post("/products/FAS-10004/quantity").param("qty", "120").param("sku", "FAS-10004").with(csrf())
                .with(SignedInAs.user(users, "buyer@acme.test")))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/products/FAS-10004?qty=120"));
    }

    private static String highlighted(int minQty) {
        return "<tr[^>]*(class=\"table-success\"[^>]*data-min-qty=\"" + minQty + "\"|data-min-qty=\"" + minQty
                + "\"[^>]*class=\"table-success\")";
    }

    private CatalogView catalogPage(String email, String url) throws Exception {
        return catalogPage(email, url, "catalog-" + java.util.UUID.randomUUID());
    }

    private CatalogView catalogPage(String email, String url, String requestId) throws Exception {
        return (CatalogView) mvc.perform(get(url).header("X-Request-Id", requestId).with(SignedInAs.user(users, email))).andReturn()
                .getModelAndView().getModel().get("catalog");
    }

    private int erpRequestsForPageData() {
        Map<String, Integer> stats = simulator.stats();
        return PAGE_DATA.stream().mapToInt(endpoint -> stats.getOrDefault(endpoint, 0)).sum();
    }

    private BigDecimal simulatorPrice(String customer, String sku) {
        List<?> prices = simulator.control().get().uri("/v1/customers/{c}/prices?skus={s}", customer, sku).retrieve().body(List.class);
        Map<?, ?> price = (Map<?, ?>) prices.get(0);
        Map<?, ?> first = (Map<?, ?>) ((List<?>) price.get("breaks")).get(0);
        return new BigDecimal(first.get("unitPrice").toString());
    }
}
