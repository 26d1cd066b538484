package io.windowpane.erpsim.api;

import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.windowpane.erpsim.dataset.SimChange;
import io.windowpane.erpsim.dataset.SimRejection;
import io.windowpane.erpsim.events.ChangeFeed;
import io.windowpane.erpsim.events.WebhookDispatcher;

@RestController
class ChangesApi {

    record SubscriptionRequest(String url, String secret, Set<SimChange.Type> types) {
    }

    private final ChangeFeed feed;
    private final WebhookDispatcher webhooks;

    ChangesApi(ChangeFeed feed, WebhookDispatcher webhooks) {
        this.feed = feed;
        this.webhooks = webhooks;
    }

    @GetMapping("/v1/changes")
    ChangeFeed.Batch changes(@RequestParam(defaultValue = "0") long after, @RequestParam(defaultValue = "100") int limit) {
        return feed.after(after, Paging.size(limit));
    }

    @PostMapping("/v1/subscriptions")
    @ResponseStatus(HttpStatus.CREATED)
    WebhookDispatcher.Subscription subscribe(@RequestBody SubscriptionRequest request) {
        if (request.url() == null || request.url().isBlank() || request.secret() == null || request.secret().isBlank()) {
            throw new SimRejection(400, "INVALID_SUBSCRIPTION", "A subscription needs a url and a secret");
        }
        return webhooks.subscribe(request.url(), request.secret(), request.types());
    }

    @DeleteMapping("/v1/subscriptions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unsubscribe(@PathVariable String id) {
        if (!webhooks.unsubscribe(id)) {
            throw new SimRejection(404, "NOT_FOUND", "Subscription " + id + " not found");
        }
    }
}
