package io.windowpane.checkout;

import java.time.Clock;
import java.time.Duration;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.windowpane.account.Role;
import io.windowpane.account.SignedInUser;
import io.windowpane.cart.Carts;
import io.windowpane.erp.CreditAccount;
import io.windowpane.erp.Customer;
import io.windowpane.erp.ErpException;
import io.windowpane.erp.ErpGateway;
import io.windowpane.web.ErpPanel;
import io.windowpane.erp.ErpNotFoundException;
import io.windowpane.erp.SalesOrder;
import io.windowpane.erp.ErpReads;
import io.windowpane.erp.ErpRejectedException;
import io.windowpane.erp.ErpUnavailableException;
import io.windowpane.erp.Item;
import io.windowpane.erp.Money;
import io.windowpane.erp.ItemStock;
import io.windowpane.erp.OrderConfirmation;
import io.windowpane.erp.OrderLineRequest;
import io.windowpane.erp.PriceQuote;
import io.windowpane.erp.Reading;
import io.windowpane.erp.SalesAgent;

/**
 * Checkout trusts nothing cached: under the customer's lock it re-reads the quote, credit and stock live from
 * the ERP, records the submission in the same short transaction that empties the cart, then sends it with its
 * idempotency key. No database transaction or pooled connection is held while the ERP is called. A time-out or
 * outage leaves the submission pending for {@link SubmissionDispatcher}.
 */
@Service
class Checkout {

    private static final Logger log = LoggerFactory.getLogger(Checkout.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    private static final Duration LONGEST_RETRY = Duration.ofMinutes(5);

    /** How a placement attempt ended. */
    enum Outcome {
        SUBMITTED, ALREADY_SUBMITTED, BLOCKED, PRICES_CHANGED, EMPTY_CART, UNKNOWN_SHIP_TO
    }

    record Result(Outcome outcome, Long submissionId, Review review) {
    }

    private final ErpGateway erp;
    private final ErpReads reads;
    private final Carts carts;
    private final CustomerLock lock;
    private final SubmissionStore store;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final CheckoutProperties properties;
    private final Clock clock;

    Checkout(ErpGateway erp, ErpReads reads, Carts carts, CustomerLock lock, SubmissionStore store, JdbcClient jdbc,
            PlatformTransactionManager transactions, CheckoutProperties properties, Clock clock) {
        this.erp = erp;
        this.reads = reads;
        this.carts = carts;
        this.lock = lock;
        this.store = store;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.properties = properties;
        this.clock = clock;
    }

    /** The live review of the cart; null when the cart is empty. */
    Review review(Carts.Owner owner) {
        List<Carts.Line> lines = carts.lines(owner);
        return lines.isEmpty() ? null : review(owner.customerId(), lines);
    }

    /**
     * Places the order; {@link CheckoutBusyException} when another checkout of the customer holds the lock too long.
     * A sales rep acting for the customer goes on the order as its sales agent; the credit rules are the same.
     */
    Result place(Carts.Owner owner, SignedInUser user, boolean acting, CheckoutForm form) {
        UUID key = form.getSubmissionKey();
        var earlier = store.findByKey(jdbc, key);
        if (earlier.isPresent()) {
            return new Result(Outcome.ALREADY_SUBMITTED, earlier.get().id(), null);
        }
        return lock.exclusively(owner.customerId(), () -> {
            var again = store.findByKey(jdbc, key);
            if (again.isPresent()) {
                return new Result(Outcome.ALREADY_SUBMITTED, again.get().id(), null);
            }
            List<Carts.Line> lines = carts.lines(owner);
            if (lines.isEmpty()) {
                return new Result(Outcome.EMPTY_CART, null, null);
            }
            Review review = review(owner.customerId(), lines);
            if (!review.canPlace()) {
                return new Result(Outcome.BLOCKED, null, review);
            }
            if (!review.shipsTo(form.getShipToId())) {
                return new Result(Outcome.UNKNOWN_SHIP_TO, null, review);
            }
            if (form.getQuotedTotal() == null || review.quote().total().amount().compareTo(form.getQuotedTotal()) != 0) {
                return new Result(Outcome.PRICES_CHANGED, null, review);
            }
            Long id = transaction.execute(status -> {
                long inserted = store.insertPending(jdbc, key, owner.customerId(), owner.userId(),
                        placedBy(user, acting, owner.customerId()), salesAgent(user, acting), form.getCustomerPoNumber(), form.getShipToId(), form.getRequestedDate(),
                        Submission.linesText(lines.stream().map(l -> new OrderLineRequest(l.sku(), l.quantity())).toList()));
                carts.clear(owner);
                return inserted;
            });
            send(store.find(jdbc, id).orElseThrow());
            return new Result(Outcome.SUBMITTED, id, null);
        });
    }

    /** Puts a rejected submission's lines back into the cart, once however often it is asked. */
    boolean restore(Carts.Owner owner, Submission submission) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            if (store.restored(jdbc, submission.id()) != 1) {
                return false;
            }
            carts.restore(owner, submission.lines().stream().map(l -> new Carts.Line(l.sku(), l.qty())).toList());
            return true;
        }));
    }

    /**
     * The order the ERP made of an accepted submission, read live for the confirmation page (the portal keeps no
     * total of its own); unavailable while the ERP does not answer, absent when not accepted.
     */
    ErpPanel<SalesOrder> confirmedOrder(Submission submission) {
        if (submission.status() != Submission.Status.ACCEPTED || submission.erpOrderNumber() == null) {
            return null;
        }
        try {
            return ErpPanel.load(() -> erp.order(submission.erpOrderNumber()));
        } catch (ErpNotFoundException notYet) {
            // accepted, but not readable yet in an ERP that lists orders a moment later
            return new ErpPanel<>(null, true);
        }
    }

    /**
     * Sends a pending submission with its key and records the ERP's answer; the caller holds the customer's lock.
     * An ERP that does not answer gets it again later (jittered, growing waits), until the attempts run out and
     * people are asked to look at it.
     */
    void send(Submission submission) {
        try {
            OrderConfirmation confirmation = erp.placeOrder(submission.toNewOrder(), submission.idempotencyKey().toString());
            store.accepted(jdbc, submission.id(), confirmation.number());
        } catch (ErpRejectedException e) {
            store.rejected(jdbc, submission.id(), e.code(), e.getMessage());
        } catch (ErpUnavailableException e) {
            notConfirmed(submission.id(), submission.attempts(), e.getMessage());
        }
    }

    /** Records a send that did not get an answer (or failed unexpectedly) and when to try again. */
    void notConfirmed(long id, int attemptsBefore, String reason) {
        int attempts = attemptsBefore + 1;
        if (attempts >= properties.maxAttempts()) {
            log.error("Submission {} not confirmed by the ERP after {} attempts ({}); it needs attention", id, attempts, reason);
            store.needsAttention(jdbc, id, reason);
            return;
        }
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attemptsBefore, 6));
        wait = wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
        // jitter, so submissions that failed together are not all sent again at the same moment
        Duration jittered = Duration.ofMillis((long) (wait.toMillis() * ThreadLocalRandom.current().nextDouble(0.8, 1.2)));
        log.warn("Submission {} not confirmed by the ERP ({}); retrying with the same key in {}", id, reason, jittered);
        store.retryAt(jdbc, id, clock.instant().plus(jittered), reason);
    }

    private Review review(String customerId, List<Carts.Line> lines) {
        List<OrderLineRequest> requested = lines.stream().map(l -> new OrderLineRequest(l.sku(), l.quantity())).toList();
        List<String> skus = lines.stream().map(Carts.Line::sku).toList();
        Set<Review.Part> unconfirmed = EnumSet.noneOf(Review.Part.class);
        Customer customer = askTwice(() -> erp.customer(customerId), Review.Part.CUSTOMER, unconfirmed);
        PriceQuote quote;
        try {
            quote = askTwice(() -> erp.quote(customerId, requested), Review.Part.PRICES, unconfirmed);
        } catch (ErpRejectedException e) {
            return new Review(List.of(), null, customer, null, e.getMessage(), unconfirmed);
        }
        List<ItemStock> stockRows = askTwice(() -> erp.stock(skus), Review.Part.STOCK, unconfirmed);
        Map<String, ItemStock> stock = stockRows == null ? null
                : stockRows.stream().collect(Collectors.toMap(ItemStock::sku, Function.identity()));
        CreditAccount account = askTwice(() -> erp.credit(customerId), Review.Part.CREDIT, unconfirmed);
        Money inFlight = quote == null ? null
                : askTwice(() -> inFlightTotal(customerId, quote.total().currency()), Review.Part.CREDIT, unconfirmed);
        Map<String, Reading<Item>> items = itemNames(skus);
        List<Review.Line> reviewed = quote == null ? List.of() : quote.lines().stream().map(q -> {
            Item item = items.containsKey(q.sku()) ? items.get(q.sku()).value() : null;
            Integer available = stock == null ? null : stock.containsKey(q.sku()) ? stock.get(q.sku()).totalAvailable() : 0;
            return new Review.Line(q.sku(), item == null ? q.sku() : item.name(), q.qty(), q.unitPrice(), q.lineTotal(),
                    available, item != null && item.backorderable());
        }).toList();
        CreditDecision credit = quote == null || account == null || customer == null || inFlight == null ? null
                : CreditDecision.of(customer.blocked(), account, quote.total(), inFlight, properties.creditBreach());
        return new Review(reviewed, quote, customer, credit, null, unconfirmed);
    }

    /**
     * What the orders the portal took and the ERP has not confirmed come to, priced by the ERP now (nothing of
     * the ERP's figures is kept in the portal): usually none, so no request at all.
     */
    private Money inFlightTotal(String customerId, Currency currency) {
        Money total = Money.zero(currency);
        for (Submission submission : store.inFlight(jdbc, customerId)) {
            try {
                total = total.plus(erp.quote(customerId, submission.lines()).total());
            } catch (ErpRejectedException unpriceable) {
                // the ERP would refuse it as it stands, so it cannot take credit either
            }
        }
        return total;
    }

    // a read the ERP did not answer is asked once more; if it fails again, that part of the review says so
    private static <T> T askTwice(Supplier<T> read, Review.Part part, Set<Review.Part> unconfirmed) {
        for (int attempt = 1; ; attempt++) {
            try {
                return read.get();
            } catch (ErpUnavailableException e) {
                if (attempt == 2) {
                    log.warn("Checkout could not confirm {} with the ERP: {}", part, e.getMessage());
                    unconfirmed.add(part);
                    return null;
                }
            }
        }
    }

    // names only, for display: through the cache, and a failure just shows the SKU
    private Map<String, Reading<Item>> itemNames(List<String> skus) {
        try {
            return reads.items(skus);
        } catch (ErpException e) {
            return Map.of();
        }
    }

    private static String placedBy(SignedInUser user, boolean acting, String customerId) {
        String person = user.displayName() + " <" + user.email() + ">";
        return acting ? person + " for " + customerId + " via Windowpane" : person + " via Windowpane";
    }

    private static SalesAgent salesAgent(SignedInUser user, boolean acting) {
        return acting && user.is(Role.SALES_REP) ? new SalesAgent(user.salesRepCode(), user.email()) : null;
    }
}
