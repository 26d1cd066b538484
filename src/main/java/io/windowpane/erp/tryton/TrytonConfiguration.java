package io.windowpane.erp.tryton;

import java.net.http.HttpClient;
import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.BufferingClientHttpRequestFactory;
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

/** Wires Tryton as the portal's {@link ErpGateway} when {@code windowpane.erp.adapter=tryton}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "windowpane.erp.adapter", havingValue = "tryton")
@EnableConfigurationProperties(TrytonProperties.class)
public class TrytonConfiguration {

    /** The circuit breaker and bulkhead every ERP adapter passes ({@code resilience4j.*.instances.erp}). */
    private static final String RESILIENCE_INSTANCE = "erp";

    @Bean
    ErpGateway erpGateway(RestClient.Builder builder, TrytonProperties properties, Clock clock,
            CircuitBreakerRegistry circuitBreakers, BulkheadRegistry bulkheads) {
        return create(builder, properties, clock, circuitBreakers.circuitBreaker(RESILIENCE_INSTANCE),
                bulkheads.bulkhead(RESILIENCE_INSTANCE));
    }

    /** Builds the adapter outside a Spring context (contract tests), with default resilience settings. */
    static TrytonErpGateway create(RestClient.Builder builder, TrytonProperties properties, Clock clock) {
        return create(builder, properties, clock, defaultCircuitBreaker(), Bulkhead.ofDefaults(RESILIENCE_INSTANCE));
    }

    static CircuitBreaker defaultCircuitBreaker() {
        return CircuitBreaker.of(RESILIENCE_INSTANCE, CircuitBreakerConfig.custom()
                .recordExceptions(ErpUnavailableException.class, ResourceAccessException.class).build());
    }

    static TrytonErpGateway create(RestClient.Builder builder, TrytonProperties properties, Clock clock,
            CircuitBreaker circuitBreaker, Bulkhead bulkhead) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout()).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(properties.readTimeout());
        // Tryton's server (werkzeug) wants a Content-Length, so requests are buffered rather than streamed
        RestClient http = builder.clone().baseUrl(properties.url().toString())
                .requestFactory(new BufferingClientHttpRequestFactory(requests)).build();
        return new TrytonErpGateway(new TrytonRpc(http, properties, circuitBreaker, bulkhead), clock);
    }
}
