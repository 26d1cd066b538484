package io.windowpane.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.windowpane.account.PortalUsers;
import io.windowpane.account.Role;
import io.windowpane.audit.AuditLog;
import io.windowpane.support.LoginPage;
import io.windowpane.support.PortalBrowserTest;

class LoginBrowserTest extends PortalBrowserTest {

    @Autowired
    private PortalUsers users;

    @Autowired
    private AuditLog audit;

    @Test
    void aWrongPasswordShowsAClearErrorAndKeepsTheVisitorOut() {
        LoginPage login = LoginPage.open(browser);

        login.signIn("buyer@acme.test", "not-the-password");

        assertThat(login.showsWrongPassword()).isTrue();
        assertThat(browser.path()).isEqualTo("/login");
        browser.screenshot("login-error");
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        users.createIfAbsent("throttled@acme.test", "right-password", "Tess Throttle", Role.BUYER, "C1000", null);
        LoginPage login = LoginPage.open(browser);
        for (int attempt = 0; attempt < 5; attempt++) {
            login.signIn("throttled@acme.test", "wrong-" + attempt);
            assertThat(login.showsWrongPassword()).isTrue();
        }

        login.signIn("throttled@acme.test", "right-password");

        assertThat(login.showsLocked()).isTrue();
        assertThat(login.lockedMessage()).contains("15 minutes");
        assertThat(browser.path()).isEqualTo("/login");
        assertThat(audit.count("throttled@acme.test", AuditLog.Action.SIGN_IN_THROTTLED)).isPositive();
        browser.screenshot("login-locked");
    }
}
