package io.windowpane.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.windowpane.support.PortalHttp;
import io.windowpane.support.PortalTest;
import io.windowpane.support.TestMail;
import jakarta.mail.internet.MimeMessage;

/**
 * Admins manage portal users over real HTTP: invitations by e-mail (GreenMail) with one-time links, the password
 * policy, deactivation that ends sessions, unlocking a throttled account, required resets, and My account.
 */
@PortalTest
class PortalUsersIntegrationTest {

    private static final String DOMAIN = "@invited.test";
    private static final String GOOD_PASSWORD = "copper kettle rain 42";

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcClient jdbc;

    @AfterEach
    void removeInvitedUsers() {
        jdbc.sql("delete from portal_user where email like ?").param("%" + DOMAIN).update();
    }

    @Test
    void anInvitedBuyerGetsAnEmailSetsAPasswordOnceAndSignsInForTheirCustomer() {
        String email = unique("buyer");
        PortalHttp admin = admin();

        HttpResponse<String> invited = invite(admin, email, "Nina New", "BUYER", "c1010", "");

        assertThat(invited.statusCode()).isEqualTo(302);
        String userPage = admin.get(location(invited)).body();
        assertThat(userPage).contains("An invitation was e-mailed to " + email).contains("data-testid=\"password-link\"")
                .contains("C1010").contains("Invited");
        MimeMessage mail = TestMail.await(email, 1);
        String link = TestMail.link(mail);
        assertThat(TestMail.body(mail)).contains("Hello Nina New").contains("works once");
        assertThat(userPage).contains(link.substring(link.indexOf("token=")));
        assertThat(jdbc.sql("select password_hash is null from portal_user where email = ?").param(email).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select count(*) from password_link l join portal_user u on u.id = l.user_id where u.email = ? and l.token_sha256 = ?")
                .params(email, org.apache.commons.codec.digest.DigestUtils.sha256Hex(token(link))).query(Long.class).single())
                .as("only the token's hash is stored").isEqualTo(1);
        assertThat(new PortalHttp(port, "198.51.100.201").signIn(email, "")).isEqualTo("/login?error");

        PortalHttp invitee = PortalHttp.visitor(port, 202);
        HttpResponse<String> form = invitee.get(path(link));
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Welcome, Nina New");
        assertThat(form.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        HttpResponse<String> set = invitee.post("/set-password", Map.of("token", token(link), "password", GOOD_PASSWORD,
                "confirmation", GOOD_PASSWORD));
        assertThat(location(set)).isEqualTo("/login?passwordSet");
        assertThat(invitee.post("/set-password", Map.of("token", token(link), "password", GOOD_PASSWORD + "!",
                "confirmation", GOOD_PASSWORD + "!")).statusCode()).as("a link works once").isEqualTo(410);

        assertThat(invitee.signIn(email, GOOD_PASSWORD)).isEqualTo("/");
        assertThat(invitee.get("/").body()).contains("C1010");
        assertThat(audit("USER_INVITED", email + " BUYER C1010")).isEqualTo(1);
        assertThat(audit("PASSWORD_SET", null, email)).isEqualTo(1);
    }

    @Test
    void anInvitationIsCheckedWithTheErpAndAgainstExistingAccounts() {
        PortalHttp admin = admin();

        assertThat(invite(admin, unique("x"), "X", "BUYER", "C9999", "").body()).contains("The ERP has no customer with this id");
        assertThat(invite(admin, unique("x"), "X", "BUYER", "", "").body()).contains("A buyer needs the ERP customer");
        assertThat(invite(admin, unique("x"), "X", "SALES_REP", "", "R99").body()).contains("The ERP has no sales rep with this code");
        assertThat(invite(admin, "BUYER@acme.test", "X", "ADMIN", "", "").body()).contains("already has an account");
        assertThat(invite(admin, "not-an-address", "", "ADMIN", "", "").body()).contains("is-invalid");
        assertThat(jdbc.sql("select count(*) from portal_user where email like ?").param("%" + DOMAIN).query(Long.class).single()).isZero();

        String rep = unique("rep");
        assertThat(invite(admin, rep, "Rob Rep", "SALES_REP", "", "r02").statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select sales_rep_code from portal_user where email = ?").param(rep).query(String.class).single()).isEqualTo("R02");
    }

    @Test
    void weakPasswordsAreRefusedWithAReasonAndExpiredLinksDoNotWork() {
        String email = unique("weak");
        PortalHttp admin = admin();
        invite(admin, email, "Wendy Weak", "ADMIN", "", "");
        String token = token(TestMail.link(TestMail.await(email, 1)));
        PortalHttp invitee = PortalHttp.visitor(port, 203);
        invitee.get("/set-password?token=" + token);

        assertThat(setPassword(invitee, token, "short", "short")).contains("Use at least 12 characters");
        assertThat(setPassword(invitee, token, "password1234", "password1234")).contains("among the most used");
        String mailbox = email.substring(0, email.indexOf('@')) + "-2026";
        assertThat(setPassword(invitee, token, mailbox, mailbox)).contains("Do not build the password on your e-mail address");
        assertThat(setPassword(invitee, token, GOOD_PASSWORD, GOOD_PASSWORD + "x")).contains("are not the same");

        jdbc.sql("update password_link set expires_at = now() - interval '1 second' where user_id = (select id from portal_user where email = ?)")
                .param(email).update();
        assertThat(invitee.get("/set-password?token=" + token).statusCode()).isEqualTo(410);
        assertThat(invitee.get("/set-password?token=forged").statusCode()).isEqualTo(410);
    }

    @Test
    void aDeactivatedUserLosesTheirSessionsAndCannotSignInUntilReactivated() {
        String email = activeUser("gone", "C1000");
        PortalHttp user = PortalHttp.visitor(port, 204);
        assertThat(user.signIn(email, GOOD_PASSWORD)).isEqualTo("/");
        assertThat(user.get("/catalog").statusCode()).isEqualTo(200);
        PortalHttp admin = admin();
        long id = idOf(email);

        admin.get("/admin/users/" + id);
        assertThat(admin.post("/admin/users/" + id + "/deactivate", Map.of()).statusCode()).isEqualTo(302);

        assertThat(location(user.get("/catalog"))).endsWith("/login");
        assertThat(PortalHttp.visitor(port, 205).signIn(email, GOOD_PASSWORD)).isEqualTo("/login?error");
        assertThat(admin.get("/admin/users?q=" + email).body()).contains("Deactivated");
        admin.get("/admin/users/" + id);
        admin.post("/admin/users/" + id + "/reactivate", Map.of());
        assertThat(PortalHttp.visitor(port, 206).signIn(email, GOOD_PASSWORD)).isEqualTo("/");
        assertThat(audit("USER_DEACTIVATED", email)).isEqualTo(1);
    }

    @Test
    void anAdminCannotDeactivateThemselves() {
        PortalHttp admin = admin();
        long id = idOf("admin@windowpane.test");
        admin.get("/admin/users/" + id);

        admin.post("/admin/users/" + id + "/deactivate", Map.of());

        assertThat(admin.get("/admin/users/" + id).body()).contains("You cannot deactivate your own account");
        assertThat(jdbc.sql("select enabled from portal_user where id = ?").param(id).query(Boolean.class).single()).isTrue();
    }

    @Test
    void aThrottledAccountIsShownLockedAndAnAdminUnlocksIt() {
        String email = activeUser("locked", "C1001");
        PortalHttp guesser = PortalHttp.visitor(port, 207);
        for (int attempt = 0; attempt < 6; attempt++) {
            guesser.signIn(email, "wrong password " + attempt);
        }
        assertThat(PortalHttp.visitor(port, 208).signIn(email, GOOD_PASSWORD)).isEqualTo("/login?locked");
        PortalHttp admin = admin();
        long id = idOf(email);
        assertThat(admin.get("/admin/users/" + id).body()).contains("data-testid=\"user-locked\"");

        admin.post("/admin/users/" + id + "/unlock", Map.of());

        assertThat(PortalHttp.visitor(port, 209).signIn(email, GOOD_PASSWORD)).isEqualTo("/");
        assertThat(audit("USER_UNLOCKED", email)).isEqualTo(1);
    }

    @Test
    void aRequiredResetStopsTheOldPasswordEndsSessionsAndMailsALink() throws Exception {
        String email = activeUser("reset", "C1000");
        PortalHttp user = PortalHttp.visitor(port, 210);
        user.signIn(email, GOOD_PASSWORD);
        PortalHttp admin = admin();
        long id = idOf(email);
        admin.get("/admin/users/" + id);

        String page = admin.get(location(admin.post("/admin/users/" + id + "/reset-password", Map.of()))).body();

        assertThat(page).contains("no longer works and every session has ended");
        assertThat(location(user.get("/catalog"))).endsWith("/login");
        assertThat(PortalHttp.visitor(port, 211).signIn(email, GOOD_PASSWORD)).isEqualTo("/login?resetRequired");
        assertThat(PortalHttp.visitor(port, 212).signIn(email, "not the password at all")).isEqualTo("/login?error");
        MimeMessage reset = TestMail.await(email, 2);
        assertThat(reset.getSubject()).contains("new Windowpane password");
        PortalHttp again = PortalHttp.visitor(port, 213);
        String token = token(TestMail.link(reset));
        again.get("/set-password?token=" + token);
        again.post("/set-password", Map.of("token", token, "password", "a brand new secret 7", "confirmation", "a brand new secret 7"));
        assertThat(again.signIn(email, "a brand new secret 7")).isEqualTo("/");
    }

    @Test
    void myAccountChangesThePasswordAndSignsOutOtherSessions() {
        String email = activeUser("mine", "C1000");
        PortalHttp here = PortalHttp.visitor(port, 214);
        PortalHttp elsewhere = PortalHttp.visitor(port, 215);
        here.signIn(email, GOOD_PASSWORD);
        elsewhere.signIn(email, GOOD_PASSWORD);
        assertThat(here.get("/account").body()).contains(email).contains("C1000");

        assertThat(change(here, "wrong current", "another fine phrase", "another fine phrase")).contains("That is not your current password");
        assertThat(change(here, GOOD_PASSWORD, "qwertyuiopasdfgh", "qwertyuiopasdfgh")).contains("among the most used");
        HttpResponse<String> changed = here.post("/account/password", Map.of("currentPassword", GOOD_PASSWORD,
                "password", "another fine phrase", "confirmation", "another fine phrase"));

        assertThat(location(changed)).isEqualTo("/account");
        assertThat(here.get("/account").body()).contains("Your password is changed");
        assertThat(location(elsewhere.get("/account"))).endsWith("/login");
        assertThat(PortalHttp.visitor(port, 216).signIn(email, "another fine phrase")).isEqualTo("/");
        assertThat(audit("PASSWORD_CHANGED", null, email)).isEqualTo(1);
    }

    @Test
    void usersAreFoundByTextRoleAndCustomer() {
        PortalHttp admin = admin();

        String buyersOfC1000 = admin.get("/admin/users?role=BUYER&customer=c1000").body();
        String byText = admin.get("/admin/users?q=RITA").body();

        assertThat(buyersOfC1000).contains("buyer@acme.test").doesNotContain("buyer@bolt.test").doesNotContain("rep@windowpane.test");
        assertThat(byText).contains("rep@windowpane.test").doesNotContain("buyer@acme.test");
    }

    // --- helpers

    private PortalHttp admin() {
        PortalHttp admin = PortalHttp.visitor(port, 200);
        assertThat(admin.signIn("admin@windowpane.test", "demo")).isEqualTo("/");
        return admin;
    }

    private HttpResponse<String> invite(PortalHttp admin, String email, String name, String role, String customer, String repCode) {
        admin.get("/admin/users/new");
        return admin.post("/admin/users", Map.of("email", email, "displayName", name, "role", role,
                "erpCustomerId", customer, "salesRepCode", repCode));
    }

    /** A buyer of the customer who has set their password through their invitation. */
    private String activeUser(String name, String customer) {
        String email = unique(name);
        PortalHttp admin = admin();
        invite(admin, email, "Test " + name, "BUYER", customer, "");
        String token = token(TestMail.link(TestMail.await(email, 1)));
        PortalHttp invitee = PortalHttp.visitor(port, 217);
        invitee.get("/set-password?token=" + token);
        assertThat(location(invitee.post("/set-password", Map.of("token", token, "password", GOOD_PASSWORD,
                "confirmation", GOOD_PASSWORD)))).isEqualTo("/login?passwordSet");
        return email;
    }

    private String setPassword(PortalHttp invitee, String token, String password, String confirmation) {
        return invitee.post("/set-password", Map.of("token", token, "password", password, "confirmation", confirmation)).body();
    }

    private String change(PortalHttp user, String current, String password, String confirmation) {
        return user.post("/account/password", Map.of("currentPassword", current, "password", password, "confirmation", confirmation)).body();
    }

    private long idOf(String email) {
        return jdbc.sql("select id from portal_user where email = ?").param(email).query(Long.class).single();
    }

    private long audit(String action, String details) {
        return audit(action, details, "admin@windowpane.test");
    }

    private long audit(String action, String details, String actor) {
        return jdbc.sql("select count(*) from audit_log where action = ? and actor_email = ? and (cast(? as text) is null or details = ?)")
                .params(action, actor, details, details).query(Long.class).single();
    }

    private static String unique(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + DOMAIN;
    }

    private static String token(String link) {
        Matcher matcher = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(link);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static String path(String link) {
        return link.substring(link.indexOf("/set-password"));
    }

    private String location(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElse("");
        String base = "http://localhost:" + port;
        return location.startsWith(base) ? location.substring(base.length()) : location;
    }
}
