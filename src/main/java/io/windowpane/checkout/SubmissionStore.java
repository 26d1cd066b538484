package io.windowpane.checkout;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.windowpane.erp.SalesAgent;

/** The outbox table, read and written with the JdbcClient it is given (the checkout lock's, or the pool's). */
@Component
class SubmissionStore {

    private static final String COLUMNS = """
            id, idempotency_key, customer_id, user_id, placed_by, sales_agent_code, sales_agent_email, customer_po_number, ship_to_id, requested_date,
            lines, status, erp_order_number, rejection_code, rejection_message, attempts, created_at""";

    private static final RowMapper<Submission> ROW = SubmissionStore::map;

    long insertPending(JdbcClient jdbc, UUID key, String customerId, long userId, String placedBy, SalesAgent salesAgent,
            String po, String shipToId, LocalDate requestedDate, String lines) {
        return jdbc.sql("""
                insert into order_submission (idempotency_key, customer_id, user_id, placed_by, sales_agent_code,
                    sales_agent_email, customer_po_number, ship_to_id, requested_date, lines, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING') returning id""")
                .params(key, customerId, userId, placedBy, salesAgent == null ? null : salesAgent.code(),
                        salesAgent == null ? null : salesAgent.email(), po, shipToId, requestedDate, lines)
                .query(Long.class).single();
    }

    /** This customer's orders the portal took and the ERP has not confirmed (any user's). */
    List<Submission> inFlight(JdbcClient jdbc, String customerId) {
        return jdbc.sql("select " + COLUMNS + " from order_submission where customer_id = ?"
                + " and status in ('PENDING', 'NEEDS_ATTENTION') order by created_at").param(customerId).query(ROW).list();
    }

    List<Submission> pending(JdbcClient jdbc, int limit) {
        return jdbc.sql("select " + COLUMNS + " from order_submission where status = 'PENDING' order by created_at limit ?")
                .param(limit).query(ROW).list();
    }

    /** How many are pending, the oldest one's creation time, and how many need attention (for the outbox meters). */
    Depth depth(JdbcClient jdbc) {
        return jdbc.sql("""
                select count(*) filter (where status = 'PENDING') as pending,
                       min(created_at) filter (where status = 'PENDING') as oldest,
                       count(*) filter (where status = 'NEEDS_ATTENTION') as attention
                from order_submission where status in ('PENDING', 'NEEDS_ATTENTION')""")
                .query((rs, n) -> new Depth(rs.getLong("pending"),
                        rs.getTimestamp("oldest") != null ? rs.getTimestamp("oldest").toInstant() : null, rs.getLong("attention")))
                .single();
    }

    record Depth(long pending, Instant oldestPending, long needingAttention) {
    }

    /** Makes a pending or needs-attention submission due now; false when it is neither (sent or rejected meanwhile). */
    boolean dueNow(JdbcClient jdbc, long id) {
        return jdbc.sql("update order_submission set status = 'PENDING', next_attempt_at = now(), updated_at = now()"
                + " where id = ? and status in ('PENDING', 'NEEDS_ATTENTION')").param(id).update() == 1;
    }

    Optional<String> lastError(JdbcClient jdbc, long id) {
        return jdbc.sql("select last_error from order_submission where id = ?").param(id)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(error -> error);
    }

    List<Submission> needingAttention(JdbcClient jdbc) {
        return jdbc.sql("select " + COLUMNS + " from order_submission where status = 'NEEDS_ATTENTION' order by created_at")
                .query(ROW).list();
    }

    String customerOf(JdbcClient jdbc, long id) {
        return jdbc.sql("select customer_id from order_submission where id = ?").param(id).query(String.class).single();
    }

    /** The attempts made so far, read without the lines (which a damaged row may not parse). */
    int attempts(JdbcClient jdbc, long id) {
        return jdbc.sql("select attempts from order_submission where id = ?").param(id).query(Integer.class).single();
    }

    Optional<Submission> findByKey(JdbcClient jdbc, UUID key) {
        return jdbc.sql("select " + COLUMNS + " from order_submission where idempotency_key = ?").param(key).query(ROW).optional();
    }

    Optional<Submission> find(JdbcClient jdbc, long id) {
        return jdbc.sql("select " + COLUMNS + " from order_submission where id = ?").param(id).query(ROW).optional();
    }

    /** The submission if it is still pending and due: another instance may have sent or rescheduled it meanwhile. */
    Optional<Submission> findDue(JdbcClient jdbc, long id, Instant now) {
        return jdbc.sql("select " + COLUMNS + " from order_submission where id = ? and status = 'PENDING' and next_attempt_at <= ?")
                .params(id, Timestamp.from(now)).query(ROW).optional();
    }

    List<Submission> open(JdbcClient jdbc, String customerId, long userId) {
        return jdbc.sql("select " + COLUMNS + " from order_submission where customer_id = ? and user_id = ?"
                + " and status in ('PENDING', 'REJECTED', 'NEEDS_ATTENTION') order by created_at desc").params(customerId, userId).query(ROW).list();
    }

    List<Long> dueForRetry(JdbcClient jdbc, Instant now, int limit) {
        return jdbc.sql("select id from order_submission where status = 'PENDING' and next_attempt_at <= ? order by next_attempt_at limit ?")
                .params(Timestamp.from(now), limit).query(Long.class).list();
    }

    void accepted(JdbcClient jdbc, long id, String orderNumber) {
        jdbc.sql("update order_submission set status = 'ACCEPTED', erp_order_number = ?, attempts = attempts + 1,"
                + " updated_at = now() where id = ?").params(orderNumber, id).update();
    }

    void rejected(JdbcClient jdbc, long id, String code, String message) {
        jdbc.sql("update order_submission set status = 'REJECTED', rejection_code = ?, rejection_message = ?,"
                + " attempts = attempts + 1, updated_at = now() where id = ?").params(code, message, id).update();
    }

    void retryAt(JdbcClient jdbc, long id, Instant next, String reason) {
        jdbc.sql("update order_submission set attempts = attempts + 1, next_attempt_at = ?, last_error = ?,"
                + " updated_at = now() where id = ? and status = 'PENDING'").params(Timestamp.from(next), reason, id).update();
    }

    void needsAttention(JdbcClient jdbc, long id, String reason) {
        jdbc.sql("update order_submission set status = 'NEEDS_ATTENTION', attempts = attempts + 1, last_error = ?,"
                + " updated_at = now() where id = ? and status = 'PENDING'").params(reason, id).update();
    }

    /** Marks a rejected submission restored; answers 1 the first time, 0 after (so its lines go back once). */
    int restored(JdbcClient jdbc, long id) {
        return jdbc.sql("update order_submission set status = 'RESTORED', updated_at = now() where id = ? and status = 'REJECTED'")
                .param(id).update();
    }

    private static SalesAgent salesAgent(ResultSet rs) throws SQLException {
        String code = rs.getString("sales_agent_code");
        return code == null ? null : new SalesAgent(code, rs.getString("sales_agent_email"));
    }

    private static Submission map(ResultSet rs, int row) throws SQLException {
        java.sql.Date requested = rs.getDate("requested_date");
        return new Submission(rs.getLong("id"), rs.getObject("idempotency_key", UUID.class), rs.getString("customer_id"),
                rs.getLong("user_id"), rs.getString("placed_by"), salesAgent(rs), rs.getString("customer_po_number"), rs.getString("ship_to_id"),
                requested == null ? null : requested.toLocalDate(), Submission.parseLines(rs.getString("lines")),
                Submission.Status.valueOf(rs.getString("status")), rs.getString("erp_order_number"),
                rs.getString("rejection_code"), rs.getString("rejection_message"), rs.getInt("attempts"),
                rs.getTimestamp("created_at").toInstant());
    }
}
