package io.windowpane.acting;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.windowpane.account.ActingContext;
import io.windowpane.account.CurrentCustomer;
import io.windowpane.account.SignedInUser;
import io.windowpane.erp.Customer;
import io.windowpane.erp.ErpException;
import io.windowpane.erp.ErpReads;
import io.windowpane.web.LayoutAttributes;
import jakarta.servlet.http.HttpServletRequest;

/** The banner every page shows while a session acts for a customer ({@code actingBanner}, null otherwise). */
@Component
class ActingLayout implements LayoutAttributes {

    /**
     * The customer (its name when the ERP could tell, through the cache), who acts and why, and when acting ends
     * if the rep does nothing more.
     */
    record Banner(String customerId, String customerNumber, String customerName, String actorName, String actorRole,
            ActingContext.Reason reason, String note, long idleSeconds, Instant endsAt) {
    }

    private final CurrentCustomer currentCustomer;
    private final ErpReads reads;
    private final Acting acting;
    private final Clock clock;

    ActingLayout(CurrentCustomer currentCustomer, ErpReads reads, Acting acting, Clock clock) {
        this.currentCustomer = currentCustomer;
        this.reads = reads;
        this.acting = acting;
        this.clock = clock;
    }

    @Override
    public void addTo(Map<String, Object> model, HttpServletRequest request) {
        model.put("actingBanner", banner());
    }

    private Banner banner() {
        Optional<ActingContext> context = currentCustomer.acting();
        if (context.isEmpty()) {
            return null;
        }
        SignedInUser user = currentCustomer.currentUser().orElseThrow();
        Customer customer = customer(context.get().customerId());
        long idleSeconds = acting.idleTimeout().toSeconds();
        return new Banner(context.get().customerId(), customer == null ? null : customer.number(),
                customer == null ? null : customer.name(), user.displayName(), user.role().name(), context.get().reason(),
                context.get().note(), idleSeconds, clock.instant().plusSeconds(idleSeconds));
    }

    private Customer customer(String customerId) {
        try {
            return reads.customer(customerId).value();
        } catch (ErpException e) {
            return null;
        }
    }
}
