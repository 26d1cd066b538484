package io.windowpane.acting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

import io.windowpane.account.ActingContext;
import io.windowpane.account.Role;
import io.windowpane.account.SignedInUser;
import io.windowpane.audit.AuditLog;
import io.windowpane.erp.Customer;
import io.windowpane.erp.CustomerSummary;
import io.windowpane.erp.ErpException;
import io.windowpane.erp.ErpGateway;
import io.windowpane.erp.ErpNotFoundException;
import io.windowpane.erp.ErpReads;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Starting, keeping and ending the acting context of a session. A rep may act only for a customer the ERP assigns
 * to their code (asked live when they start, through the cache while they act, live again at checkout); an admin
 * for any customer the ERP has. Every start and end goes on the audit log.
 */
@Service
@EnableConfigurationProperties(ActingProperties.class)
public class Acting {

    private static final Logger log = LoggerFactory.getLogger(Acting.class);

    /** When the session last made a request while acting (the idle time-out counts from here). */
    static final String LAST_SEEN = ActingContext.SESSION_ATTRIBUTE + ".lastSeen";

    /** Why acting ended. */
    public enum Ending {
        EXIT, IDLE, UNASSIGNED, SWITCHED, SIGNED_OUT
    }

    private final ErpGateway erp;
    private final ErpReads reads;
    private final AuditLog audit;
    private final Clock clock;
    private final ActingProperties properties;

    Acting(ErpGateway erp, ErpReads reads, AuditLog audit, Clock clock, ActingProperties properties) {
        this.erp = erp;
        this.reads = reads;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
    }

    Duration idleTimeout() {
        return properties.idleTimeout();
    }

    /** The customer, if this user may act for it now (asked live); empty, never a hint, when they may not. */
    Optional<CustomerSummary> mayActFor(SignedInUser user, String customerId) {
        if (customerId == null || customerId.isBlank()) {
            return Optional.empty();
        }
        if (user.is(Role.SALES_REP)) {
            return erp.customersOfSalesRep(user.salesRepCode()).stream().filter(c -> c.id().equals(customerId)).findFirst();
        }
        if (user.is(Role.ADMIN)) {
            try {
                Customer customer = erp.customer(customerId);
                return Optional.of(new CustomerSummary(customer.id(), customer.number(), customer.name(), customer.readAt()));
            } catch (ErpNotFoundException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Starts acting (ending what the session acted for before), with a new session id. */
    void start(HttpServletRequest request, SignedInUser user, CustomerSummary customer, ActingContext.Reason reason,
            String note) {
        HttpSession session = request.getSession();
        if (session.getAttribute(ActingContext.SESSION_ATTRIBUTE) instanceof ActingContext earlier) {
            end(request, user, earlier, Ending.SWITCHED);
        }
        request.changeSessionId();
        Instant now = clock.instant();
        String trimmedNote = note == null || note.isBlank() ? null : note.strip();
        session = request.getSession();
        session.setAttribute(ActingContext.SESSION_ATTRIBUTE, new ActingContext(customer.id(), reason, trimmedNote, now));
        session.setAttribute(LAST_SEEN, now);
        audit.record(user.email(), customer.id(), AuditLog.Action.ACTING_STARTED,
                trimmedNote == null ? reason.name() : reason.name() + ": " + trimmedNote, request.getRemoteAddr());
        log.info("{} started acting for {} ({})", user.email(), customer.id(), reason);
    }

    /** Ends acting and records why. */
    public void end(HttpServletRequest request, SignedInUser user, ActingContext context, Ending why) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ActingContext.SESSION_ATTRIBUTE);
            session.removeAttribute(LAST_SEEN);
        }
        audit.record(user.email(), context.customerId(), AuditLog.Action.ACTING_ENDED, why.name(), request.getRemoteAddr());
        log.info("{} stopped acting for {} ({})", user.email(), context.customerId(), why);
    }

    /** Why acting must end before this request, if it must: idle too long, or the customer no longer assigned. */
    Optional<Ending> mustEnd(HttpServletRequest request, SignedInUser user, ActingContext context, boolean askLive) {
        HttpSession session = request.getSession(false);
        Instant lastSeen = session == null ? null : (Instant) session.getAttribute(LAST_SEEN);
        if (lastSeen != null && clock.instant().isAfter(lastSeen.plus(properties.idleTimeout()))) {
            return Optional.of(Ending.IDLE);
        }
        return stillAssigned(user, context.customerId(), askLive) ? Optional.empty() : Optional.of(Ending.UNASSIGNED);
    }

    /** Marks the session active now (the idle time-out starts again). */
    void seen(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(LAST_SEEN, clock.instant());
        }
    }

    // an ERP that cannot be asked does not end acting (the rep would be thrown out by an outage, not a decision)
    private boolean stillAssigned(SignedInUser user, String customerId, boolean askLive) {
        if (!user.is(Role.SALES_REP)) {
            return true;
        }
        try {
            return (askLive ? erp.customersOfSalesRep(user.salesRepCode())
                    : reads.customersOfSalesRep(user.salesRepCode()).value()).stream().anyMatch(c -> c.id().equals(customerId));
        } catch (ErpException e) {
            log.warn("Could not confirm that {} is still assigned {}: {}", user.salesRepCode(), customerId, e.getMessage());
            return true;
        }
    }
}
