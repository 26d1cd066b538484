package io.windowpane.erp.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.web.client.RestClient;

import io.windowpane.erp.ErpContract;
import io.windowpane.erp.ErpGateway;
import io.windowpane.erp.ErpRequestIds;
import io.windowpane.support.TestErpSimulator;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP adapter against the simulator on a random port. */
class HttpErpGatewayContractIT extends ErpContract {

    private static final TestErpSimulator ERP = TestErpSimulator.shared();
    private static final ErpGateway GATEWAY = ErpClientConfiguration.create(RestClient.builder(),
            new ErpProperties(ERP.baseUrl(), TestErpSimulator.API_KEY, Duration.ofSeconds(2), Duration.ofSeconds(5), true),
            JsonMapper.builder().build(), Clock.systemUTC());

    @Override
    protected ErpGateway gateway() {
        return GATEWAY;
    }

    @Test
    void readsManySkusInOneRequestPerDataType() {
        List<String> skus = IntStream.range(0, 24).mapToObj(i -> "SAF-" + (10000 + i)).toList();
        // counted by this test's own request id: portal contexts of other tests may be asking the simulator too
        String marker = "batch-" + UUID.randomUUID();

        try (var ignored = MDC.putCloseable(ErpRequestIds.MDC_KEY, marker)) {
            GATEWAY.items(skus);
            GATEWAY.prices("C1000", skus);
            GATEWAY.stock(skus);
        }

        assertThat(ERP.requestsTo("GET /v1/items", marker)).isEqualTo(1);
        assertThat(ERP.requestsTo("GET /v1/customers/{id}/prices", marker)).isEqualTo(1);
        assertThat(ERP.requestsTo("GET /v1/stock", marker)).isEqualTo(1);
    }

    @Test
    void splitsBatchesAboveTheContractsLimit() {
        List<String> skus = IntStream.range(0, 250).mapToObj(i -> "FAS-" + (10000 + i)).toList();
        String marker = "split-" + UUID.randomUUID();

        try (var ignored = MDC.putCloseable(ErpRequestIds.MDC_KEY, marker)) {
            assertThat(GATEWAY.prices("C1000", skus)).hasSize(250);
        }
        assertThat(ERP.requestsTo("GET /v1/customers/{id}/prices", marker)).isEqualTo(2);
    }
}
