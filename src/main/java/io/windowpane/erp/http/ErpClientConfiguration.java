package io.windowpane.erp.http;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.UUID;

import org.slf4j.MDC;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import io.windowpane.erp.ErpGateway;
import io.windowpane.erp.ErpRequestIds;
import tools.jackson.databind.json.JsonMapper;

/** Wires the HTTP adapter as the portal's {@link ErpGateway}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ErpProperties.class)
public class ErpClientConfiguration {

    @Bean
    ErpGateway erpGateway(RestClient.Builder builder, ErpProperties properties, JsonMapper json, Clock clock) {
        return create(builder, properties, json, clock);
    }

    /** Builds the adapter outside a Spring context (contract and fault tests). */
    static HttpErpGateway create(RestClient.Builder builder, ErpProperties properties, JsonMapper json, Clock clock) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout()).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(properties.readTimeout());
        RestClient.Builder configured = builder.clone().baseUrl(properties.baseUrl().toString())
                .requestFactory(requests)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + properties.apiKey())
                .requestInterceptor((request, body, execution) -> {
                    String requestId = MDC.get(ErpRequestIds.MDC_KEY);
                    request.getHeaders().set("X-Request-Id", requestId != null ? requestId : UUID.randomUUID().toString());
                    return execution.execute(request, body);
                });
        return new HttpErpGateway(configured, new ErpErrors(json, clock), clock);
    }
}
