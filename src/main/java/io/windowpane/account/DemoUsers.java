package io.windowpane.account;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/** The demo users of the default run (ARCHITECTURE.md §7), all with password "demo". Never in production. */
@Component
@ConditionalOnBooleanProperty("windowpane.demo-users.enabled")
class DemoUsers implements ApplicationRunner {

    static final String PASSWORD = "demo";

    private final PortalUsers users;

    DemoUsers(PortalUsers users) {
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        users.createIfAbsent("buyer@acme.test", PASSWORD, "Alice Archer", Role.BUYER, "C1000", null);
        users.createIfAbsent("buyer@bolt.test", PASSWORD, "Ben Bolton", Role.BUYER, "C1001", null);
        users.createIfAbsent("buyer@cobalt.test", PASSWORD, "Carla Cobb", Role.BUYER, "C1002", null);
        users.createIfAbsent("rep@windowpane.test", PASSWORD, "Rita Reyes", Role.SALES_REP, null, "R01");
        users.createIfAbsent("admin@windowpane.test", PASSWORD, "Adam Admin", Role.ADMIN, null, null);
    }
}
