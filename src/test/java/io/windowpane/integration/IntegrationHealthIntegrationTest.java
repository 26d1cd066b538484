package io.windowpane.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.windowpane.account.PortalUsers;
import io.windowpane.erp.ErpException;
import io.windowpane.erp.ErpGateway;
import io.windowpane.support.PortalTest;
import io.windowpane.support.PortalTestInfrastructure;
import io.windowpane.support.SignedInAs;
import io.windowpane.support.TestErpSimulator;

/** The admin's integration page, the buyers' degraded banner, and the operators' metrics and probes. */
@PortalTest
@AutoConfigureMockMvc
class IntegrationHealthIntegrationTest {

    private static final Pattern CELL = Pattern.compile("data-testid=\"op-(count|errors|p50|p95)\"[^>]*>([^<]*)<");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private PortalUsers users;

    @Autowired
    private ErpGateway erp;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private HealthEndpointGroups healthGroups;

    private final TestErpSimulator simulator = TestErpSimulator.shared();

    @AfterEach
    void healthyErp() {
        simulator.reset();
    }

    @Test
    void anErpFailingOneRequestInThreeAndSlowShowsOnThePageAndAsTheBuyersBannerThenClears() throws Exception {
        simulator.put("/sim/latency", Map.of("meanMs", 800, "jitterMs", 0));
        simulator.put("/sim/faults", Map.of("errorRate", 0.3));

        askTheErp(40);

        // the state is worked out at most once a second; a page that reads nothing from the slow ERP
        await().atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
            assertThat(page("/admin/integration", "admin@windowpane.test")).contains("data-testid=\"status-down\"");
            assertThat(page("/account", "buyer@acme.test")).contains("data-testid=\"erp-health-banner\"").contains("data-testid=\"erp-health-down\"");
        });
        String page = page("/admin/integration", "admin@windowpane.test");
        assertThat(mvc.perform(get("/admin/integration").header("HX-Request", "true").with(admin())).andReturn().getResponse()
                .getContentAsString()).as("the part that refreshes itself").startsWith("<div id=\"integration-panel\"")
                .contains("data-operation=\"salesRep\"").doesNotContain("<nav");
        List<String> salesRep = row(page, "salesRep");
        assertThat(Long.parseLong(salesRep.get(0))).as("requests in 5 min").isGreaterThanOrEqualTo(40);
        assertThat(percent(salesRep.get(1))).as("errors in 5 min").isBetween(10.0, 60.0);
        assertThat(millis(salesRep.get(3))).as("p95 in 5 min").isGreaterThanOrEqualTo(700);
        assertThat(page("/erp-health/banner", "buyer@acme.test")).as("the banner's own refresh")
                .contains("data-testid=\"erp-health-banner\"").contains("hx-trigger=\"every 10s\"");

        simulator.reset();

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            assertThat(page("/", "buyer@acme.test")).doesNotContain("erp-health-banner");
            assertThat(page("/admin/integration", "admin@windowpane.test")).contains("data-testid=\"status-ok\"");
        });
        assertThat(page("/erp-health/banner", "buyer@acme.test")).as("the banner's refresh removes it")
                .contains("id=\"erp-health-banner\" hidden").doesNotContain("hx-trigger");
    }

    @Test
    void theBannerAppearsDuringAnOutageAndGoesAwayAfter() throws Exception {
        simulator.put("/sim/faults", Map.of("outage", true));

        askTheErp(6);

        // the state is worked out at most once a second
        await().atMost(Duration.ofSeconds(3)).untilAsserted(() ->
                assertThat(page("/", "buyer@acme.test")).contains("data-testid=\"erp-health-banner\""));
        simulator.reset();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(page("/", "buyer@acme.test")).doesNotContain("erp-health-banner"));
    }

    @Test
    void aPendingSubmissionIsListedWithItsLinkAndRetryNowSendsItOnce() throws Exception {
        long userId = users.loadUserByUsername("buyer@acme.test").id();
        UUID key = UUID.randomUUID();
        String po = "PO-RETRY-" + key.toString().substring(0, 6);
        // waiting for a later attempt, so only the admin's retry sends it
        long id = jdbc.sql("""
                insert into order_submission (idempotency_key, customer_id, user_id, placed_by, customer_po_number, lines,
                    status, attempts, next_attempt_at, last_error)
                values (?, 'C1000', ?, 'Alice Archer', ?, 'PLB-10002,2', 'PENDING', 3, now() + interval '1 hour', 'timed out')
                returning id""").params(key, userId, po).query(Long.class).single();

        String page = page("/admin/integration", "admin@windowpane.test");
        assertThat(page).contains("data-testid=\"outbox-pending\"").contains(po)
                .contains("/admin/integration/submissions/" + id + "\"");
        assertThat(page("/admin/integration/submissions/" + id, "admin@windowpane.test")).contains(po).contains("timed out")
                .contains("PLB-10002").contains(key.toString());

        mvc.perform(post("/admin/integration/submissions/{id}/retry", id).with(admin()).with(csrf()));
        mvc.perform(post("/admin/integration/submissions/{id}/retry", id).with(admin()).with(csrf()));

        assertThat(jdbc.sql("select status from order_submission where id = ?").param(id).query(String.class).single()).isEqualTo("ACCEPTED");
        assertThat(simulator.requestsTo("POST /v1/orders", "submission-" + key)).as("sent once, the second retry finds it sent").isEqualTo(1);
        assertThat(page("/admin/integration/submissions/" + id, "admin@windowpane.test")).contains("Accepted by the ERP");
        assertThat(page("/admin/integration", "admin@windowpane.test")).doesNotContain(po);
    }

    @Test
    void operatorsMetricsNeedAnAdminOrTheScrapeToken() throws Exception {
        assertThat(mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getStatus()).as("anonymous").isIn(302, 401);
        assertThat(mvc.perform(get("/actuator/prometheus").with(buyer())).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer not-the-token"))
                .andReturn().getResponse().getStatus()).isIn(302, 401);

        erp.categories();
        String scraped = mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + PortalTestInfrastructure.SCRAPE_TOKEN))
                .andReturn().getResponse().getContentAsString();
        assertThat(scraped).contains("windowpane_erp_requests_seconds_bucket{").contains("operation=\"categories\"")
                .contains("windowpane_erp_cache_requests_total").contains("windowpane_outbox_pending")
                .contains("windowpane_erp_events_last_seconds").contains("http_server_requests_seconds_bucket{");
        assertThat(mvc.perform(get("/actuator/prometheus").with(admin())).andReturn().getResponse().getStatus()).isEqualTo(200);
        // the example alert rules ask only for series the portal publishes
        Matcher series = Pattern.compile("\\b(windowpane_\\w+|http_server_\\w+|resilience4j_\\w+)")
                .matcher(Files.readString(Path.of("src/main/docker/prometheus-alerts.yml")));
        while (series.find()) {
            assertThat(scraped).as("alert rules' series").contains(series.group(1));
        }
    }

    @Test
    void readinessFollowsTheDatabaseAndLivenessDependsOnNothingOutside() throws Exception {
        assertThat(healthGroups.get("readiness").isMember("db")).isTrue();
        assertThat(healthGroups.get("liveness").isMember("db")).isFalse();
        assertThat(mvc.perform(get("/actuator/health/readiness")).andReturn().getResponse().getContentAsString()).contains("\"UP\"");
        simulator.put("/sim/faults", Map.of("outage", true));
        assertThat(mvc.perform(get("/actuator/health/liveness")).andReturn().getResponse().getStatus()).as("the ERP down").isEqualTo(200);
        assertThat(mvc.perform(get("/actuator/health/readiness")).andReturn().getResponse().getStatus()).as("the ERP down").isEqualTo(200);
    }

    /** As many requests of two kinds (sales rep, categories) as asked, 16 at a time; failures are what is measured. */
    private void askTheErp(int perKind) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < perKind; i++) {
                calls.add(pool.submit(() -> quietly(() -> erp.salesRep("R01"))));
                calls.add(pool.submit(() -> quietly(erp::categories)));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void quietly(Runnable call) {
        try {
            call.run();
        } catch (ErpException expected) {
            // the faults asked for
        }
    }

    private String page(String path, String email) throws Exception {
        return mvc.perform(get(path).with(SignedInAs.user(users, email))).andReturn().getResponse().getContentAsString();
    }

    private RequestPostProcessor admin() {
        return SignedInAs.user(users, "admin@windowpane.test");
    }

    private RequestPostProcessor buyer() {
        return SignedInAs.user(users, "buyer@acme.test");
    }

    /** The 5-minute cells of an operation's row: requests, errors, p50, p95. */
    private static List<String> row(String page, String operation) {
        int start = page.indexOf("data-operation=\"" + operation + "\"");
        assertThat(start).as("a row for %s", operation).isPositive();
        Matcher cell = CELL.matcher(page.substring(start, page.indexOf("</tr>", start)));
        List<String> cells = new ArrayList<>();
        while (cell.find()) {
            cells.add(cell.group(2).trim());
        }
        return cells;
    }

    private static double percent(String text) {
        return Double.parseDouble(text.replace("%", "").trim());
    }

    private static long millis(String text) {
        return text.endsWith(" ms") ? Long.parseLong(text.replace(" ms", "").replace(",", ""))
                : (long) (Double.parseDouble(text.replace(" s", "")) * 1000);
    }
}
