package io.windowpane.erp.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.MDC;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import io.windowpane.erp.ErpGateway;
import io.windowpane.erp.ErpRequestIds;
import io.windowpane.erp.ErpMalformedResponseException;
import io.windowpane.erp.ErpNotFoundException;
import io.windowpane.erp.ErpRejectedException;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.windowpane.erp.ErpNotFoundException;
import io.windowpane.erp.ErpTimeoutException;
import io.windowpane.erp.ErpUnavailableException;
import io.windowpane.erp.NewOrder;
import io.windowpane.erp.OrderLineRequest;
import tools.jackson.databind.json.JsonMapper;

/** Exact ERP fault cases, each mapped to the port's typed exception. */
class HttpErpGatewayFaultTest {

    @RegisterExtension
    static WireMockExtension erp = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private ErpGateway gateway(Duration readTimeout) {
        return ErpClientConfiguration.create(RestClient.builder(),
                new ErpProperties(URI.create(erp.baseUrl()), "test-key", Duration.ofSeconds(1), readTimeout, true),
                JsonMapper.builder().build(), Clock.systemUTC());
    }

    private ErpGateway gateway() {
        return gateway(Duration.ofSeconds(2));
    }

    @Test
    void anErpThatKeepsFailingIsNotAskedAgainForAWhile() {
        erp.stubFor(get(urlPathEqualTo("/v1/categories")).willReturn(aResponse().withStatus(503)));
        CircuitBreaker breaker = CircuitBreaker.of("erp", CircuitBreakerConfig.custom().minimumNumberOfCalls(4)
                .slidingWindowSize(4).failureRateThreshold(50).waitDurationInOpenState(Duration.ofMinutes(1))
                .recordExceptions(ErpUnavailableException.class, ResourceAccessException.class).build());
        ErpGateway guarded = ErpClientConfiguration.create(RestClient.builder(),
                new ErpProperties(URI.create(erp.baseUrl()), "test-key", Duration.ofSeconds(1), Duration.ofSeconds(2), true),
                JsonMapper.builder().build(), Clock.systemUTC(), breaker, Bulkhead.ofDefaults("erp"));
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(guarded::categories).isInstanceOf(ErpUnavailableException.class);
        }

        assertThatThrownBy(guarded::categories).isInstanceOf(ErpUnavailableException.class).hasMessageContaining("failed repeatedly");
        assertThat(erp.getAllServeEvents()).hasSize(4);
    }

    @Test
    void refusalsAreAnswersNotFailuresOfTheErp() {
        erp.stubFor(get(urlPathEqualTo("/v1/customers/NOPE")).willReturn(aResponse().withStatus(404)));
        CircuitBreaker breaker = CircuitBreaker.of("erp", CircuitBreakerConfig.custom().minimumNumberOfCalls(2)
                .slidingWindowSize(2).recordExceptions(ErpUnavailableException.class, ResourceAccessException.class).build());
        ErpGateway guarded = ErpClientConfiguration.create(RestClient.builder(),
                new ErpProperties(URI.create(erp.baseUrl()), "test-key", Duration.ofSeconds(1), Duration.ofSeconds(2), true),
                JsonMapper.builder().build(), Clock.systemUTC(), breaker, Bulkhead.ofDefaults("erp"));

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> guarded.customer("NOPE")).isInstanceOf(ErpNotFoundException.class);
        }

        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aSlowAnswerBecomesATimeout() {
        erp.stubFor(get(urlPathEqualTo("/v1/customers/C1000/credit")).willReturn(aResponse().withFixedDelay(1500)
                .withHeader("Content-Type", "application/json").withBody("{}")));

        assertThatThrownBy(() -> gateway(Duration.ofMillis(300)).credit("C1000")).isInstanceOf(ErpTimeoutException.class);
    }

    @Test
    void aServerErrorMeansTheErpIsUnavailable() {
        erp.stubFor(get(urlPathEqualTo("/v1/categories")).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/json").withBody("{\"code\":\"ERP_UNAVAILABLE\",\"message\":\"down\"}")));

        assertThatThrownBy(() -> gateway().categories()).isInstanceOf(ErpUnavailableException.class)
                .isNotInstanceOf(ErpTimeoutException.class);
    }

    @Test
    void tooManyRequestsCarriesRetryAfter() {
        erp.stubFor(get(urlPathEqualTo("/v1/categories")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")));

        assertThatThrownBy(() -> gateway().categories()).isInstanceOfSatisfying(ErpUnavailableException.class,
                e -> assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(7)));
    }

    @Test
    void malformedJsonIsAMalformedResponse() {
        erp.stubFor(get(urlPathEqualTo("/v1/customers/C1000")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"id\": \"C1000\", \"name\": ")));

        assertThatThrownBy(() -> gateway().customer("C1000")).isInstanceOf(ErpMalformedResponseException.class);
    }

    @Test
    void anEmptyAnswerIsAMalformedResponse() {
        erp.stubFor(get(urlPathEqualTo("/v1/categories")).willReturn(aResponse().withStatus(200)));

        assertThatThrownBy(() -> gateway().categories()).isInstanceOf(ErpMalformedResponseException.class);
    }

    @Test
    void aRefusalCarriesTheErpsCodeAndDetails() {
        erp.stubFor(post(urlPathEqualTo("/v1/orders")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"DUPLICATE_PO\",\"message\":\"used\",\"details\":{\"existingOrderNumber\":\"SO1\"}}")));
        NewOrder order = new NewOrder("C1000", "PO-1", null, null, "t", null, List.of(new OrderLineRequest("A", 1)));

        assertThatThrownBy(() -> gateway().placeOrder(order, "k")).isInstanceOfSatisfying(ErpRejectedException.class, e -> {
            assertThat(e.code()).isEqualTo("DUPLICATE_PO");
            assertThat(e.details()).containsEntry("existingOrderNumber", "SO1");
        });
    }

    @Test
    void aStatementWithoutItsBalancesOrAgingIsMalformed() {
        erp.stubFor(get(urlPathEqualTo("/v1/customers/C1000/statement")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"customerId\": \"C1000\", \"entries\": [], \"currency\": \"USD\"}")));

        assertThatThrownBy(() -> gateway().statement("C1000", java.time.LocalDate.now().minusDays(30), java.time.LocalDate.now()))
                .isInstanceOf(ErpMalformedResponseException.class);
    }

    @Test
    void anInvoiceWithoutItsCustomerIsMalformedAndOneWithoutPaymentsHasNone() {
        erp.stubFor(get(urlPathEqualTo("/v1/invoices/INV1")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"number\": \"INV1\", \"total\": 10, \"openAmount\": 10, \"currency\": \"USD\"}")));
        erp.stubFor(get(urlPathEqualTo("/v1/invoices/INV2")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"number\": \"INV2\", \"customerId\": \"C1000\", \"status\": \"OPEN\", \"total\": 10, "
                        + "\"subtotal\": 10, \"tax\": 0, \"openAmount\": 10, \"currency\": \"USD\", \"lines\": []}")));

        assertThatThrownBy(() -> gateway().invoice("INV1")).isInstanceOf(ErpMalformedResponseException.class);
        assertThat(gateway().invoice("INV2").payments()).isEmpty();
    }

    @Test
    void notFoundIsNotFound() {
        erp.stubFor(get(urlPathEqualTo("/v1/orders/SO9")).willReturn(aResponse().withStatus(404)));

        assertThatThrownBy(() -> gateway().order("SO9")).isInstanceOf(ErpNotFoundException.class);
    }

    @Test
    void aWrongApiKeyMeansTheErpIsUnavailableToUs() {
        erp.stubFor(get(urlPathEqualTo("/v1/categories")).willReturn(aResponse().withStatus(401)));

        assertThatThrownBy(() -> gateway().categories()).isInstanceOf(ErpUnavailableException.class);
    }

    @Test
    void noConnectionMeansUnavailable() {
        ErpGateway nowhere = ErpClientConfiguration.create(RestClient.builder(),
                new ErpProperties(URI.create("http://localhost:9"), "k", Duration.ofMillis(500), Duration.ofSeconds(1), true),
                JsonMapper.builder().build(), Clock.systemUTC());

        assertThatThrownBy(nowhere::categories).isInstanceOf(ErpUnavailableException.class);
    }

    @Test
    void sendsTheApiKeyAndPropagatesTheRequestId() {
        erp.stubFor(get(urlPathEqualTo("/v1/categories")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("[]")));
        MDC.put(ErpRequestIds.MDC_KEY, "req-7");
        try {
            gateway().categories();
        } finally {
            MDC.remove(ErpRequestIds.MDC_KEY);
        }

        erp.verify(getRequestedFor(urlPathEqualTo("/v1/categories")).withHeader("Authorization", equalTo("Bearer test-key"))
                .withHeader("X-Request-Id", equalTo("req-7")));
    }
}
