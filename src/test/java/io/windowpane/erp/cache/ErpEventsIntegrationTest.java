package io.windowpane.erp.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import io.windowpane.account.PortalUsers;
import io.windowpane.catalog.CatalogView;
import io.windowpane.support.PortalTest;
import io.windowpane.support.SignedInAs;
import io.windowpane.support.TestErpSimulator;

/** POST /erp/events takes only deliveries signed with the shared secret, recently. */
@PortalTest
@AutoConfigureMockMvc
class ErpEventsIntegrationTest {

    private static final String BODY = "{\"events\":[{\"id\":\"it-1\",\"type\":\"STOCK\",\"key\":\"FAS-10000\","
            + "\"changeType\":\"UPDATED\",\"at\":\"2026-11-22T10:00:00Z\"}]}";

    @LocalServerPort
    private int port;

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ErpEventsController.WebhookSecret secret;

    @Autowired
    private Clock clock;

    @Autowired
    private PortalUsers users;

    private final TestErpSimulator simulator = TestErpSimulator.shared();

    @Test
    void acceptsASignedDelivery() throws Exception {
        assertThat(deliver(signed(BODY, 0), BODY)).isEqualTo(204);
    }

    @Test
    void appliesAnEventOnceHoweverOftenItIsDelivered() throws Exception {
        // a SKU whose price the catalog page just cached
        CatalogView page = (CatalogView) mvc.perform(get("/catalog?q={q}", "ball valve").with(SignedInAs.user(users, "buyer@acme.test")))
                .andReturn().getModelAndView().getModel().get("catalog");
        String body = "{\"events\":[{\"id\":\"once-1\",\"type\":\"PRICE\",\"key\":\"" + page.results().value().rows().get(0).item().sku()
                + "\",\"changeType\":\"UPDATED\",\"at\":\"2026-11-22T10:00:00Z\"}]}";
        // the re-read carries the delivery's request id, so other portal contexts' ERP requests are not counted
        String marker = "once-" + UUID.randomUUID();

        assertThat(deliver(signed(body, 0), body, marker)).isEqualTo(204);
        await().atMost(Duration.ofSeconds(2)).until(() -> simulator.requestsTo("GET /v1/customers/{id}/prices", marker) == 1);
        assertThat(deliver(signed(body, 0), body, marker)).as("a re-delivery is taken, not applied").isEqualTo(204);

        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> simulator.requestsTo("GET /v1/customers/{id}/prices", marker) == 1);
    }

    @Test
    void refusesALargeUnsignedBodyWithoutReadingIt() throws Exception {
        long declared = 256L * 1024 * 1024;
        CountingStream flood = new CountingStream(declared);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/erp/events"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> flood)).build();

        int status;
        try {
            status = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException connectionClosedWhileSending) {
            status = 413;
        }

        assertThat(status).isEqualTo(413);
        assertThat(flood.produced()).as("bytes the client managed to send before the portal stopped reading")
                .isLessThan(declared / 8);
    }

    @Test
    void refusesABodyWhoseDeclaredLengthIsOverTheLimit() throws Exception {
        String body = "{\"events\":[]}" + " ".repeat(70 * 1024);

        assertThat(deliver(signed(body, 0), body)).isEqualTo(413);
    }

    @Test
    void refusesAWrongSignature() throws Exception {
        String forged = new WebhookSignatureVerifier("guessed", Duration.ofMinutes(5), clock)
                .sign(clock.instant().getEpochSecond(), BODY);

        assertThat(deliver(forged, BODY)).isEqualTo(401);
    }

    @Test
    void refusesAnOldDelivery() throws Exception {
        assertThat(deliver(signed(BODY, -600), BODY)).isEqualTo(401);
    }

    @Test
    void refusesAnUnsignedDelivery() throws Exception {
        assertThat(mvc.perform(post("/erp/events").contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void refusesASignedBodyThatIsNotTheContracts() throws Exception {
        String body = "{\"nope\":";

        assertThat(deliver(signed(body, 0), body)).isEqualTo(400);
    }

    /** A chunked request body of {@code size} bytes of JSON-ish text, counting how much of it was read. */
    private static final class CountingStream extends InputStream {
        private final long size;
        private final AtomicLong produced = new AtomicLong();

        CountingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return produced.getAndIncrement() < size ? ' ' : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            long left = size - produced.get();
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            Arrays.fill(buffer, offset, offset + n, (byte) ' ');
            produced.addAndGet(n);
            return n;
        }

        long produced() {
            return produced.get();
        }
    }

    private String signed(String body, long offsetSeconds) {
        return new WebhookSignatureVerifier(secret.value(), Duration.ofMinutes(5), clock)
                .sign(clock.instant().getEpochSecond() + offsetSeconds, body);
    }

    private int deliver(String signature, String body) throws Exception {
        return deliver(signature, body, UUID.randomUUID().toString());
    }

    private int deliver(String signature, String body, String requestId) throws Exception {
        return mvc.perform(post("/erp/events").header("X-Erp-Signature", signature).header("X-Request-Id", requestId)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getStatus();
    }
}
