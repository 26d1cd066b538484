package io.windowpane;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;

/** The production profile refuses to start without its settings, and names each one that is missing. */
class ProductionProfileIT {

    @Test
    void refusesToStartWithoutDatabaseAndErpSettings() {
        assertThatThrownBy(() -> SpringApplication.run(WindowpaneApplication.class, "--spring.profiles.active=prod",
                "--server.port=0"))
                .hasMessageContaining("DB_URL").hasMessageContaining("DB_USER").hasMessageContaining("DB_PASSWORD")
                .hasMessageContaining("ERP_BASE_URL").hasMessageContaining("ERP_API_KEY");
    }

    @Test
    void namesOnlyTheSettingsThatAreMissing() {
        assertThatThrownBy(() -> SpringApplication.run(WindowpaneApplication.class, "--spring.profiles.active=prod",
                "--server.port=0", "--spring.datasource.url=jdbc:postgresql://localhost:1/none",
                "--spring.datasource.username=u", "--spring.datasource.password=p", "--windowpane.erp.base-url=http://localhost:1"))
                .hasMessageContaining("ERP_API_KEY").message().doesNotContain("DB_URL");
    }
}
