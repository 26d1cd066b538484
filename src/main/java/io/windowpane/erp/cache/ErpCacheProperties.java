package io.windowpane.erp.cache;

import java.time.Duration;

import org.springframework.util.unit.DataSize;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The read-through cache per data type ({@code windowpane.erp.cache.*}, defaults in application.yml).
 *
 * @param enabled false makes every read go to the ERP (the benchmark's comparison mode)
 * @param unknownFor how long a SKU the ERP does not know is answered as unknown without asking again
 * @param fanOutDeadline how long a page waits for reads that go out in parallel (credit of a rep's customers)
 * @param sharing whether instances on one database tell each other what they read (see {@link CacheSharing})
 */
@ConfigurationProperties("windowpane.erp.cache")
record ErpCacheProperties(boolean enabled, Policy prices, Policy stock, Policy items, Policy search,
        Policy categories, Policy credit, Policy salesRepCustomers, Policy customers, Policy salesReps,
        Policy orderActivity, Policy orders, Policy orderFiles, @DefaultValue("60s") Duration unknownFor,
        @DefaultValue("6s") Duration fanOutDeadline, @DefaultValue Sharing sharing) {

    /** {@code channel}: the PostgreSQL notification channel; instances of one portal use the same. */
    record Sharing(@DefaultValue("true") boolean enabled, @DefaultValue("windowpane_erp_reads") String channel) {
    }

    /** See {@link CachePolicy}; without {@code refreshAfterWhileFollowed}, the refresh time holds throughout. */
    record Policy(Duration refreshAfter, Duration refreshAfterWhileFollowed, Duration maxAge, long maxSize,
            DataSize maxMemory) {
    }

    CachePolicy policy(Policy policy) {
        return new CachePolicy(policy.refreshAfter(),
                policy.refreshAfterWhileFollowed() == null ? policy.refreshAfter() : policy.refreshAfterWhileFollowed(),
                policy.maxAge(), policy.maxSize(), policy.maxMemory().toBytes(), enabled, Duration.ZERO);
    }

    /** For data keyed by SKU, where a SKU left out of the ERP's answer means "no such item". */
    CachePolicy bySku(Policy policy) {
        return policy(policy).withUnknownFor(unknownFor);
    }
}
