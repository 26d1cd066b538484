package io.windowpane.erpsim.events;

import java.time.Instant;

import io.windowpane.erpsim.dataset.SimChange;

/** A change event as the feed and webhooks carry it. */
public record ChangeEvent(String id, SimChange.Type type, String key, SimChange.ChangeType changeType, Instant at) {
}
