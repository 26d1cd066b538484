package io.windowpane.checkout;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Checkout and the outbox ({@code windowpane.checkout.*}).
 *
 * @param retryInterval how often pending submissions due for a retry are sent again
 * @param maxAttempts sends after which a submission the ERP never answered is handed to people (needs attention)
 * @param creditBreach BLOCK never sends an order above the available credit; FOLLOW_ERP blocks only where the
 *        ERP's credit policy for the customer is BLOCK
 * @param lock the per-customer checkout lock
 */
@ConfigurationProperties("windowpane.checkout")
record CheckoutProperties(@DefaultValue("5s") Duration retryInterval, @DefaultValue("12") int maxAttempts,
        @DefaultValue("BLOCK") CreditBreach creditBreach, @DefaultValue Lock lock) {

    /** What checkout does with an order above the available credit. */
    enum CreditBreach {
        BLOCK, FOLLOW_ERP
    }

    /**
     * @param maxWait how long a checkout waits while another of the same customer runs
     * @param poolSize connections of the lock's own pool (never the pages' pool)
     */
    record Lock(@DefaultValue("10s") Duration maxWait, @DefaultValue("8") int poolSize) {
    }
}
