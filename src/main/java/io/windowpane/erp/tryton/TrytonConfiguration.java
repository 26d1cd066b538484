package io.windowpane.erp.tryton;

import java.net.http.HttpClient;
import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.BufferingClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import io.windowpane.erp.ErpGateway;

/** Wires Tryton as the portal's {@link ErpGateway} when {@code windowpane.erp.adapter=tryton}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "windowpane.erp.adapter", havingValue = "tryton")
@EnableConfigurationProperties(TrytonProperties.class)
public class TrytonConfiguration {

    @Bean
    ErpGateway erpGateway(RestClient.Builder builder, TrytonProperties properties, Clock clock) {
        return create(builder, properties, clock);
    }

    /** Builds the adapter outside a Spring context (contract tests). */
    static TrytonErpGateway create(RestClient.Builder builder, TrytonProperties properties, Clock clock) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout()).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(properties.readTimeout());
        // Tryton's server (werkzeug) wants a Content-Length, so requests are buffered rather than streamed
        RestClient http = builder.clone().baseUrl(properties.url().toString())
                .requestFactory(new BufferingClientHttpRequestFactory(requests)).build();
        return new TrytonErpGateway(new TrytonRpc(http, properties), clock);
    }
}
