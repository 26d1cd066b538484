package io.windowpane.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.windowpane.account.PortalUsers;
import io.windowpane.audit.AuditLog;
import io.windowpane.support.ActingSessions;
import io.windowpane.support.PortalTest;
import io.windowpane.support.SignedInAs;

/** The admin's audit log: filtered, paged, and a record nobody can change. */
@PortalTest
@AutoConfigureMockMvc
class AdminAuditIntegrationTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private PortalUsers users;

    @Autowired
    private AuditLog audit;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void filtersByPersonAndPagesNewestFirst() throws Exception {
        String actor = "audit-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        for (int i = 1; i <= AdminAuditController.PAGE_SIZE + 5; i++) {
            audit.record(actor, null, AuditLog.Action.SIGN_IN_FAILED, "attempt " + i, "203.0.113.9");
        }

        String first = page("/admin/audit?user={u}", actor);
        String second = page("/admin/audit?user={u}&page=2", actor);

        assertThat(first).contains("55 entries").contains("attempt 55").doesNotContain("attempt 5<");
        assertThat(second).contains("attempt 5<").contains("attempt 1<").doesNotContain("attempt 6<");
        assertThat(page("/admin/audit?user={u}", actor.toUpperCase())).as("any letter case").contains("55 entries");
    }

    @Test
    void filtersByCustomerAndActionSoAnAdminFindsWhoActedForWhom() throws Exception {
        String note = "audit " + UUID.randomUUID().toString().substring(0, 8);
        ActingSessions.of(mvc, users, "rep@windowpane.test").actFor("C1001", "OTHER", note);

        String acting = page("/admin/audit?customer=C1001&action=ACTING_STARTED");
        String otherCustomer = page("/admin/audit?customer=C1000&action=ACTING_STARTED");

        assertThat(acting).contains(note).contains("rep@windowpane.test").contains("Started acting for a customer");
        assertThat(otherCustomer).doesNotContain(note);
    }

    @Test
    void aDateRangeOutsideTheEntriesFindsNone() throws Exception {
        String actor = "audit-dates-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        audit.record(actor, null, AuditLog.Action.SIGNED_IN, null, "203.0.113.9");

        assertThat(page("/admin/audit?user={u}&from=2020-01-01&to=2020-12-31", actor)).contains("No entries");
        assertThat(page("/admin/audit?user={u}&from=2020-01-01", actor)).contains("1 entry");
    }

    @Test
    void theAuditLogIsAppendOnly() {
        audit.record("append-only@example.test", null, AuditLog.Action.SIGNED_IN, null, "203.0.113.9");

        assertThatThrownBy(() -> jdbc.sql("update audit_log set details = 'changed' where actor_email = 'append-only@example.test'")
                .update()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log where actor_email = 'append-only@example.test'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    private String page(String uri, Object... variables) throws Exception {
        RequestPostProcessor admin = SignedInAs.user(users, "admin@windowpane.test");
        return mvc.perform(get(uri, variables).with(admin)).andReturn().getResponse().getContentAsString();
    }
}
