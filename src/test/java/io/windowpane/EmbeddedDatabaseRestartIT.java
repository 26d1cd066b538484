package io.windowpane;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * After {@code kill -9} of the default run, its PostgreSQL keeps running on the data directory; the next start
 * must succeed on the first try. The killed run is a child JVM that starts PostgreSQL exactly as the portal does.
 */
class EmbeddedDatabaseRestartIT {

    @TempDir
    Path dataDirectory;

    @Test
    void theFirstStartAfterAKilledRunSucceeds() throws Exception {
        Process killedRun = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), EmbeddedDatabaseRestartIT.class.getName() + "$KilledRun",
                dataDirectory.toString()).redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(killedRun.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = output.readLine()) != null && !line.equals("READY")) {
            // the child logs PostgreSQL's start-up until it is ready
        }
        killedRun.destroyForcibly();
        assertThat(killedRun.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long orphan = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("PostgreSQL outlives the killed JVM").hasValue(true);

        try (EmbeddedPostgres restarted = EmbeddedDatabase.start(dataDirectory);
                Connection connection = restarted.getPostgresDatabase().getConnection();
                ResultSet answer = connection.createStatement().executeQuery("select 1")) {
            assertThat(answer.next()).isTrue();
        }
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    /** The run that gets killed: starts PostgreSQL on the directory it is given and waits. */
    static final class KilledRun {
        public static void main(String[] args) throws Exception {
            EmbeddedDatabase.start(Path.of(args[0]));
            System.out.println("READY");
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
