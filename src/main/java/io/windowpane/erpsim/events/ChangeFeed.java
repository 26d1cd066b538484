package io.windowpane.erpsim.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import io.windowpane.erpsim.dataset.ErpLedger;
import io.windowpane.erpsim.dataset.SimChange;

/**
 * The ERP's change feed: every change gets the next sequence number, which doubles as the cursor of
 * {@code GET /v1/changes?after=}. New events are handed to the webhook dispatcher.
 */
@Component
public class ChangeFeed {

    public record Batch(List<ChangeEvent> events, String next) {
    }

    private final List<ChangeEvent> events = new ArrayList<>();
    private final Clock clock;
    private final WebhookDispatcher webhooks;

    ChangeFeed(ErpLedger ledger, Clock clock, WebhookDispatcher webhooks) {
        this.clock = clock;
        this.webhooks = webhooks;
        ledger.onChange(this::append);
    }

    private void append(List<SimChange> changes) {
        List<ChangeEvent> appended = new ArrayList<>(changes.size());
        synchronized (events) {
            for (SimChange change : changes) {
                ChangeEvent event = new ChangeEvent(String.valueOf(events.size() + 1), change.type(), change.key(),
                        change.changeType(), clock.instant());
                events.add(event);
                appended.add(event);
            }
        }
        webhooks.deliver(appended);
    }

    /** Events after the cursor (exclusive), oldest first; {@code next} is the cursor to ask with next time. */
    public Batch after(long cursor, int limit) {
        synchronized (events) {
            int from = (int) Math.max(0, Math.min(cursor, events.size()));
            int to = Math.min(events.size(), from + limit);
            List<ChangeEvent> page = List.copyOf(events.subList(from, to));
            return new Batch(page, String.valueOf(to));
        }
    }
}
