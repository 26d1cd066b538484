package io.windowpane.checkout;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.windowpane.erp.ErpRequestIds;

/**
 * Sends the submissions still pending (the ERP timed out or was down) again, with their own idempotency keys,
 * until the ERP answers. Each runs under its customer's lock and is re-read there, so two portal instances
 * never send one twice at once — and if they did, the key would make it one ERP order. One submission failing
 * in an unexpected way is recorded and pushed back; it never stops the ones behind it.
 */
@Component
class SubmissionDispatcher {

    private static final Logger log = LoggerFactory.getLogger(SubmissionDispatcher.class);
    private static final int BATCH = 20;

    private final SubmissionStore store;
    private final CustomerLock lock;
    private final Checkout checkout;
    private final JdbcClient jdbc;
    private final Clock clock;

    SubmissionDispatcher(SubmissionStore store, CustomerLock lock, Checkout checkout, JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.lock = lock;
        this.checkout = checkout;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${windowpane.checkout.retry-interval:5s}", fixedDelayString = "${windowpane.checkout.retry-interval:5s}")
    void sendPending() {
        for (long id : store.dueForRetry(jdbc, clock.instant(), BATCH)) {
            try {
                sendOne(id);
            } catch (CheckoutBusyException busy) {
                log.debug("Submission {} waits: a checkout of its customer is running", id);
            } catch (RuntimeException unexpected) {
                log.error("Sending submission {} failed unexpectedly; it is tried again later", id, unexpected);
                checkout.notConfirmed(id, store.attempts(jdbc, id), unexpected.toString());
            }
        }
    }

    /** Sends this submission now if it is still due (another instance may have sent it meanwhile). */
    void sendOne(long id) {
        lock.exclusively(store.customerOf(jdbc, id), () -> {
            // re-read under the lock: another instance may have sent it, or failed and rescheduled it, meanwhile
            store.findDue(jdbc, id, clock.instant()).ifPresent(submission -> {
                // the ERP sees which submission a request is for: its idempotency key, on every retry
                try (MDC.MDCCloseable requestId = MDC.putCloseable(ErpRequestIds.MDC_KEY, "submission-" + submission.idempotencyKey())) {
                    checkout.send(submission);
                }
            });
            return null;
        });
    }
}
