package io.windowpane.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A real Tryton 6.0 for the tests, one per test JVM: {@code src/tryton/tryton.sh} installs what is missing,
 * builds the demo database once in {@code target/tryton} (kept between runs) and starts PostgreSQL and trytond on
 * free ports. Each test class gets its own copy of the demo database ({@link #freshDatabase()}, 0.2 s).
 */
public final class TestTryton {

    private static final Path SCRIPT = Path.of("src/tryton/tryton.sh").toAbsolutePath();
    private static final Path HOME = Path.of("target/tryton").toAbsolutePath();
    private static final String TEMPLATE = "windowpane_demo";
    private static TestTryton shared;

    private final Map<String, String> environment;
    private final URI url;

    private TestTryton(Map<String, String> environment, URI url) {
        this.environment = environment;
        this.url = url;
    }

    public static synchronized TestTryton shared() {
        if (shared == null) {
            int port = freePort();
            Map<String, String> environment = Map.of("TRYTON_HOME", HOME.toString(), "TRYTON_PG_PORT", String.valueOf(freePort()),
                    "TRYTON_PORT", String.valueOf(port), "TRYTON_DB", TEMPLATE);
            TestTryton tryton = new TestTryton(environment, URI.create("http://127.0.0.1:" + port));
            tryton.run(Duration.ofMinutes(1), "stop");
            tryton.run(Duration.ofMinutes(10), "setup");
            tryton.run(Duration.ofMinutes(1), "start");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> tryton.run(Duration.ofMinutes(1), "stop")));
            shared = tryton;
        }
        return shared;
    }

    /** trytond's address; a database is reached at {@code url/name/}. */
    public URI url() {
        return url;
    }

    /** A new database copied from the demo one, for one test class. */
    public String freshDatabase() {
        String name = "test_" + UUID.randomUUID().toString().substring(0, 8);
        run(Duration.ofMinutes(1), "copy", name);
        return name;
    }

    private void run(Duration limit, String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(arguments));
        try {
            Files.createDirectories(HOME);
            Path log = HOME.resolve("script.log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("tryton.sh " + String.join(" ", arguments) + " took over " + limit + "; see " + log);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("tryton.sh " + String.join(" ", arguments) + " failed (exit " + process.exitValue()
                        + "); see " + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
