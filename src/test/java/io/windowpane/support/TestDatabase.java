package io.windowpane.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL the tests use, one per test JVM: the server named by WINDOWPANE_TEST_DB_URL (with _USER and
 * _PASSWORD) if set, else a Testcontainers PostgreSQL 17 when a Docker engine answers, else an embedded
 * PostgreSQL in a fresh temporary folder. Never H2: tests and production speak one dialect.
 */
public final class TestDatabase {

    public record Connection(String url, String username, String password, String source) {
    }

    private static Connection connection;

    private TestDatabase() {
    }

    public static synchronized Connection shared() {
        if (connection == null) {
            connection = start();
        }
        return connection;
    }

    private static Connection start() {
        String url = System.getenv("WINDOWPANE_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return new Connection(url, System.getenv("WINDOWPANE_TEST_DB_USER"), System.getenv("WINDOWPANE_TEST_DB_PASSWORD"),
                    "environment");
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17");
            container.start();
            return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(), "testcontainers");
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres)));
            return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", "embedded");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL for the tests", e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError noDocker) {
            return false;
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is ending anyway
        }
    }
}
