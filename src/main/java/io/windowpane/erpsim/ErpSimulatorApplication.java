package io.windowpane.erpsim;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The ERP simulator: a stand-alone Spring Boot application implementing the ERP REST contract
 * (ERP-API.md). It reads its own configuration file, {@code erpsim.yml}, never the portal's.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ErpSimulatorApplication {

    /** Configuration file name, so the simulator and the portal never read each other's settings. */
    public static final String CONFIG_NAME = "spring.config.name=erpsim";

    public static void main(String[] args) {
        builder().run(args);
    }

    /** Starts the simulator in the current JVM (the portal's embedded default run and tests use this). */
    public static ConfigurableApplicationContext start(String... properties) {
        return builder().properties(properties).run();
    }

    private static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(ErpSimulatorApplication.class).main(ErpSimulatorApplication.class)
                .properties(CONFIG_NAME);
    }
}
