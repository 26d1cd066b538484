package io.windowpane.account;

import java.util.List;
import java.util.stream.IntStream;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** The demo users of the default run (ARCHITECTURE.md §7), all with password "demo". Never in production. */
@Component
@ConditionalOnBooleanProperty("windowpane.demo-users.enabled")
@EnableConfigurationProperties(DemoUsersProperties.class)
class DemoUsers implements ApplicationRunner {

    static final String PASSWORD = "demo";

    private final PortalUsers users;
    private final DemoUsersProperties properties;

    DemoUsers(PortalUsers users, DemoUsersProperties properties) {
        this.users = users;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        users.createIfAbsent("buyer@acme.test", PASSWORD, "Alice Archer", Role.BUYER, "C1000", null);
        users.createIfAbsent("buyer@bolt.test", PASSWORD, "Ben Bolton", Role.BUYER, "C1001", null);
        users.createIfAbsent("buyer@cobalt.test", PASSWORD, "Carla Cobb", Role.BUYER, "C1002", null);
        users.createIfAbsent("rep@windowpane.test", PASSWORD, "Rita Reyes", Role.SALES_REP, null, "R01");
        users.createIfAbsent("admin@windowpane.test", PASSWORD, "Adam Admin", Role.ADMIN, null, null);
        users.createBuyersIfAbsent(loadBuyers(), PASSWORD);
    }

    /** load-n@buyers.test buys for customer C(1000 + (n - 1) mod customers): several buyers per customer. */
    private List<PortalUsers.NewBuyer> loadBuyers() {
        return IntStream.rangeClosed(1, properties.loadBuyers())
                .mapToObj(n -> new PortalUsers.NewBuyer("load-" + n + "@buyers.test", "Load Buyer " + n,
                        "C" + (1000 + (n - 1) % properties.loadCustomers())))
                .toList();
    }
}
