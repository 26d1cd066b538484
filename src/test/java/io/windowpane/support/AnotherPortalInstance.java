package io.windowpane.support;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.windowpane.WindowpaneApplication;

/**
 * A second portal instance in the test JVM, on its own random port, with the same database and ERP simulator as the
 * test contexts: what two instances behind a load balancer share. It builds no search index (the catalog then
 * searches through the ERP), so it starts in a few seconds.
 */
public final class AnotherPortalInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private AnotherPortalInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * Started with these properties ({@code name=value}) besides the test ones, e.g. which proxy it trusts; they are
     * given as command-line arguments, so they win over application.yml as they would in production.
     */
    public static AnotherPortalInstance start(String... properties) {
        String[] arguments = java.util.stream.Stream.concat(
                java.util.stream.Stream.of("server.port=0", "windowpane.search.enabled=false", "spring.main.banner-mode=off"),
                java.util.stream.Stream.of(properties)).map(property -> "--" + property).toArray(String[]::new);
        return new AnotherPortalInstance(new SpringApplicationBuilder(WindowpaneApplication.class)
                .initializers(new PortalTestInfrastructure()).run(arguments));
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
