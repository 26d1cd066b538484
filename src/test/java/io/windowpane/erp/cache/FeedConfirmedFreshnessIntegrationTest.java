package io.windowpane.erp.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import io.windowpane.account.PortalUsers;
import io.windowpane.catalog.ProductView;
import io.windowpane.erp.ItemStock;
import io.windowpane.erp.Reading;
import io.windowpane.support.PortalTest;
import io.windowpane.support.SignedInAs;
import io.windowpane.support.TestErpSimulator;

/**
 * While the portal follows the ERP's change feed (which the simulator, as the contract, promises complete), a value no
 * event named needs no re-read at its refresh time: it is shown as of the feed's last read, and re-read when its
 * event arrives. (Once the feed cannot be read, the refresh time holds again: CatalogOutageIntegrationTest.)
 */
@PortalTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"windowpane.erp.cache.stock.refresh-after=1s",
        "windowpane.erp.cache.stock.refresh-after-while-followed=10m", "windowpane.erp.events.poll-interval=300ms"})
class FeedConfirmedFreshnessIntegrationTest {

    private static final String STOCK = "GET /v1/stock";

    private final TestErpSimulator simulator = TestErpSimulator.shared();

    @Autowired
    private MockMvc mvc;

    @Autowired
    private PortalUsers users;

    @Test
    void aStockLevelPastItsRefreshTimeIsNotReReadWhileTheFeedConfirmsItAndShowsTheFeedsTime() throws Exception {
        Instant readAt = stockOn("ELE-10011", "first-" + UUID.randomUUID()).readAt();
        String marker = "later-" + UUID.randomUUID();

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> stockOn("ELE-10011", marker).readAt().isAfter(readAt.plusSeconds(1)));

        await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(2))
                .until(() -> simulator.requestsTo(STOCK, marker) == 0);
        assertThat(stockOn("ELE-10011", marker).confirmed()).isTrue();
    }

    @Test
    void aStockChangeInTheErpStillShowsWithinTwoSeconds() throws Exception {
        stockOn("ELE-10012", "first-" + UUID.randomUUID());
        int onHand = 4321;

        simulator.put("/sim/stock/{sku}/{warehouse}", Map.of("onHand", onHand), "ELE-10012", warehouseOf("ELE-10012"));

        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100)).until(() ->
                stockOn("ELE-10012", "after-" + UUID.randomUUID()).value().warehouses().stream()
                        .anyMatch(warehouse -> warehouse.onHand() == onHand));
    }

    @AfterEach
    void erpDataAsGenerated() {
        simulator.reset();
    }

    private String warehouseOf(String sku) throws Exception {
        return stockOn(sku, "warehouse-" + UUID.randomUUID()).value().warehouses().get(0).warehouse();
    }

    private Reading<ItemStock> stockOn(String sku, String requestId) throws Exception {
        ProductView product = (ProductView) mvc.perform(get("/products/{sku}", sku).header("X-Request-Id", requestId)
                .with(SignedInAs.user(users, "buyer@acme.test"))).andReturn().getModelAndView().getModel().get("product");
        return product.stock().value();
    }
}
