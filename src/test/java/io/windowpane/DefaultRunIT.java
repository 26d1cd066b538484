package io.windowpane;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The zero-setup default run, as `./mvnw spring-boot:run` starts it: embedded PostgreSQL, the embedded ERP
 * simulator and the demo users; a signed-in session survives a restart.
 */
class DefaultRunIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    Path dataDirectory;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void aSignedInBuyerStaysSignedInAcrossARestart() throws Exception {
        int portalPort = freePort();
        int erpPort = freePort();
        try (ConfigurableApplicationContext portal = start(portalPort, erpPort)) {
            signIn(portalPort, "buyer@acme.test", "demo");
            assertThat(get(portalPort, "/").body()).contains("Acme Industrial Supply");
        }

        try (ConfigurableApplicationContext restarted = start(portalPort, erpPort)) {
            HttpResponse<String> home = get(portalPort, "/");

            assertThat(home.uri().getPath()).isEqualTo("/");
            assertThat(home.body()).contains("Acme Industrial Supply").contains("data-testid=\"credit-panel\"");
        }
    }

    private ConfigurableApplicationContext start(int portalPort, int erpPort) {
        return SpringApplication.run(WindowpaneApplication.class, "--server.port=" + portalPort,
                "--windowpane.erp.embedded.port=" + erpPort,
                "--windowpane.embedded-database.data-directory=" + dataDirectory.resolve("postgres"));
    }

    private void signIn(int port, String email, String password) throws Exception {
        Matcher csrf = CSRF.matcher(get(port, "/login").body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + email + "&password=" + password + "&_csrf=" + csrf.group(1);
        HttpResponse<String> afterSignIn = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(afterSignIn.uri().getPath()).isEqualTo("/");
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
