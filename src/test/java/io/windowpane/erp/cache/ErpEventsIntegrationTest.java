package io.windowpane.erp.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import io.windowpane.account.PortalUsers;
import io.windowpane.support.PortalTest;
import io.windowpane.support.SignedInAs;
import io.windowpane.support.TestErpSimulator;

/** POST /erp/events takes only deliveries signed with the shared secret, recently. */
@PortalTest
@AutoConfigureMockMvc
class ErpEventsIntegrationTest {

    private static final String BODY = "{\"events\":[{\"id\":\"it-1\",\"type\":\"STOCK\",\"key\":\"FAS-10000\","
            + "\"changeType\":\"UPDATED\",\"at\":\"2026-11-22T10:00:00Z\"}]}";

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
    void acceptsTheSameDeliveryAgainWithoutError() throws Exception {
        deliver(signed(BODY, 0), BODY);

        assertThat(deliver(signed(BODY, 0), BODY)).isEqualTo(204);
    }

    @Test
    void appliesAnEventOnceHoweverOftenItIsDelivered() throws Exception {
        mvc.perform(get("/catalog?q=ball+valve").with(SignedInAs.user(users, "buyer@acme.test")));
        String body = "{\"events\":[{\"id\":\"once-1\",\"type\":\"PRICE\",\"key\":\"" + firstSku("ball valve")
                + "\",\"changeType\":\"UPDATED\",\"at\":\"2026-11-22T10:00:00Z\"}]}";
        simulator.resetStats();

        deliver(signed(body, 0), body);
        await().atMost(Duration.ofSeconds(2)).until(() -> simulator.requestsTo("GET /v1/customers/{id}/prices") == 1);
        deliver(signed(body, 0), body);
        Thread.sleep(500);

        assertThat(simulator.requestsTo("GET /v1/customers/{id}/prices")).isEqualTo(1);
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

    private String firstSku(String query) {
        Map<?, ?> page = simulator.control().get().uri("/v1/items?q={q}&size=1", query).retrieve().body(Map.class);
        return ((Map<?, ?>) ((List<?>) page.get("items")).get(0)).get("sku").toString();
    }

    private String signed(String body, long offsetSeconds) {
        return new WebhookSignatureVerifier(secret.value(), Duration.ofMinutes(5), clock)
                .sign(clock.instant().getEpochSecond() + offsetSeconds, body);
    }

    private int deliver(String signature, String body) throws Exception {
        return mvc.perform(post("/erp/events").header("X-Erp-Signature", signature).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andReturn().getResponse().getStatus();
    }
}
