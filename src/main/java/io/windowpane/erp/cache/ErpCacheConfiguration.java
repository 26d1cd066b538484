package io.windowpane.erp.cache;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ErpCacheProperties.class, ErpEventsProperties.class})
@EnableScheduling
class ErpCacheConfiguration {

    @Bean
    ErpEventsController.WebhookSecret webhookSecret(ErpEventsProperties properties) {
        return ErpEventsController.WebhookSecret.from(properties);
    }
}
