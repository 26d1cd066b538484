package io.windowpane;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The Windowpane portal. The ERP simulator ({@code erpsim}) lives in the same codebase but is a separate
 * application: it is excluded from the portal's component scan and reached only over HTTP.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "io\\.windowpane\\.erpsim\\..*") })
public class WindowpaneApplication {

    public static void main(String[] args) {
        SpringApplication.run(WindowpaneApplication.class, args);
    }

    /** The portal's clock, in {@code windowpane.time-zone} (e.g. America/Chicago) or the machine's zone. */
    @Bean
    Clock clock(@Value("${windowpane.time-zone:}") String zone) {
        return zone.isBlank() ? Clock.systemDefaultZone() : Clock.system(ZoneId.of(zone));
    }
}
