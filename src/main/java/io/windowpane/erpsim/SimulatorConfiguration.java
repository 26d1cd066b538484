package io.windowpane.erpsim;

import java.time.Clock;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

import io.windowpane.erpsim.dataset.ErpLedger;

@Configuration(proxyBeanMethods = false)
class SimulatorConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ErpLedger erpLedger(SimulatorProperties properties, Clock clock) {
        return new ErpLedger(properties.dataset(), clock);
    }

    /** ETag on every GET and 304 for a matching If-None-Match, as the contract asks of single resources. */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/v1/*");
        return registration;
    }
}
