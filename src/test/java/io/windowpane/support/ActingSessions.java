package io.windowpane.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.windowpane.account.ActingContext;
import io.windowpane.account.PortalUsers;
import jakarta.servlet.http.Cookie;

/**
 * A rep's (or admin's) session in MockMvc, acting for customers the way the portal starts it (POST /rep/acting).
 * The portal keeps sessions in PostgreSQL (Spring Session), so the session travels as its cookie, as in a browser.
 */
public final class ActingSessions {

    private static final String SESSION_COOKIE = "SESSION";

    private final MockMvc mvc;
    private final RequestPostProcessor user;
    private volatile Cookie session;

    private ActingSessions(MockMvc mvc, RequestPostProcessor user) {
        this.mvc = mvc;
        this.user = user;
    }

    public static ActingSessions of(MockMvc mvc, PortalUsers users, String email) {
        return new ActingSessions(mvc, SignedInAs.user(users, email));
    }

    /** Starts acting for the customer with a reason; answers the portal's response. */
    public MvcResult actFor(String customerId, String reason, String note) throws Exception {
        MockHttpServletRequestBuilder start = post("/rep/acting").param("customerId", customerId).param("reason", reason);
        if (note != null) {
            start.param("note", note);
        }
        return perform(start);
    }

    /** A request in this session, as this user, with a CSRF token. */
    public MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        if (session != null) {
            request.cookie(session);
        }
        MvcResult result = mvc.perform(request.with(user).with(csrf())).andReturn();
        Cookie renewed = result.getResponse().getCookie(SESSION_COOKIE);
        if (renewed != null) {
            session = renewed.getMaxAge() == 0 ? null : renewed;
        }
        return result;
    }

    /** A state-changing request from a page rendered for this customer. */
    public MvcResult performFrom(String customerId, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return perform(request.param("actingFor", customerId));
    }

    public String body(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return perform(request).getResponse().getContentAsString();
    }

    public int status(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return perform(request).getResponse().getStatus();
    }

    /** Whether the session, as the portal stored it, holds an acting context. */
    public boolean isActing(JdbcClient jdbc) {
        if (session == null) {
            return false;
        }
        String sessionId = new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
        return jdbc.sql("""
                select count(*) from spring_session_attributes a join spring_session s on s.primary_id = a.session_primary_id
                where s.session_id = ? and a.attribute_name = ?""").params(sessionId, ActingContext.SESSION_ATTRIBUTE)
                .query(Long.class).single() > 0;
    }
}
