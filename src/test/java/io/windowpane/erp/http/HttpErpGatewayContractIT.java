package io.windowpane.erp.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

import io.windowpane.erp.ErpContract;
import io.windowpane.erp.ErpGateway;
import io.windowpane.support.TestErpSimulator;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP adapter against the simulator on a random port. */
class HttpErpGatewayContractIT extends ErpContract {

    private static final TestErpSimulator ERP = TestErpSimulator.shared();
    private static final ErpGateway GATEWAY = ErpClientConfiguration.create(RestClient.builder(),
            new ErpProperties(ERP.baseUrl(), TestErpSimulator.API_KEY, Duration.ofSeconds(2), Duration.ofSeconds(5)),
            JsonMapper.builder().build(), Clock.systemUTC());

    @Override
    protected ErpGateway gateway() {
        return GATEWAY;
    }

    @Test
    void readsManySkusInOneRequestPerDataType() {
        List<String> skus = IntStream.range(0, 24).mapToObj(i -> "SAF-" + (10000 + i)).toList();
        ERP.resetStats();

        GATEWAY.items(skus);
        GATEWAY.prices("C1000", skus);
        GATEWAY.stock(skus);

        assertThat(ERP.requestsTo("GET /v1/items")).isEqualTo(1);
        assertThat(ERP.requestsTo("GET /v1/customers/{id}/prices")).isEqualTo(1);
        assertThat(ERP.requestsTo("GET /v1/stock")).isEqualTo(1);
    }

    @Test
    void splitsBatchesAboveTheContractsLimit() {
        List<String> skus = IntStream.range(0, 250).mapToObj(i -> "FAS-" + (10000 + i)).toList();
        ERP.resetStats();

        assertThat(GATEWAY.prices("C1000", skus)).hasSize(250);
        assertThat(ERP.requestsTo("GET /v1/customers/{id}/prices")).isEqualTo(2);
    }
}
