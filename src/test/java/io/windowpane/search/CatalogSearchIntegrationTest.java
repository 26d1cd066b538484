package io.windowpane.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import io.windowpane.account.PortalUsers;
import io.windowpane.catalog.CatalogRow;
import io.windowpane.catalog.CatalogView;
import io.windowpane.support.PortalTest;
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

    private List<String> names(String query) throws Exception {
        return rows(query).stream().map(row -> row.item().name()).toList();
    }

    private List<CatalogRow> rows(String query) throws Exception {
        CatalogView view = (CatalogView) mvc.perform(get("/catalog").param("q", query)
                .with(SignedInAs.user(users, "buyer@acme.test"))).andReturn().getModelAndView().getModel().get("catalog");
        return view.results().value().rows();
    }
}
