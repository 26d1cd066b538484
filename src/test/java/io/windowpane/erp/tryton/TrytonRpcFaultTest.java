package io.windowpane.erp.tryton;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.client.RestClient;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.windowpane.erp.ErpMalformedResponseException;
import io.windowpane.erp.ErpRejectedException;
import io.windowpane.erp.ErpTimeoutException;
import io.windowpane.erp.ErpUnavailableException;

/** Exact Tryton fault cases (answers a real Tryton gives only by accident), each mapped to the port's exceptions. */
class TrytonRpcFaultTest {

    @RegisterExtension
    static WireMockExtension tryton = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    /** Each test its own database, so that a request still under way from another test never counts here. */
    private final String database = "demo-" + UUID.randomUUID().toString().substring(0, 8);
    private final String path = "/" + database + "/";

    @BeforeEach
    void signInWorks() {
        tryton.stubFor(post(urlEqualTo(path)).withRequestBody(matchingJsonPath("$.method", equalTo("common.db.login")))
                .willReturn(okJson("{\"id\": 1, \"result\": [1, \"session-key\"]}")));
        tryton.stubFor(post(urlEqualTo(path)).withRequestBody(matchingJsonPath("$.method", equalTo("model.res.user.get_preferences")))
                .willReturn(okJson("{\"id\": 2, \"result\": {\"language\": \"en\", \"company\": 1}}")));
    }

    @Test
    void aUserErrorIsARejectionWithTrytonsMessage() {
        answerCategories(okJson("{\"id\": 3, \"error\": [\"UserError\", [\"The credit limit of Bolt is exceeded.\", \"\", null]]}"));

        assertThatThrownBy(() -> gateway(Duration.ofSeconds(2)).categories()).isInstanceOfSatisfying(ErpRejectedException.class, e -> {
            assertThat(e.code()).isEqualTo("USER_ERROR");
            assertThat(e.getMessage()).contains("The credit limit of Bolt is exceeded.");
        });
    }

    @Test
    void aUserWarningIsARejectionNamingTheWarning() {
        answerCategories(okJson("{\"id\": 3, \"error\": [\"UserWarning\", [\"credit_warn\", \"Bolt is near its limit\", \"\"]]}"));

        assertThatThrownBy(() -> gateway(Duration.ofSeconds(2)).categories()).isInstanceOfSatisfying(ErpRejectedException.class, e -> {
            assertThat(e.code()).isEqualTo("USER_WARNING");
            assertThat(e.details()).containsEntry("warning", "credit_warn");
        });
    }

    @Test
    void anExpiredSessionSignsInAgainOnceAndTheCallIsRepeated() {
        tryton.stubFor(post(urlEqualTo(path)).withRequestBody(matchingJsonPath("$.method", equalTo("model.product.category.search_read")))
                .inScenario("session").whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(401))
                .willSetStateTo("signed in again"));
        tryton.stubFor(post(urlEqualTo(path)).withRequestBody(matchingJsonPath("$.method", equalTo("model.product.category.search_read")))
                .inScenario("session").whenScenarioStateIs("signed in again")
                .willReturn(okJson("{\"id\": 5, \"result\": [{\"id\": 7, \"name\": \"Fasteners\", \"parent\": null}]}")));

        assertThat(gateway(Duration.ofSeconds(2)).categories()).singleElement().satisfies(c -> assertThat(c.name()).isEqualTo("Fasteners"));
        tryton.verify(2, postRequestedFor(urlEqualTo(path)).withRequestBody(matchingJsonPath("$.method", equalTo("common.db.login"))));
    }

    @Test
    void refusedCredentialsAreUnavailable() {
        tryton.stubFor(post(urlEqualTo(path)).withRequestBody(matchingJsonPath("$.method", equalTo("common.db.login")))
                .willReturn(aResponse().withStatus(403)));

        assertThatThrownBy(() -> gateway(Duration.ofSeconds(2)).categories()).isInstanceOf(ErpUnavailableException.class)
                .hasMessageContaining("refused the portal's user");
    }

    @Test
    void aSlowAnswerIsATimeOut() {
        answerCategories(okJson("{\"id\": 3, \"result\": []}").withFixedDelay(1500));

        assertThatThrownBy(() -> gateway(Duration.ofMillis(300)).categories()).isInstanceOf(ErpTimeoutException.class);
    }

    @Test
    void anAnswerThatIsNoJsonRpcObjectIsMalformed() {
        answerCategories(okJson("[1, 2, 3]"));

        assertThatThrownBy(() -> gateway(Duration.ofSeconds(2)).categories()).isInstanceOf(ErpMalformedResponseException.class);
    }

    @Test
    void aServerFaultIsUnavailableAndATrytonFailingRepeatedlyIsNotAskedAgainForAWhile() {
        answerCategories(aResponse().withStatus(503));
        CircuitBreaker breaker = CircuitBreaker.of("erp", CircuitBreakerConfig.custom().minimumNumberOfCalls(4).slidingWindowSize(4)
                .failureRateThreshold(50).waitDurationInOpenState(Duration.ofMinutes(1))
                .recordExceptions(ErpUnavailableException.class).build());
        TrytonErpGateway guarded = TrytonConfiguration.create(RestClient.builder(), properties(Duration.ofSeconds(2)), Clock.systemUTC(),
                breaker, Bulkhead.ofDefaults("erp"));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(guarded::categories).isInstanceOf(ErpUnavailableException.class).hasMessageContaining("cannot be reached");
        }

        assertThatThrownBy(guarded::categories).isInstanceOf(ErpUnavailableException.class).hasMessageContaining("failed repeatedly");
        tryton.verify(2, postRequestedFor(urlEqualTo(path)).withRequestBody(matchingJsonPath("$.method",
                equalTo("model.product.category.search_read"))));
    }

    private void answerCategories(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
        tryton.stubFor(post(urlEqualTo(path)).withRequestBody(matchingJsonPath("$.method", equalTo("model.product.category.search_read")))
                .willReturn(answer));
    }

    private TrytonErpGateway gateway(Duration readTimeout) {
        return TrytonConfiguration.create(RestClient.builder(), properties(readTimeout), Clock.systemUTC());
    }

    private TrytonProperties properties(Duration readTimeout) {
        return new TrytonProperties(URI.create(tryton.baseUrl()), database, "admin", "admin", Duration.ofSeconds(1), readTimeout);
    }
}
