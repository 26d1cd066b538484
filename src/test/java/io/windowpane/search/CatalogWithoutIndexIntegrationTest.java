package io.windowpane.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import io.windowpane.account.PortalUsers;
import io.windowpane.catalog.CatalogView;
import io.windowpane.support.PortalTest;
import io.windowpane.support.SignedInAs;
import io.windowpane.support.TestErpSimulator;

/** Until the index is ready (here: never, it is switched off) the catalog searches through the ERP. */
@PortalTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "windowpane.search.enabled=false")
class CatalogWithoutIndexIntegrationTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private PortalUsers users;

    @Autowired
    private CatalogIndex index;

    @Test
    void theCatalogSearchesThroughTheErpWhileTheIndexIsNotReady() throws Exception {
        String marker = "no-index-" + System.nanoTime();

        CatalogView view = (CatalogView) mvc.perform(get("/catalog").param("q", "hex bolt").header("X-Request-Id", marker)
                .with(SignedInAs.user(users, "buyer@acme.test"))).andReturn().getModelAndView().getModel().get("catalog");

        assertThat(index.ready()).isFalse();
        assertThat(view.results().value().rows()).isNotEmpty()
                .allSatisfy(row -> assertThat(row.item().name()).containsIgnoringCase("hex bolt"));
        assertThat(TestErpSimulator.shared().requestsTo("GET /v1/items", marker)).as("the ERP's search").isEqualTo(1);
    }
}
