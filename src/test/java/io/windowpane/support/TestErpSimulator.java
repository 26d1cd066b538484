package io.windowpane.support;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import io.windowpane.erpsim.ErpSimulatorApplication;

/**
 * The ERP simulator on a random port, started once per test JVM and shared by every test that needs a real
 * ERP over HTTP. {@link #control()} drives its /sim endpoints; {@link #reset()} puts latency and faults back.
 */
public final class TestErpSimulator {

    public static final String API_KEY = "windowpane-demo-key";

    private static TestErpSimulator instance;

    private final ConfigurableApplicationContext context;
    private final URI baseUrl;
    private final RestClient control;
    private final List<Runnable> onReset = new CopyOnWriteArrayList<>();

    private TestErpSimulator() {
        this.context = ErpSimulatorApplication.start("erpsim.port=0", "erpsim.faults.commit-then-timeout-delay=3s",
                "erpsim.webhooks.first-retry-delay=100ms");
        this.baseUrl = URI.create("http://localhost:" + context.getEnvironment().getProperty("local.server.port"));
        this.control = RestClient.builder().baseUrl(baseUrl.toString())
                .defaultHeader("Authorization", "Bearer " + API_KEY).build();
        Runtime.getRuntime().addShutdownHook(new Thread(context::close));
    }

    public static synchronized TestErpSimulator shared() {
        if (instance == null) {
            instance = new TestErpSimulator();
        }
        return instance;
    }

    public URI baseUrl() {
        return baseUrl;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** A client for the simulator with the API key set, for /v1 and /sim calls alike. */
    public RestClient control() {
        return control;
    }

    public void put(String path, Object body, Object... uriVariables) {
        control.put().uri(path, uriVariables).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toBodilessEntity();
    }

    /** Requests served per endpoint since the last {@link #resetStats()}, e.g. "GET /v1/customers/{id}/prices". */
    @SuppressWarnings("unchecked")
    public Map<String, Integer> stats() {
        Map<String, Object> stats = control.get().uri("/sim/stats").retrieve().body(Map.class);
        return (Map<String, Integer>) stats.get("endpoints");
    }

    public int requestsTo(String endpoint) {
        return stats().getOrDefault(endpoint, 0);
    }

    /**
     * Requests to an endpoint that carried this X-Request-Id: a test counts only its own requests, whatever
     * the portal contexts of other tests are doing in the background.
     */
    @SuppressWarnings("unchecked")
    public int requestsTo(String endpoint, String requestId) {
        Map<String, Object> stats = control.get().uri("/sim/stats?requestId={id}", requestId).retrieve().body(Map.class);
        return ((Map<String, Integer>) stats.get("endpoints")).getOrDefault(endpoint, 0);
    }

    public void resetStats() {
        control.post().uri("/sim/stats/reset").retrieve().toBodilessEntity();
    }

    /** Runs on every {@link #reset()}: the portal contexts' circuit breakers close again. */
    public void onReset(Runnable action) {
        onReset.add(action);
    }

    /** Back to a healthy, fast ERP, and the portal contexts ready to ask it again. */
    public void reset() {
        put("/sim/latency", Map.of("meanMs", 0, "jitterMs", 0));
        put("/sim/faults", Map.of("errorRate", 0, "outage", false, "commitThenTimeout", false));
        onReset.forEach(Runnable::run);
    }

    /** The customer's unit price of the SKU at its first quantity break, as the ERP prices it now. */
    public BigDecimal unitPrice(String customerId, String sku) {
        List<?> prices = control().get().uri("/v1/customers/{c}/prices?skus={s}", customerId, sku).retrieve()
                .body(List.class);
        List<?> breaks = (List<?>) ((Map<?, ?>) prices.get(0)).get("breaks");
        return new BigDecimal(((Map<?, ?>) breaks.get(0)).get("unitPrice").toString());
    }

    /** A fastener the two customers are priced differently for (contract prices cover part of the range). */
    public String skuPricedDifferently(String customerId, String otherCustomerId) {
        for (int n = 10000; n < 10100; n++) {
            String sku = "FAS-" + n;
            if (unitPrice(customerId, sku).compareTo(unitPrice(otherCustomerId, sku)) != 0) {
                return sku;
            }
        }
        throw new IllegalStateException("no SKU priced differently for " + customerId + " and " + otherCustomerId);
    }
}
