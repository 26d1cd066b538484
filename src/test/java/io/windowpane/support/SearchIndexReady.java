package io.windowpane.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

import io.windowpane.search.CatalogIndex;

/**
 * Holds a test context's start until its search index is built (it builds in the background from the shared
 * simulator), unless the context turned the index off: tests then neither race the build's ERP requests nor
 * see the catalog switch from the ERP's search to the index half-way.
 */
final class SearchIndexReady {

    static final ApplicationListener<ApplicationReadyEvent> LISTENER = event -> {
        boolean enabled = event.getApplicationContext().getEnvironment()
                .getProperty("windowpane.search.enabled", Boolean.class, true);
        if (enabled) {
            CatalogIndex index = event.getApplicationContext().getBean(CatalogIndex.class);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(index::ready);
        }
    };

    private SearchIndexReady() {
    }
}
