package io.windowpane.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

import io.windowpane.support.PortalTest;

@PortalTest
@TestPropertySource(properties = {"windowpane.bootstrap-admin.email=first.admin@example.test",
        "windowpane.bootstrap-admin.password=a-long-first-password"})
class BootstrapAdminIntegrationTest {

    @Autowired
    private PortalUsers users;

    @Autowired
    private PasswordEncoder passwords;

    @Test
    void createsTheBootstrapAdminWithAHashedPassword() {
        SignedInUser admin = users.loadUserByUsername("first.admin@example.test");

        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.getPassword()).isNotEqualTo("a-long-first-password");
        assertThat(passwords.matches("a-long-first-password", admin.getPassword())).isTrue();
    }
}
