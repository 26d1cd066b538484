package io.windowpane.checkout;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The checkout module's API for other pages: the buyer's submissions the ERP does not have (yet). */
@Service
public class OpenSubmissions {

    private final SubmissionStore store;
    private final JdbcClient jdbc;

    OpenSubmissions(SubmissionStore store, JdbcClient jdbc) {
        this.store = store;
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
}
