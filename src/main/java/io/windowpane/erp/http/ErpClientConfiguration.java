package io.windowpane.erp.http;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.UUID;

import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.windowpane.erp.ErpGateway;
import io.windowpane.erp.ErpUnavailableException;
import io.windowpane.erp.ErpRequestIds;
import tools.jackson.databind.json.JsonMapper;

/** Wires the HTTP adapter as the portal's {@link ErpGateway} (the default; {@code windowpane.erp.adapter=http}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "windowpane.erp.adapter", havingValue = "http", matchIfMissing = true)
@EnableConfigurationProperties(ErpProperties.class)
public class ErpClientConfiguration {

    /** The name of the ERP's circuit breaker and bulkhead ({@code resilience4j.*.instances.erp} in application.yml). */
    public static final String RESILIENCE_INSTANCE = "erp";

    @Bean
    ErpGateway erpGateway(RestClient.Builder builder, ErpProperties properties, JsonMapper json, Clock clock,
            CircuitBreakerRegistry circuitBreakers, BulkheadRegistry bulkheads) {
        return create(builder, properties, json, clock, circuitBreakers.circuitBreaker(RESILIENCE_INSTANCE),
                bulkheads.bulkhead(RESILIENCE_INSTANCE));
    }

    /** Builds the adapter outside a Spring context (contract and fault tests), with default resilience settings. */
    static HttpErpGateway create(RestClient.Builder builder, ErpProperties properties, JsonMapper json, Clock clock) {
        CircuitBreakerConfig failures = CircuitBreakerConfig.custom()
                .recordExceptions(ErpUnavailableException.class, ResourceAccessException.class).build();
        return create(builder, properties, json, clock, CircuitBreaker.of(RESILIENCE_INSTANCE, failures),
                Bulkhead.ofDefaults(RESILIENCE_INSTANCE));
    }

    static HttpErpGateway create(RestClient.Builder builder, ErpProperties properties, JsonMapper json, Clock clock,
            CircuitBreaker circuitBreaker, Bulkhead bulkhead) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout()).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(properties.readTimeout());
        RestClient.Builder configured = builder.clone().baseUrl(properties.baseUrl().toString())
                .requestFactory(requests)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + properties.apiKey())
                .requestInterceptor((request, body, execution) -> {
                    String requestId = MDC.get(ErpRequestIds.MDC_KEY);
                    request.getHeaders().set("X-Request-Id", requestId != null ? requestId : UUID.randomUUID().toString());
                    return execution.execute(request, body);
                });
        return new HttpErpGateway(configured, new ErpErrors(json, clock), clock, circuitBreaker, bulkhead,
                properties.completeChangeFeed());
    }
}
