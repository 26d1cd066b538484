package io.windowpane.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The way into a fresh production install: when WINDOWPANE_BOOTSTRAP_ADMIN_EMAIL and _PASSWORD are set, that
 * admin is created unless a user with the email exists. Unset them once the admin has signed in.
 */
@Component
@ConditionalOnProperty("windowpane.bootstrap-admin.email")
class BootstrapAdmin implements ApplicationRunner {

    private final PortalUsers users;
    private final String email;
    private final String password;

    BootstrapAdmin(PortalUsers users, @Value("${windowpane.bootstrap-admin.email}") String email,
            @Value("${windowpane.bootstrap-admin.password}") String password) {
        if (password.length() < 12) {
            throw new IllegalStateException("windowpane.bootstrap-admin.password must have at least 12 characters");
        }
        this.users = users;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        users.createIfAbsent(email, password, "Administrator", Role.ADMIN, null, null);
    }
}
