package io.windowpane.erp.cache;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The read-through cache per data type ({@code windowpane.erp.cache.*}, defaults in application.yml).
 *
 * @param enabled false makes every read go to the ERP (the benchmark's comparison mode)
 */
@ConfigurationProperties("windowpane.erp.cache")
record ErpCacheProperties(boolean enabled, Policy prices, Policy stock, Policy items, Policy search,
        Policy categories) {

    /** See {@link CachePolicy}. */
    record Policy(Duration refreshAfter, Duration maxAge, long maxSize) {
    }

    CachePolicy policy(Policy policy) {
        return new CachePolicy(policy.refreshAfter(), policy.maxAge(), policy.maxSize(), enabled);
    }
}
