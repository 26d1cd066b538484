package io.windowpane;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.LoggingSystem;

/** The production profile refuses to start without its settings or with demo secrets, and names each problem. */
class ProductionProfileIT {

    private static final String STRONG = "--windowpane.erp.events.secret=9c1f0a7e5b3d4c2a8e6f";

    // the prod profile's JSON logging would otherwise take over the test JVM's log for every test after these
    @BeforeAll
    static void leaveTheTestJvmsLoggingAlone() {
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
    }

    @AfterAll
    static void restore() {
        System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
    }

    @Test
    void refusesToStartWithoutDatabaseAndErpSettings() {
        assertThatThrownBy(() -> SpringApplication.run(WindowpaneApplication.class, "--spring.profiles.active=prod",
                "--server.port=0"))
                .hasMessageContaining("DB_URL").hasMessageContaining("DB_USER").hasMessageContaining("DB_PASSWORD")
                .hasMessageContaining("ERP_BASE_URL").hasMessageContaining("ERP_API_KEY")
                .hasMessageContaining("ERP_WEBHOOK_SECRET").hasMessageContaining("ERP_WEBHOOK_CALLBACK_URL")
                .hasMessageContaining("PORTAL_PUBLIC_URL");
    }

    @Test
    void namesOnlyTheSettingsThatAreMissing() {
        assertThatThrownBy(() -> SpringApplication.run(WindowpaneApplication.class, "--spring.profiles.active=prod",
                "--server.port=0", "--spring.datasource.url=jdbc:postgresql://localhost:1/none",
                "--spring.datasource.username=u", "--spring.datasource.password=a-long-database-password",
                "--windowpane.erp.base-url=http://localhost:1", STRONG,
                "--windowpane.erp.events.callback-url=http://portal:8080/erp/events"))
                .hasMessageContaining("ERP_API_KEY").message().doesNotContain("DB_URL").doesNotContain("DB_PASSWORD");
    }

    @Test
    void refusesTheDemoApiKeyAndAShortOrDemoDatabasePassword() {
        assertThatThrownBy(() -> SpringApplication.run(WindowpaneApplication.class, "--spring.profiles.active=prod",
                "--server.port=0", "--spring.datasource.url=jdbc:postgresql://localhost:1/none",
                "--spring.datasource.username=windowpane", "--spring.datasource.password=windowpane",
                "--windowpane.erp.base-url=http://localhost:1", "--windowpane.erp.api-key=windowpane-demo-key",
                "--windowpane.erp.events.secret=short", "--windowpane.erp.events.callback-url=http://portal:8080/erp/events"))
                .hasMessageContaining("DB_PASSWORD is a demo value").hasMessageContaining("ERP_API_KEY is a demo value")
                .hasMessageContaining("ERP_WEBHOOK_SECRET is a demo value or shorter than 16");
    }
}
