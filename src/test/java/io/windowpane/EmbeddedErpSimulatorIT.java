package io.windowpane;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import io.windowpane.erp.ErpGateway;

/** The default run starts the ERP simulator in the portal's JVM, and the portal reads it over HTTP. */
class EmbeddedErpSimulatorIT {

    @Test
    void theDefaultRunStartsTheSimulatorBeforeThePortalReadsIt() throws IOException {
        int erpPort = freePort();
        try (ConfigurableApplicationContext portal = SpringApplication.run(WindowpaneApplication.class,
                "--server.port=0", "--windowpane.erp.embedded.port=" + erpPort)) {

            ErpGateway erp = portal.getBean(ErpGateway.class);

            assertThat(erp.customer("C1000").name()).isEqualTo("Acme Industrial Supply");
            assertThat(portal.getEnvironment().getProperty("windowpane.erp.base-url")).isEqualTo("http://localhost:" + erpPort);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
