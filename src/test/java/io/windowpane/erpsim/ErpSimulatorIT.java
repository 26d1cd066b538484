package io.windowpane.erpsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.windowpane.erpsim.events.WebhookSignature;
import io.windowpane.support.TestErpSimulator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The simulator's contract rules, exercised over real HTTP. */
class ErpSimulatorIT {

    private static final String KEY = "Bearer " + TestErpSimulator.API_KEY;

    private final TestErpSimulator erp = TestErpSimulator.shared();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void healthyAgain() {
        erp.reset();
    }

    @Test
    void refusesRequestsWithoutTheApiKey() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/v1/categories")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json.readTree(response.body()).get("code").asString()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void echoesTheCallersRequestId() throws Exception {
        HttpResponse<String> response = send(get("/v1/categories").header("X-Request-Id", "req-42"));

        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("req-42");
    }

    @Test
    void answersNotModifiedWhenTheEtagMatches() throws Exception {
        HttpResponse<String> first = send(get("/v1/customers/C1002"));
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = send(get("/v1/customers/C1002").header("If-None-Match", etag));

        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void createsOneOrderForTwoPostsWithTheSameIdempotencyKey() throws Exception {
        String po = "PO-" + UUID.randomUUID();
        String body = orderBody("C1000", po, stockedSku(), 1);
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = send(post("/v1/orders", body).header("Idempotency-Key", key));
        HttpResponse<String> second = send(post("/v1/orders", body).header("Idempotency-Key", key));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(json.readTree(second.body()).get("number")).isEqualTo(json.readTree(first.body()).get("number"));
        assertThat(ordersWithPo("C1000", po)).isEqualTo(1);
    }

    @Test
    void concurrentOrdersCreateOnlyAsManyAsTheCreditFits() throws Exception {
        String customer = customerWithBlockingCreditPolicy();
        String sku = stockedSku();
        BigDecimal orderTotal = quoteTotal(customer, sku);
        BigDecimal openOrders = new BigDecimal(json.readTree(send(get("/v1/customers/" + customer + "/credit")).body())
                .get("openOrders").asString());
        erp.put("/sim/customers/{id}/credit", Map.of("creditLimit", openOrders.add(orderTotal.multiply(BigDecimal.valueOf(3))), "balance", 0), customer);
        String po = "PO-RACE-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Callable<Integer>> orders = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String body = orderBody(customer, po + "-" + i, sku, 1);
            orders.add(() -> send(post("/v1/orders", body).header("Idempotency-Key", UUID.randomUUID().toString())).statusCode());
        }

        int created = 0;
        for (Future<Integer> status : pool.invokeAll(orders)) {
            created += status.get() == 201 ? 1 : 0;
        }
        pool.shutdown();

        assertThat(created).isEqualTo(3);
        assertThat(ordersWithPo(customer, po)).isEqualTo(3);
        JsonNode credit = json.readTree(send(get("/v1/customers/" + customer + "/credit")).body());
        assertThat(new BigDecimal(credit.get("available").asString())).isNotNegative();
    }

    @Test
    void aPriceChangeAppearsInTheChangeFeedAndThePrices() throws Exception {
        String sku = stockedSku();
        String cursor = latestCursor();

        erp.put("/sim/prices/{customer}/{sku}", Map.of("breaks", List.of(Map.of("minQty", 1, "unitPrice", 12.34),
                Map.of("minQty", 10, "unitPrice", 11.00))), "C1000", sku);

        JsonNode events = json.readTree(send(get("/v1/changes?after=" + cursor)).body()).get("events");
        assertThat(events.valueStream().filter(e -> e.get("type").asString().equals("PRICE")
                && e.get("key").asString().equals(sku))).hasSize(1);
        JsonNode price = json.readTree(send(get("/v1/customers/C1000/prices?skus=" + sku)).body()).get(0);
        assertThat(price.get("breaks").get(1).get("unitPrice").decimalValue()).isEqualByComparingTo("11.00");
        assertThat(price.get("source").asString()).isEqualTo("CONTRACT");
    }

    @Test
    void deliversSignedWebhooksAndRetriesAfterAServerError() throws Exception {
        List<String[]> deliveries = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            deliveries.add(new String[] {exchange.getRequestHeaders().getFirst("X-Erp-Event-Id"),
                    exchange.getRequestHeaders().getFirst("X-Erp-Signature"), body});
            exchange.sendResponseHeaders(calls.getAndIncrement() == 0 ? 503 : 204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String url = "http://localhost:" + receiver.getAddress().getPort() + "/hook";
            send(post("/v1/subscriptions", json.writeValueAsString(Map.of("url", url, "secret", "hook-secret",
                    "types", List.of("CREDIT")))));

            erp.put("/sim/customers/{id}/credit", Map.of("balance", 100), "C1002");

            await().atMost(Duration.ofSeconds(10)).until(() -> deliveries.size() >= 2);
            assertThat(deliveries.get(1)[0]).isEqualTo(deliveries.get(0)[0]);
            String[] delivered = deliveries.get(1);
            String timestamp = delivered[1].substring(2, delivered[1].indexOf(','));
            assertThat(delivered[1]).isEqualTo(WebhookSignature.header("hook-secret", Long.parseLong(timestamp), delivered[2]));
            assertThat(json.readTree(delivered[2]).get("events").get(0).get("key").asString()).isEqualTo("C1002");
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void commitThenTimeoutCommitsTheOrderButHoldsTheAnswerUntilAReplay() throws Exception {
        erp.put("/sim/faults", Map.of("commitThenTimeout", true));
        String po = "PO-CTT-" + UUID.randomUUID();
        String body = orderBody("C1000", po, stockedSku(), 1);
        String key = UUID.randomUUID().toString();

        try {
            send(post("/v1/orders", body).header("Idempotency-Key", key).timeout(Duration.ofMillis(500)));
            throw new AssertionError("expected the answer to be held back");
        } catch (HttpTimeoutException expected) {
            // the caller does not know whether the order exists
        }

        assertThat(ordersWithPo("C1000", po)).isEqualTo(1);
        HttpResponse<String> replay = send(post("/v1/orders", body).header("Idempotency-Key", key).timeout(Duration.ofSeconds(2)));
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(ordersWithPo("C1000", po)).isEqualTo(1);
    }

    @Test
    void anOutageAnswersServiceUnavailable() throws Exception {
        erp.put("/sim/faults", Map.of("outage", true));

        HttpResponse<String> response = send(get("/v1/categories"));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(json.readTree(response.body()).get("code").asString()).isEqualTo("ERP_UNAVAILABLE");
    }

    @Test
    void countsRequestsPerEndpointAndPerRequestId() throws Exception {
        String marker = "count-" + UUID.randomUUID();

        send(get("/v1/customers/C1000/prices?skus=FAS-10000").header("X-Request-Id", marker));
        send(get("/v1/customers/C1001/prices?skus=FAS-10000,FAS-10001").header("X-Request-Id", marker));
        send(get("/v1/customers/C1001/prices?skus=FAS-10000"));

        assertThat(erp.requestsTo("GET /v1/customers/{id}/prices", marker)).isEqualTo(2);
        assertThat(erp.requestsTo("GET /v1/customers/{id}/prices")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void controlEndpointsNeedTheApiKey() throws Exception {
        HttpResponse<String> withoutKey = http.send(HttpRequest.newBuilder(uri("/sim/stats")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(withoutKey.statusCode()).isEqualTo(401);
        assertThat(send(get("/sim/stats")).statusCode()).isEqualTo(200);
    }

    @Test
    void oneReceiverUrlHasOneSubscriptionWhichCanBeEnded() throws Exception {
        String url = "http://localhost:9/renewed-" + UUID.randomUUID();
        String subscribe = "{\"url\":\"" + url + "\",\"secret\":\"s3cret-s3cret-s3cret\",\"types\":[\"STOCK\"]}";

        send(post("/v1/subscriptions", subscribe));
        String id = json.readTree(send(post("/v1/subscriptions", subscribe)).body()).get("id").asString();

        assertThat(subscriptionsTo(url)).isEqualTo(1);
        assertThat(send(delete("/v1/subscriptions/" + id)).statusCode()).isEqualTo(204);
        assertThat(subscriptionsTo(url)).isZero();
        assertThat(send(delete("/v1/subscriptions/" + id)).statusCode()).isEqualTo(404);
    }

    // ---- helpers ----

    private String stockedSku() throws Exception {
        JsonNode items = json.readTree(send(get("/v1/items?category=TLS&size=100")).body()).get("items");
        for (JsonNode item : items) {
            String sku = item.get("sku").asString();
            int available = 0;
            for (JsonNode row : json.readTree(send(get("/v1/stock?skus=" + sku)).body())) {
                available += row.get("available").asInt();
            }
            if (available >= 50 && !item.get("discontinued").asBoolean()) {
                return sku;
            }
        }
        throw new IllegalStateException("no stocked tool in the first page");
    }

    private String customerWithBlockingCreditPolicy() throws Exception {
        for (int i = 1003; i < 1050; i++) {
            JsonNode credit = json.readTree(send(get("/v1/customers/C" + i + "/credit")).body());
            JsonNode customer = json.readTree(send(get("/v1/customers/C" + i)).body());
            if (credit.get("policy").asString().equals("BLOCK") && customer.get("blocked").asString().equals("NONE")) {
                return "C" + i;
            }
        }
        throw new IllegalStateException("no customer with a BLOCK credit policy");
    }

    private BigDecimal quoteTotal(String customer, String sku) throws Exception {
        String body = json.writeValueAsString(Map.of("customerId", customer, "lines", List.of(Map.of("sku", sku, "qty", 1))));
        return json.readTree(send(post("/v1/price-quotes", body)).body()).get("total").decimalValue();
    }

    private int ordersWithPo(String customer, String po) throws Exception {
        return json.readTree(send(get("/v1/orders?customerId=" + customer + "&q=" + po)).body()).get("total").asInt();
    }

    private String latestCursor() throws Exception {
        String cursor = "0";
        while (true) {
            JsonNode batch = json.readTree(send(get("/v1/changes?limit=200&after=" + cursor)).body());
            if (batch.get("events").isEmpty()) {
                return cursor;
            }
            cursor = batch.get("next").asString();
        }
    }

    private String orderBody(String customer, String po, String sku, int qty) {
        return json.writeValueAsString(Map.of("customerId", customer, "customerPoNumber", po, "placedBy", "test",
                "lines", List.of(Map.of("sku", sku, "qty", qty))));
    }

    private URI uri(String path) {
        return erp.baseUrl().resolve(path);
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", KEY);
    }

    private HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpRequest.Builder delete(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", KEY).DELETE();
    }

    private long subscriptionsTo(String url) throws Exception {
        JsonNode subscriptions = json.readTree(send(get("/sim/subscriptions")).body());
        int count = 0;
        for (JsonNode subscription : subscriptions) {
            count += subscription.get("url").asString().equals(url) ? 1 : 0;
        }
        return count;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
