package io.windowpane.erp.http;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Where and how the portal reaches the ERP ({@code windowpane.erp.*}).
 *
 * @param baseUrl the ERP's REST base URL, e.g. http://localhost:8090
 * @param apiKey the bearer API key
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer; past it a write's outcome is unknown
 * @param completeChangeFeed whether the ERP's change feed lists every change as the contract says (true), so that
 *        the caches may count a value no event named as confirmed; false for an ERP whose feed can miss changes
 */
@Validated
@ConfigurationProperties("windowpane.erp")
public record ErpProperties(@NotNull URI baseUrl, @NotBlank String apiKey,
        @DefaultValue("2s") Duration connectTimeout, @DefaultValue("5s") Duration readTimeout,
        @DefaultValue("true") boolean completeChangeFeed) {
}
