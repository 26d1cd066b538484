package io.windowpane.checkout;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The checkout module's API for other pages: submissions the ERP does not have (yet), and sending one now. */
@Service
public class OpenSubmissions {

    private final SubmissionStore store;
    private final SubmissionDispatcher dispatcher;
    private final JdbcClient jdbc;

    OpenSubmissions(SubmissionStore store, SubmissionDispatcher dispatcher, JdbcClient jdbc) {
        this.store = store;
        this.dispatcher = dispatcher;
        this.jdbc = jdbc;
    }

    /** Pending, rejected and needs-attention submissions of this customer placed by this user, newest first. */
    public List<Submission> of(String customerId, long userId) {
        return store.open(jdbc, customerId, userId);
    }

    /** Submissions the ERP never confirmed within the attempts allowed, oldest first (for admins). */
    public List<Submission> needingAttention() {
        return store.needingAttention(jdbc);
    }

    /** The oldest submissions still waiting to be sent again. */
    public List<Submission> pending(int limit) {
        return store.pending(jdbc, limit);
    }

    public Optional<Submission> find(long id) {
        return store.find(jdbc, id);
    }

    /** What the last attempt to send it met, if it failed. */
    public Optional<String> lastError(long id) {
        return store.lastError(jdbc, id);
    }

    /**
     * Sends a pending or needs-attention submission now, once, under its customer's lock and with its own key;
     * answers how it stands afterwards, or empty when it was no longer waiting.
     */
    public Optional<Submission> retryNow(long id) {
        if (!store.dueNow(jdbc, id)) {
            return Optional.empty();
        }
        dispatcher.sendOne(id);
        return store.find(jdbc, id);
    }
}
