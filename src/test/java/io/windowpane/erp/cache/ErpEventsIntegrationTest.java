package io.windowpane.erp.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import io.windowpane.support.PortalTest;

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

    private String signed(String body, long offsetSeconds) {
        return new WebhookSignatureVerifier(secret.value(), Duration.ofMinutes(5), clock)
                .sign(clock.instant().getEpochSecond() + offsetSeconds, body);
    }

    private int deliver(String signature, String body) throws Exception {
        return mvc.perform(post("/erp/events").header("X-Erp-Signature", signature).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andReturn().getResponse().getStatus();
    }
}
