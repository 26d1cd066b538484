package io.windowpane.acting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import io.windowpane.account.PortalUsers;
import io.windowpane.support.ActingSessions;
import io.windowpane.support.PortalTest;

/** Acting ends after {@code windowpane.acting.idle-timeout} without a request, here configured short. */
@PortalTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "windowpane.acting.idle-timeout=1s")
class ActingIdleTimeoutIntegrationTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private PortalUsers users;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void actingEndsAfterTheConfiguredIdleTimeAndTheRepIsToldWhy() throws Exception {
        ActingSessions rep = ActingSessions.of(mvc, users, "rep@windowpane.test");
        rep.actFor("C1000", "PHONE_ORDER", null);

        // no request for longer than the idle time-out (the wait only has to be long enough, never short enough)
        Thread.sleep(1_500);
        MvcResult next = rep.perform(get("/catalog"));
        String workspace = rep.body(get(next.getResponse().getRedirectedUrl()));

        assertThat(next.getResponse().getRedirectedUrl()).isEqualTo("/rep/customers");
        assertThat(workspace).contains("ended after a period without activity");
        assertThat(rep.isActing(jdbc)).isFalse();
        assertThat(jdbc.sql("select details from audit_log where action = 'ACTING_ENDED' and acting_for_customer_id = 'C1000'"
                + " order by id desc limit 1").query(String.class).single()).isEqualTo("IDLE");
    }

    @Test
    void anHtmxRequestAfterTheIdleTimeIsSentToTheWorkspaceAsAWholePage() throws Exception {
        ActingSessions rep = ActingSessions.of(mvc, users, "rep@windowpane.test");
        rep.actFor("C1000", "PHONE_ORDER", null);

        Thread.sleep(1_500);
        MvcResult next = rep.perform(get("/orders").header("HX-Request", "true"));

        assertThat(next.getResponse().getHeader("HX-Redirect")).isEqualTo("/rep/customers");
    }
}
