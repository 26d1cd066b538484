package io.windowpane.erp.cache;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import io.micrometer.core.instrument.MeterRegistry;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ErpCacheProperties.class, ErpEventsProperties.class})
@EnableScheduling
class ErpCacheConfiguration {

    @Bean
    EventMetrics eventMetrics(MeterRegistry registry, Clock clock) {
        return new EventMetrics(registry, clock);
    }

    @Bean
    ErpEventsController.WebhookSecret webhookSecret(ErpEventsProperties properties) {
        return ErpEventsController.WebhookSecret.from(properties);
    }
}
