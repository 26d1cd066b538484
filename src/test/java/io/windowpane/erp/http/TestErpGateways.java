package io.windowpane.erp.http;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import org.springframework.web.client.RestClient;

import io.windowpane.erp.ErpGateway;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP adapter outside a Spring context, for tests of other packages that need a real ERP client. */
public final class TestErpGateways {

    private TestErpGateways() {
    }

    public static ErpGateway http(URI baseUrl, String apiKey) {
        return ErpClientConfiguration.create(RestClient.builder(),
                new ErpProperties(baseUrl, apiKey, Duration.ofSeconds(2), Duration.ofSeconds(5), true),
                JsonMapper.builder().build(), Clock.systemUTC());
    }
}
