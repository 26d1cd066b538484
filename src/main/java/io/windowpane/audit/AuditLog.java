package io.windowpane.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Appends to the audit log: who did what, acting for which customer, from where. */
@Service
public class AuditLog {

    /** What was done, as the audit log names it. */
    public enum Action {
        SIGNED_IN, SIGN_IN_FAILED, SIGN_IN_THROTTLED, SIGNED_OUT
    }

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String actorEmail, String actingForCustomerId, Action action, String details, String remoteAddress) {
        jdbc.sql("""
                insert into audit_log (actor_email, acting_for_customer_id, action, details, remote_address)
                values (?, ?, ?, ?, ?)""")
                .params(actorEmail, actingForCustomerId, action.name(), details, remoteAddress).update();
    }

    /** How many entries an actor has for an action (admin views and tests). */
    public long count(String actorEmail, Action action) {
        return jdbc.sql("select count(*) from audit_log where lower(actor_email) = lower(?) and action = ?")
                .params(actorEmail, action.name()).query(Long.class).single();
    }
}
