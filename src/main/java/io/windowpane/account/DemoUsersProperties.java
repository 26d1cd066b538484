package io.windowpane.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo users of the default run ({@code windowpane.demo-users.*}); {@code load-buyers} adds that many buyers
 * {@code load-1@buyers.test} … spread over the ERP's customers C1000, C1001, …, for the load model (issue #16).
 */
@ConfigurationProperties("windowpane.demo-users")
record DemoUsersProperties(@DefaultValue("false") boolean enabled, @DefaultValue("0") int loadBuyers,
        @DefaultValue("50") int loadCustomers) {
}
