package io.windowpane.erp.tryton;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Tryton answers JSON-RPC ({@code windowpane.erp.tryton.*}), used when {@code windowpane.erp.adapter=tryton}:
 * the server's URL, the database, the user the portal signs in as, and how long a call may take.
 */
@ConfigurationProperties("windowpane.erp.tryton")
public record TrytonProperties(@DefaultValue("http://127.0.0.1:8000") URI url, @DefaultValue("windowpane_demo") String database,
        @DefaultValue("admin") String user, @DefaultValue("admin") String password,
        @DefaultValue("2s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout) {
}
