package io.windowpane.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import io.windowpane.erp.ErpRequestIds;

/** Appends to the audit log (who did what, acting for which customer, from where, in which request) and reads it back. */
@Service
public class AuditLog {

    /** What was done, as the audit log names it. */
    public enum Action {
        SIGNED_IN, SIGN_IN_FAILED, SIGN_IN_THROTTLED, SIGNED_OUT,
        ACTING_STARTED, ACTING_ENDED,
        CART_LINE_ADDED, CART_LINE_CHANGED, CART_LINE_REMOVED, QUICK_ORDER, REORDER, ORDER_PLACED, ORDER_NOT_PLACED,
        SUBMISSION_RESTORED, CART_HANDED_OVER, SUBMISSION_RETRIED,
        BANNER_SAVED, BANNER_DELETED, PAGE_SAVED, PAGE_DELETED, PRODUCT_CONTENT_SAVED, PRODUCT_CONTENT_DELETED,
        PRODUCT_CONTENT_IMPORTED, PRODUCT_IMAGE_ADDED, PRODUCT_IMAGE_MADE_MAIN, PRODUCT_IMAGE_REMOVED,
        PRODUCT_DOCUMENT_ADDED, PRODUCT_DOCUMENT_REMOVED, USER_INVITED, USER_DEACTIVATED, USER_REACTIVATED, USER_UNLOCKED,
        PASSWORD_RESET_REQUIRED, PASSWORD_SET, PASSWORD_CHANGED;

        private static final Set<Action> ACTING = EnumSet.range(ACTING_STARTED, CART_HANDED_OVER);

        /** Whether the action is part of acting for a customer (shown on the customer's account activity). */
        public boolean acting() {
            return ACTING.contains(this);
        }
    }

    /** One entry as the activity pages show it; {@code actorName} is the portal user's name when they still exist. */
    public record Entry(Instant occurredAt, String actorEmail, String actorName, String actingForCustomerId, Action action,
            String details, String requestId) {
    }

    private static final String ACTING_ACTIONS = Action.ACTING.stream().map(a -> "'" + a.name() + "'")
            .collect(Collectors.joining(", "));

    private static final String ENTRY = """
            select a.occurred_at, a.actor_email, u.display_name, a.acting_for_customer_id, a.action, a.details, a.request_id
            from audit_log a left join portal_user u on u.email = a.actor_email""";

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an entry with the current request's id. */
    public void record(String actorEmail, String actingForCustomerId, Action action, String details, String remoteAddress) {
        jdbc.sql("""
                insert into audit_log (actor_email, acting_for_customer_id, action, details, remote_address, request_id)
                values (?, ?, ?, ?, ?, ?)""")
                .params(actorEmail, actingForCustomerId, action.name(), details, remoteAddress, MDC.get(ErpRequestIds.MDC_KEY))
                .update();
    }

    /** How many entries an actor has for an action (admin views and tests). */
    public long count(String actorEmail, Action action) {
        return jdbc.sql("select count(*) from audit_log where lower(actor_email) = lower(?) and action = ?")
                .params(actorEmail, action.name()).query(Long.class).single();
    }

    /** What the admin's audit view asks for; every part is optional, times are inclusive. */
    public record Filter(String actor, String customerId, Action action, Instant from, Instant to) {
    }

    /** One page of entries, newest first. */
    public record Page(List<Entry> entries, int page, int size, long total) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** Entries matching the filter (actor by e-mail fragment, any letter case), newest first, pages from 1. */
    public Page search(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.append(" and lower(a.actor_email) like ?");
            params.add("%" + likeEscaped(filter.actor().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.customerId() != null && !filter.customerId().isBlank()) {
            where.append(" and a.acting_for_customer_id = ?");
            params.add(filter.customerId().strip());
        }
        if (filter.action() != null) {
            where.append(" and a.action = ?");
            params.add(filter.action().name());
        }
        if (filter.from() != null) {
            where.append(" and a.occurred_at >= ?");
            params.add(Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and a.occurred_at <= ?");
            params.add(Timestamp.from(filter.to()));
        }
        long total = jdbc.sql("select count(*) from audit_log a" + where).params(params).query(Long.class).single();
        int current = Math.max(1, page);
        List<Object> paged = new ArrayList<>(params);
        paged.add(size);
        paged.add((long) (current - 1) * size);
        List<Entry> entries = jdbc.sql(ENTRY + where + " order by a.occurred_at desc, a.id desc limit ? offset ?")
                .params(paged).query(AuditLog::entry).list();
        return new Page(entries, current, size, total);
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** What people other than the customer's own buyers did while acting for it, newest first. */
    public List<Entry> actingOn(String customerId, int limit) {
        return jdbc.sql(ENTRY + " where a.acting_for_customer_id = ? and a.action in (" + ACTING_ACTIONS + ")"
                + " order by a.occurred_at desc, a.id desc limit ?").params(customerId, limit).query(AuditLog::entry).list();
    }

    /** What one person did while acting for customers, newest first. */
    public List<Entry> actingBy(String actorEmail, int limit) {
        return jdbc.sql(ENTRY + " where a.actor_email = ? and a.action in (" + ACTING_ACTIONS + ")"
                + " order by a.occurred_at desc, a.id desc limit ?").params(actorEmail, limit).query(AuditLog::entry).list();
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor_email"), rs.getString("display_name"),
                rs.getString("acting_for_customer_id"), Action.valueOf(rs.getString("action")), rs.getString("details"),
                rs.getString("request_id"));
    }
}
