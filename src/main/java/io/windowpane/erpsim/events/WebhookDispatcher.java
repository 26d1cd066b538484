package io.windowpane.erpsim.events;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import io.windowpane.erpsim.SimulatorProperties;
import io.windowpane.erpsim.dataset.SimChange;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers change events to the registered receivers, one event per delivery, signed with the receiver's
 * secret. A 5xx answer or a time-out is retried with exponential backoff; a 4xx answer is final.
 */
@Component
public class WebhookDispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    public record Subscription(String id, String url, Set<SimChange.Type> types) {
    }

    private record Receiver(Subscription subscription, String secret) {
    }

    private final List<Receiver> receivers = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2);
    private final HttpClient http;
    private final JsonMapper json;
    private final Clock clock;
    private final SimulatorProperties.Webhooks settings;

    WebhookDispatcher(JsonMapper json, Clock clock, SimulatorProperties properties) {
        this.json = json;
        this.clock = clock;
        this.settings = properties.webhooks();
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    /** Registers a receiver; one URL has one subscription, so registering it again replaces (renews) it. */
    public synchronized Subscription subscribe(String url, String secret, Set<SimChange.Type> types) {
        Subscription subscription = new Subscription(UUID.randomUUID().toString(), url,
                types == null || types.isEmpty() ? Set.of(SimChange.Type.values()) : Set.copyOf(types));
        receivers.removeIf(receiver -> receiver.subscription().url().equals(url));
        receivers.add(new Receiver(subscription, secret));
        return subscription;
    }

    /** Ends a subscription; false when there is none with that id. */
    public boolean unsubscribe(String id) {
        return receivers.removeIf(receiver -> receiver.subscription().id().equals(id));
    }

    public List<Subscription> subscriptions() {
        return receivers.stream().map(Receiver::subscription).toList();
    }

    public void reset() {
        receivers.clear();
    }

    void deliver(List<ChangeEvent> events) {
        for (Receiver receiver : receivers) {
            events.stream().filter(e -> receiver.subscription().types().contains(e.type()))
                    .forEach(event -> executor.execute(() -> attempt(receiver, event, 1)));
        }
    }

    private void attempt(Receiver receiver, ChangeEvent event, int attempt) {
        String body = json.writeValueAsString(Map.of("events", List.of(event)));
        long now = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(receiver.subscription().url()))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("X-Erp-Event-Id", event.id())
                .header("X-Erp-Signature", WebhookSignature.header(receiver.secret(), now, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 500) {
                retry(receiver, event, attempt, "HTTP " + status);
            } else if (status >= 400) {
                log.warn("Webhook {} refused event {} with HTTP {}; not retried", receiver.subscription().url(), event.id(), status);
            }
        } catch (IOException e) {
            retry(receiver, event, attempt, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void retry(Receiver receiver, ChangeEvent event, int attempt, String reason) {
        if (attempt >= settings.maxAttempts()) {
            log.warn("Webhook {} gave up on event {} after {} attempts: {}", receiver.subscription().url(), event.id(), attempt, reason);
            return;
        }
        long delay = backoff(settings.firstRetryDelay(), attempt).toMillis();
        executor.schedule(() -> attempt(receiver, event, attempt + 1), delay, TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    /** The wait before attempt number {@code attempt + 1}: the first delay, doubled after every attempt. */
    static Duration backoff(Duration first, int attempt) {
        return first.multipliedBy(1L << (attempt - 1));
    }
}
