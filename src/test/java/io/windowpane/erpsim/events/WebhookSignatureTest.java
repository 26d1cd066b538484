package io.windowpane.erpsim.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void computesHmacSha256AsRfc4231Specifies() {
        // RFC 4231, test case 2
        assertThat(WebhookSignature.hmac("Jefe", "what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void signsTheTimestampAndTheRawBody() {
        String header = WebhookSignature.header("s3cret", 1700000000L, "{\"events\":[]}");

        assertThat(header).isEqualTo("t=1700000000,v1=" + WebhookSignature.hmac("s3cret", "1700000000.{\"events\":[]}"));
    }

    @Test
    void backsOffExponentially() {
        assertThat(WebhookDispatcher.backoff(Duration.ofMillis(500), 1)).isEqualTo(Duration.ofMillis(500));
        assertThat(WebhookDispatcher.backoff(Duration.ofMillis(500), 4)).isEqualTo(Duration.ofSeconds(4));
    }
}
