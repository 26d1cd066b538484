package io.windowpane.checkout;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import io.windowpane.account.SignedInUser;
import io.windowpane.cart.Carts;
import io.windowpane.erp.Customer;
import io.windowpane.erp.ErpGateway;
import io.windowpane.erp.ErpReads;
import io.windowpane.erp.ErpRejectedException;
import io.windowpane.erp.ErpUnavailableException;
import io.windowpane.erp.Item;
import io.windowpane.erp.ItemStock;
import io.windowpane.erp.OrderConfirmation;
import io.windowpane.erp.OrderLineRequest;
import io.windowpane.erp.PriceQuote;
import io.windowpane.erp.Reading;

/**
 * Checkout trusts nothing cached: it re-reads the quote, credit and stock live from the ERP under the
 * customer's lock, records the submission in the same transaction that empties the cart, then sends it with
 * its idempotency key. A time-out or outage leaves it pending for {@link SubmissionDispatcher}.
 */
@Service
class Checkout {

    private static final Logger log = LoggerFactory.getLogger(Checkout.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    private static final Duration LONGEST_RETRY = Duration.ofMinutes(5);

    /** How a placement attempt ended. */
    enum Outcome {
        SUBMITTED, ALREADY_SUBMITTED, BLOCKED, PRICES_CHANGED, EMPTY_CART
    }

    record Result(Outcome outcome, Long submissionId, Review review) {
    }

    private final ErpGateway erp;
    private final ErpReads reads;
    private final Carts carts;
    private final CustomerLock lock;
    private final SubmissionStore store;
    private final JdbcClient jdbc;
    private final Clock clock;

    Checkout(ErpGateway erp, ErpReads reads, Carts carts, CustomerLock lock, SubmissionStore store, JdbcClient jdbc, Clock clock) {
        this.erp = erp;
        this.reads = reads;
        this.carts = carts;
        this.lock = lock;
        this.store = store;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The live review of the cart; null when the cart is empty. ERP outages propagate. */
    Review review(Carts.Owner owner) {
        List<Carts.Line> lines = carts.lines(owner);
        return lines.isEmpty() ? null : review(owner.customerId(), lines);
    }

    Result place(Carts.Owner owner, SignedInUser user, CheckoutForm form) {
        UUID key = form.getSubmissionKey();
        var earlier = store.findByKey(jdbc, key);
        if (earlier.isPresent()) {
            return new Result(Outcome.ALREADY_SUBMITTED, earlier.get().id(), null);
        }
        return lock.exclusively(owner.customerId(), locked -> {
            var again = store.findByKey(locked.jdbc(), key);
            if (again.isPresent()) {
                return new Result(Outcome.ALREADY_SUBMITTED, again.get().id(), null);
            }
            // read on the lock's connection: a checkout holding the lock must never wait for a second one
            List<Carts.Line> lines = locked.jdbc().sql("select sku, quantity from cart_line where customer_id = ? and user_id = ?"
                    + " order by added_at, id").params(owner.customerId(), owner.userId())
                    .query((rs, row) -> new Carts.Line(rs.getString("sku"), rs.getInt("quantity"))).list();
            if (lines.isEmpty()) {
                return new Result(Outcome.EMPTY_CART, null, null);
            }
            Review review = review(owner.customerId(), lines);
            if (!review.canPlace()) {
                return new Result(Outcome.BLOCKED, null, review);
            }
            if (form.getQuotedTotal() == null || review.quote().total().amount().compareTo(form.getQuotedTotal()) != 0) {
                return new Result(Outcome.PRICES_CHANGED, null, review);
            }
            long[] id = new long[1];
            locked.inTransaction(() -> {
                id[0] = store.insertPending(locked.jdbc(), key, owner.customerId(), owner.userId(), placedBy(user),
                        form.getCustomerPoNumber(), form.getShipToId(), form.getRequestedDate(),
                        Submission.linesText(lines.stream().map(l -> new OrderLineRequest(l.sku(), l.quantity())).toList()));
                locked.jdbc().sql("delete from cart_line where customer_id = ? and user_id = ?")
                        .params(owner.customerId(), owner.userId()).update();
            });
            send(locked.jdbc(), store.find(locked.jdbc(), id[0]).orElseThrow());
            return new Result(Outcome.SUBMITTED, id[0], null);
        });
    }

    /** Sends a pending submission with its key and records the ERP's answer; the caller holds the customer's lock. */
    void send(JdbcClient locked, Submission submission) {
        try {
            OrderConfirmation confirmation = erp.placeOrder(submission.toNewOrder(), submission.idempotencyKey().toString());
            store.accepted(locked, submission.id(), confirmation.number());
        } catch (ErpRejectedException e) {
            store.rejected(locked, submission.id(), e.code(), e.getMessage());
        } catch (ErpUnavailableException e) {
            Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(submission.attempts(), 6));
            log.warn("Submission {} not confirmed by the ERP ({}); retrying with the same key in {}", submission.id(),
                    e.getMessage(), wait);
            store.retryAt(locked, submission.id(), clock.instant().plus(wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait));
        }
    }

    private Review review(String customerId, List<Carts.Line> lines) {
        List<OrderLineRequest> requested = lines.stream().map(l -> new OrderLineRequest(l.sku(), l.quantity())).toList();
        List<String> skus = lines.stream().map(Carts.Line::sku).toList();
        Customer customer = erp.customer(customerId);
        PriceQuote quote;
        try {
            quote = erp.quote(customerId, requested);
        } catch (ErpRejectedException e) {
            return new Review(List.of(), null, customer, null, e.getMessage());
        }
        Map<String, ItemStock> stock = erp.stock(skus).stream().collect(Collectors.toMap(ItemStock::sku, Function.identity()));
        Map<String, Reading<Item>> items = reads.items(skus);
        List<Review.Line> reviewed = quote.lines().stream().map(q -> {
            Item item = items.containsKey(q.sku()) ? items.get(q.sku()).value() : null;
            ItemStock s = stock.get(q.sku());
            return new Review.Line(q.sku(), item == null ? q.sku() : item.name(), q.qty(), q.unitPrice(), q.lineTotal(),
                    s == null ? 0 : s.totalAvailable(), item != null && item.backorderable());
        }).toList();
        return new Review(reviewed, quote, customer, CreditDecision.of(customer.blocked(), erp.credit(customerId), quote.total()), null);
    }

    private static String placedBy(SignedInUser user) {
        return user.displayName() + " <" + user.email() + "> via Windowpane";
    }
}
