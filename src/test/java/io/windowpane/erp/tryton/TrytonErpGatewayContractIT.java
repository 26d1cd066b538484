package io.windowpane.erp.tryton;

import java.time.Clock;
import java.time.Duration;

import org.springframework.web.client.RestClient;

import io.windowpane.erp.ErpContract;
import io.windowpane.erp.ErpGateway;
import io.windowpane.support.TestTryton;

/** The contract on a real Tryton 6.0: the Tryton adapter on a fresh copy of the demo database. */
class TrytonErpGatewayContractIT extends ErpContract {

    private static final ErpGateway GATEWAY = TrytonConfiguration.create(RestClient.builder(),
            new TrytonProperties(TestTryton.shared().url(), TestTryton.shared().freshDatabase(), "admin", "admin",
                    Duration.ofSeconds(2), Duration.ofSeconds(20)),
            Clock.systemUTC());

    @Override
    protected ErpGateway gateway() {
        return GATEWAY;
    }
}
