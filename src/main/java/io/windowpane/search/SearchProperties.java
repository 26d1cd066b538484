package io.windowpane.search;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * The catalog search index ({@code windowpane.search.*}).
 *
 * @param enabled whether the portal builds and uses its own index; without it the catalog searches through the ERP
 * @param directory where the index lives on disk; unset keeps it in memory (it is rebuilt at every start anyway)
 * @param synonyms the synonyms, one rule per line in Solr's format ("ppe, safety" or "teflon => ptfe")
 * @param batchSize items read from the ERP per request while building (the ERP contract allows up to 200)
 * @param writeBufferMb memory the index writer may use before it flushes to the directory: bounds the build's memory
 * @param recentSearches how many searches' pages of SKUs are kept until the index next changes (a page of 24
 *        SKUs is about 2 KB): a repeated search then costs no query building at all
 */
@ConfigurationProperties("windowpane.search")
public record SearchProperties(@DefaultValue("true") boolean enabled, Path directory, @DefaultValue("classpath:search/synonyms.txt") Resource synonyms,
        @DefaultValue("200") int batchSize, @DefaultValue("32") double writeBufferMb,
        @DefaultValue("5000") int recentSearches) {
}
