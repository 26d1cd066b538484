package io.windowpane.erp.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.windowpane.erp.ChangeEvent;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /erp/events}: the ERP's signed webhook deliveries. Refused with 413 when larger than the limit, 401 when the signature or its
 * timestamp does not hold; 400 when the body is not the contract's; 204 once the events are taken.
 */
@RestController
class ErpEventsController {

    /** The contract's delivery body: {@code {"events":[{id, type, key, changeType, at}]}}. */
    record Delivery(List<EventJson> events) {
    }

    record EventJson(String id, ChangeEvent.Type type, String key, ChangeEvent.Kind changeType, Instant at) {
        ChangeEvent toEvent() {
            return new ChangeEvent(id, type, key, changeType, at);
        }
    }

    private final ChangeEventIntake intake;
    private final WebhookSignatureVerifier verifier;
    private final JsonMapper json;
    private final int maxBodyBytes;

    ErpEventsController(ChangeEventIntake intake, ErpEventsProperties properties, Clock clock, JsonMapper json,
            WebhookSecret secret) {
        this.intake = intake;
        this.verifier = new WebhookSignatureVerifier(secret.value(), properties.signatureTolerance(), clock);
        this.json = json;
        this.maxBodyBytes = (int) properties.maxBodySize().toBytes();
    }

    @PostMapping("/erp/events")
    ResponseEntity<Void> receive(@RequestHeader(name = "X-Erp-Signature", required = false) String signature,
            HttpServletRequest request) throws IOException {
        // read at most the limit (a chunked body has no length), so an unsigned flood is never buffered
        if (request.getContentLengthLong() > maxBodyBytes) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
        }
        byte[] bytes = request.getInputStream().readNBytes(maxBodyBytes + 1);
        if (bytes.length > maxBodyBytes) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
        }
        String body = new String(bytes, StandardCharsets.UTF_8);
        if (!verifier.verify(signature, body)) {
            return ResponseEntity.status(401).build();
        }
        Delivery delivery;
        try {
            delivery = json.readValue(body, Delivery.class);
        } catch (JacksonException e) {
            return ResponseEntity.badRequest().build();
        }
        if (delivery == null || delivery.events() == null) {
            return ResponseEntity.badRequest().build();
        }
        intake.accept(delivery.events().stream().map(EventJson::toEvent).toList(), EventMetrics.Source.WEBHOOK);
        return ResponseEntity.noContent().build();
    }

    /** The secret shared with the ERP: configured, or made up once per start and registered with the ERP. */
    record WebhookSecret(String value) {
        static WebhookSecret from(ErpEventsProperties properties) {
            String configured = properties.secret();
            return new WebhookSecret(configured == null || configured.isBlank() ? UUID.randomUUID().toString() : configured);
        }
    }
}
