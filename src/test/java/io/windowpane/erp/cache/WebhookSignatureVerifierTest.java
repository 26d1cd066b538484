package io.windowpane.erp.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import io.windowpane.erpsim.events.WebhookSignature;

class WebhookSignatureVerifierTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final String BODY = "{\"events\":[{\"id\":\"7\",\"type\":\"PRICE\",\"key\":\"FAS-10000\"}]}";

    private final WebhookSignatureVerifier verifier = new WebhookSignatureVerifier("s3cret", Duration.ofMinutes(5),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void acceptsWhatTheErpSigned() {
        // signed the way the ERP simulator signs its deliveries
        assertThat(verifier.verify(WebhookSignature.header("s3cret", NOW.getEpochSecond(), BODY), BODY)).isTrue();
    }

    @Test
    void refusesABodyThatWasChanged() {
        String header = verifier.sign(NOW.getEpochSecond(), BODY);

        assertThat(verifier.verify(header, BODY.replace("FAS-10000", "FAS-10001"))).isFalse();
    }

    @Test
    void refusesAnotherSecret() {
        assertThat(verifier.verify(WebhookSignature.header("other", NOW.getEpochSecond(), BODY), BODY)).isFalse();
    }

    @Test
    void refusesAnOldDeliveryReplayedLater() {
        String header = verifier.sign(NOW.minus(Duration.ofMinutes(6)).getEpochSecond(), BODY);

        assertThat(verifier.verify(header, BODY)).isFalse();
    }

    @Test
    void refusesAMissingOrMalformedHeader() {
        assertThat(verifier.verify(null, BODY)).isFalse();
        assertThat(verifier.verify("v1=abc", BODY)).isFalse();
        assertThat(verifier.verify("t=notanumber,v1=abc", BODY)).isFalse();
    }
}
