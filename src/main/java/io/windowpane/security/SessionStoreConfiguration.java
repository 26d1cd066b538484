package io.windowpane.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC). Parallel requests of one session (two tabs, htmx
 * fragments, out-of-band badge updates) may write the same attribute at once; Spring Session's PostgreSQL
 * customizer makes that an {@code INSERT … ON CONFLICT DO UPDATE} instead of a duplicate-key failure.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
