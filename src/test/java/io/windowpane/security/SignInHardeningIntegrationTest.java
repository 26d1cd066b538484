package io.windowpane.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.windowpane.account.PortalUsers;
import io.windowpane.account.Role;
import io.windowpane.audit.AuditLog;
import io.windowpane.support.PortalHttp;
import io.windowpane.support.PortalTest;

/** Sign-in and session behaviour over real HTTP, under parallel requests and crafted input. */
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class SignInHardeningIntegrationTest {

    @LocalServerPort
    private int port;

    @Autowired
    private PortalUsers users;

    @Autowired
    private AuditLog audit;

    @Autowired
    private JdbcClient jdbc;

    private final ExecutorService pool = Executors.newFixedThreadPool(30);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void parallelWrongPasswordsForOneAccountAreCheckedOnlyUpToTheLimit() throws Exception {
        users.createIfAbsent("race@acme.test", "right-password", "Rae Race", Role.BUYER, "C1000", null);
        List<Callable<String>> attempts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            PortalHttp visitor = PortalHttp.visitor(port, 100 + i);
            visitor.get("/login");
            attempts.add(() -> visitor.signIn("race@acme.test", "wrong"));
        }

        List<String> outcomes = all(attempts);

        assertThat(outcomes).filteredOn("/login?error"::equals).hasSize(5);
        assertThat(outcomes).filteredOn("/login?locked"::equals).hasSize(35);
        assertThat(audit.count("race@acme.test", AuditLog.Action.SIGN_IN_FAILED)).isEqualTo(5);
    }

    @Test
    void parallelWrongPasswordsFromOneAddressAreCheckedOnlyUpToTheLimit() throws Exception {
        List<Callable<String>> attempts = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            PortalHttp visitor = new PortalHttp(port, "203.0.113.60");
            String email = "nobody" + i + "@spray.test";
            attempts.add(() -> visitor.signIn(email, "wrong"));
        }

        List<String> outcomes = all(attempts);

        assertThat(outcomes).filteredOn("/login?error"::equals).hasSize(20);
        assertThat(outcomes).filteredOn("/login?locked"::equals).hasSize(40);
    }

    @Test
    void moreColleaguesThanTheAddressLimitSigningInAtOnceAllGetIn() throws Exception {
        // 25 people behind one office address (the limit per address is 20), their passwords checked in parallel
        users.createBuyersIfAbsent(IntStream.rangeClosed(1, 25).mapToObj(n -> new PortalUsers.NewBuyer(
                "colleague" + n + "@office.test", "Colleague " + n, "C1000")).toList(), "right-password");
        List<Callable<String>> attempts = new ArrayList<>();
        for (int n = 1; n <= 25; n++) {
            PortalHttp colleague = new PortalHttp(port, "203.0.113.70");
            String email = "colleague" + n + "@office.test";
            attempts.add(() -> colleague.signIn(email, "right-password"));
        }

        List<String> outcomes = all(attempts);

        assertThat(outcomes).containsOnly("/");
    }

    @Test
    void aUnicodeLookAlikeOfALockedAccountDoesNotSignIn() {
        users.createIfAbsent("locked.admin@windowpane.test", "right-password", "Lock Admin", Role.ADMIN, null, null);
        for (int i = 0; i < 5; i++) {
            PortalHttp.visitor(port, 200 + i).signIn("locked.admin@windowpane.test", "wrong-" + i);
        }

        String lookAlike = PortalHttp.visitor(port, 210).signIn("locked.admİn@windowpane.test", "right-password");
        String fullWidth = PortalHttp.visitor(port, 211).signIn("ＬＯＣＫＥＤ.admin@windowpane.test", "right-password");
        String original = PortalHttp.visitor(port, 212).signIn("locked.admin@windowpane.test", "right-password");

        assertThat(lookAlike).startsWith("/login?");
        assertThat(fullWidth).isEqualTo("/login?locked");
        assertThat(original).isEqualTo("/login?locked");
    }

    @Test
    void anonymousViewsOfTheSignInPageCreateNoSession() {
        long before = anonymousSessions();

        for (int i = 0; i < 25; i++) {
            HttpResponse<String> login = PortalHttp.visitor(port, 220).get("/login");
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body()).contains("name=\"_csrf\"");
        }
        PortalHttp.visitor(port, 221).get("/catalog");

        assertThat(anonymousSessions()).isEqualTo(before);
    }

    @Test
    void fiftyParallelRequestsInOneFreshSessionAllSucceed(CapturedOutput output) throws Exception {
        PortalHttp buyer = PortalHttp.visitor(port, 230);
        assertThat(buyer.signIn("buyer@acme.test", "demo")).isEqualTo("/");
        String[] pages = {"/", "/catalog", "/cart", "/orders", "/catalog?q=valve"};
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String page = pages[i % pages.length];
            requests.add(() -> buyer.get(page).statusCode());
        }

        List<Integer> statuses = all(requests);

        assertThat(statuses).containsOnly(200);
        assertThat(output.getOut()).doesNotContain("DuplicateKeyException").doesNotContain("TemplateOutputException");
    }

    @Test
    void searchTextThatLooksLikeAUriTemplateIsJustText() {
        PortalHttp buyer = PortalHttp.visitor(port, 240);
        buyer.signIn("buyer@acme.test", "demo");

        assertThat(buyer.get("/catalog?q=%7Ba%7D").statusCode()).isEqualTo(200);
        assertThat(buyer.get("/orders?q=%7Bx%7D").statusCode()).isEqualTo(200);
    }

    @Test
    void behindATrustedTlsProxyRedirectsStayOnHttpsAndHstsIsSent() {
        PortalHttp visitor = PortalHttp.visitor(port, 250);
        HttpResponse<String> response = visitor.send(visitor.request("/").header("X-Forwarded-Proto", "https").GET().build());

        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).startsWith("https://").endsWith("/login"));
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    private long anonymousSessions() {
        return jdbc.sql("select count(*) from spring_session where principal_name is null").query(Long.class).single();
    }

    private <T> List<T> all(List<Callable<T>> tasks) throws Exception {
        List<T> results = new ArrayList<>();
        for (Future<T> future : pool.invokeAll(tasks, 120, TimeUnit.SECONDS)) {
            results.add(future.get());
        }
        return results;
    }
}
