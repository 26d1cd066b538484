package io.windowpane;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import io.windowpane.erpsim.ErpSimulatorApplication;

/**
 * The zero-setup default run: starts the ERP simulator in this JVM, on its own port and with its own
 * configuration, while the portal's beans are created, so it answers before the portal serves a request.
 * The portal still reaches it only over HTTP through the ERP port. Off in production.
 */
@Component
@ConditionalOnBooleanProperty("windowpane.erp.embedded.enabled")
class EmbeddedErpSimulator implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedErpSimulator.class);

    private final ConfigurableApplicationContext simulator;

    EmbeddedErpSimulator(@Value("${windowpane.erp.embedded.port}") int port) {
        log.info("Starting the embedded ERP simulator on port {}", port);
        this.simulator = ErpSimulatorApplication.start("erpsim.port=" + port, "erpsim.open-controls=true");
    }

    @Override
    public void destroy() {
        simulator.close();
    }
}
