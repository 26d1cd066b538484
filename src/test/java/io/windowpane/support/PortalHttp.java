package io.windowpane.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One visitor of the portal over real HTTP, as a browser without JavaScript would be: its own cookies (so
 * its own session), the CSRF token read from the last form, redirects not followed so tests see them, and a
 * client address passed as {@code X-Forwarded-For} (the portal trusts it from loopback), so tests that
 * trip the per-address sign-in throttle do not lock out each other.
 */
public final class PortalHttp {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private volatile String base;
    private final String clientAddress;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private volatile String csrf;

    public PortalHttp(int port, String clientAddress) {
        this.base = "http://localhost:" + port;
        this.clientAddress = clientAddress;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A new visitor from a made-up address in the documentation range, unique per call site's seed. */
    public static PortalHttp visitor(int port, int seed) {
        return new PortalHttp(port, "198.51.100." + Math.floorMod(seed, 250));
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(request(path).GET().build());
        rememberCsrf(response.body());
        return response;
    }

    /** Posts a form with the CSRF token of the last page read (the login page, if none yet). */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        if (csrf == null) {
            get("/login");
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", csrf);
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * Sends this visitor's next requests to another portal instance (a load balancer without sticky sessions would):
     * the same cookies, the same CSRF token.
     */
    public PortalHttp switchTo(int port) {
        base = "http://localhost:" + port;
        return this;
    }

    /** Signs in; answers where the portal sent the visitor (e.g. "/" or "/login?error"). */
    public String signIn(String email, String password) {
        get("/login");
        HttpResponse<String> response = post("/login", Map.of("username", email, "password", password));
        String location = response.headers().firstValue("Location").orElse("");
        return location.startsWith(base) ? location.substring(base.length()) : location;
    }

    /** The CSRF token of the last form read. */
    public String csrfToken() {
        return URLEncoder.encode(csrf, StandardCharsets.UTF_8);
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("X-Forwarded-For", clientAddress);
    }

    private void rememberCsrf(String body) {
        Matcher matcher = CSRF.matcher(body == null ? "" : body);
        if (matcher.find()) {
            csrf = matcher.group(1);
        }
    }
}
