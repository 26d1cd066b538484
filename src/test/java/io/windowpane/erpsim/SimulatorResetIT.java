package io.windowpane.erpsim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * {@code POST /sim/reset} puts the simulator back to its start state. Run on a simulator of its own, since
 * resetting the shared one would pull data from under the portal contexts of other tests.
 */
class SimulatorResetIT {

    private static ConfigurableApplicationContext simulator;
    private static RestClient erp;

    @BeforeAll
    static void start() {
        simulator = ErpSimulatorApplication.start("erpsim.port=0");
        erp = RestClient.builder().baseUrl("http://localhost:" + simulator.getEnvironment().getProperty("local.server.port"))
                .defaultHeader("Authorization", "Bearer windowpane-demo-key").build();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void resetUndoesDataChangesFaultsLatencyStatisticsAndSubscriptions() {
        List<?> stockBefore = erp.get().uri("/v1/stock?skus=FAS-10004").retrieve().body(List.class);
        put("/sim/stock/FAS-10004/CHI", Map.of("onHand", 0));
        put("/sim/prices/C1000/FAS-10004", Map.of("breaks", List.of(Map.of("minQty", 1, "unitPrice", 1.11))));
        put("/sim/latency", Map.of("meanMs", 5, "jitterMs", 0));
        erp.post().uri("/v1/subscriptions").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("url", "http://localhost:9/events", "secret", "a-secret-of-some-length")).retrieve().toBodilessEntity();

        erp.post().uri("/sim/reset").retrieve().toBodilessEntity();
        put("/sim/faults", Map.of());

        assertThat(erp.get().uri("/v1/stock?skus=FAS-10004").retrieve().body(List.class)).isEqualTo(stockBefore);
        assertThat(erp.get().uri("/v1/customers/C1000/prices?skus=FAS-10004").retrieve().body(String.class)).doesNotContain("1.11");
        assertThat(erp.get().uri("/sim/subscriptions").retrieve().body(List.class)).isEmpty();
        assertThat(erp.put().uri("/sim/faults").contentType(MediaType.APPLICATION_JSON).body(Map.of()).retrieve()
                .body(Map.class)).containsEntry("outage", false).containsEntry("errorRate", 0.0);
        Map<?, ?> stats = erp.get().uri("/sim/stats").retrieve().body(Map.class);
        assertThat(((Map<String, ?>) stats.get("endpoints")).keySet()).as("counted since the reset").containsOnly("GET /v1/stock", "GET /v1/customers/{id}/prices");
    }

    private static void put(String path, Object body) {
        erp.put().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toBodilessEntity();
    }
}
