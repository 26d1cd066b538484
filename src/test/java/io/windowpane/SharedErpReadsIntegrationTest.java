package io.windowpane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.windowpane.account.PortalUsers;
import io.windowpane.account.Role;
import io.windowpane.support.AnotherPortalInstance;
import io.windowpane.support.PortalHttp;
import io.windowpane.support.TestErpSimulator;

/**
 * Two portal instances on one database tell each other what they read from the ERP, so a balancer's round robin
 * does not make the ERP answer every page twice; change events still win over what a peer told.
 */
class SharedErpReadsIntegrationTest {

    private static final String PASSWORD = "shared-reads-demo";
    private static final List<String> PAGE_READS = List.of("GET /v1/customers/{id}/prices", "GET /v1/stock", "GET /v1/items");

    private static AnotherPortalInstance first;
    private static AnotherPortalInstance second;

    private final TestErpSimulator simulator = TestErpSimulator.shared();

    @BeforeAll
    static void startTwoInstancesThatShare() {
        String channel = "shared_reads_test_" + UUID.randomUUID().toString().substring(0, 8);
        first = AnotherPortalInstance.start("windowpane.test.share-caches=true", "windowpane.erp.cache.sharing.channel=" + channel);
        second = AnotherPortalInstance.start("windowpane.test.share-caches=true", "windowpane.erp.cache.sharing.channel=" + channel);
    }

    @AfterAll
    static void stopThem() {
        first.close();
        second.close();
    }

    @Test
    void aProductPageReadOnOneInstanceCostsTheOtherNoErpRequest() {
        String sku = "PLB-10004";
        PortalHttp onFirst = signedIn(first, "C1037", "first", 91);
        PortalHttp onSecond = signedIn(second, "C1037", "second", 92);
        String cold = "shared-cold-" + UUID.randomUUID();
        String warm = "shared-warm-" + UUID.randomUUID();

        String firstPage = view(onFirst, "/products/" + sku, cold);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> taken(second, "prices") >= 1 && taken(second, "stock") >= 1 && taken(second, "items") >= 1);
        String secondPage = view(onSecond, "/products/" + sku, warm);

        assertThat(erpReads(cold)).as("the first instance read the page from the ERP").isPositive();
        assertThat(erpReads(warm)).as("the second instance's ERP reads for the same page").isZero();
        assertThat(priceBreaks(secondPage)).contains("$").isEqualTo(priceBreaks(firstPage));
    }

    @Test
    void aPriceChangeInTheErpStillShowsOnBothWithinTwoSeconds() {
        String sku = "JAN-10009";
        PortalHttp onFirst = signedIn(first, "C1038", "change-first", 93);
        PortalHttp onSecond = signedIn(second, "C1038", "change-second", 94);
        assertThat(onFirst.get("/products/" + sku).statusCode()).isEqualTo(200);
        assertThat(onSecond.get("/products/" + sku).statusCode()).isEqualTo(200);
        String newPrice = "8" + (100 + (int) (Math.random() * 800)) + ".29";

        simulator.put("/sim/prices/{customer}/{sku}", Map.of("breaks", List.of(Map.of("minQty", 1, "unitPrice", new BigDecimal(newPrice)))),
                "C1038", sku);

        String shown = "$" + newPrice.charAt(0) + "," + newPrice.substring(1);
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            assertThat(onFirst.get("/products/" + sku).body()).contains(shown);
            assertThat(onSecond.get("/products/" + sku).body()).contains(shown);
        });
    }

    private static PortalHttp signedIn(AnotherPortalInstance instance, String customer, String name, int seed) {
        String email = name + "@" + customer.toLowerCase() + ".shared-reads.test";
        instance.bean(PortalUsers.class).createIfAbsent(email, PASSWORD, "Shared " + name, Role.BUYER, customer, null);
        PortalHttp visitor = PortalHttp.visitor(instance.port(), seed);
        assertThat(visitor.signIn(email, PASSWORD)).isEqualTo("/");
        return visitor;
    }

    private static String view(PortalHttp visitor, String path, String requestId) {
        HttpResponse<String> page = visitor.send(visitor.request(path).header("X-Request-Id", requestId).GET().build());
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    private int erpReads(String requestId) {
        return PAGE_READS.stream().mapToInt(endpoint -> simulator.requestsTo(endpoint, requestId)).sum();
    }

    private static double taken(AnotherPortalInstance instance, String type) {
        var counter = instance.bean(MeterRegistry.class).find("windowpane.erp.cache.shared").tag("type", type)
                .tag("direction", "taken").counter();
        return counter == null ? 0 : counter.count();
    }

    private static String priceBreaks(String page) {
        Matcher matcher = Pattern.compile("data-testid=\"price-breaks\".*?</table>", Pattern.DOTALL).matcher(page);
        assertThat(matcher.find()).as("the page shows its price breaks").isTrue();
        return matcher.group();
    }
}
