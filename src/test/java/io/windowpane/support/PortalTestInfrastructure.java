package io.windowpane.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

/**
 * Points a portal test context at the test database and the shared simulator on its random port. ERP answers
 * time out after 2 s unless a test class asks for another limit with {@code windowpane.test.erp-read-timeout}.
 * Tests start once the catalog's search index is built, so every test searches the same way.
 */
public class PortalTestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The token test scrapers present to /actuator/prometheus. */
    public static final String SCRAPE_TOKEN = "test-scrape-token-for-prometheus";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase.Connection database = TestDatabase.shared();
        TestPropertyValues.of(
                "spring.datasource.url=" + database.url(),
                "spring.datasource.username=" + database.username(),
                "spring.datasource.password=" + database.password(),
                "windowpane.embedded-database.enabled=false",
                "windowpane.erp.embedded.enabled=false",
                "windowpane.erp.base-url=" + TestErpSimulator.shared().baseUrl(),
                "windowpane.erp.read-timeout=" + context.getEnvironment().getProperty("windowpane.test.erp-read-timeout", "2s"), "windowpane.checkout.retry-interval=1s",
                "windowpane.erp.events.renew-interval=30s",
                // test contexts share one database but not their caches, unless a test of sharing asks
                "windowpane.erp.cache.sharing.enabled=" + context.getEnvironment().getProperty("windowpane.test.share-caches", "false"),
                // the Prometheus registry as in production (Spring Boot's tests turn metrics export off)
                "management.prometheus.metrics.export.enabled=true", "windowpane.metrics.scrape-token=" + SCRAPE_TOKEN,
                "spring.mail.host=127.0.0.1", "spring.mail.port=" + TestMail.port(),
                // tests act far faster than people; the class that tests the limit sets its own
                "windowpane.rate-limit.erp-actions-per-minute=" + context.getEnvironment()
                        .getProperty("windowpane.test.erp-actions-per-minute", "100000")).applyTo(context);
        context.addApplicationListener(SearchIndexReady.LISTENER);
    }
}
