package io.windowpane.content;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/** The content module's API: marketing content for products, by SKU. */
@Service
public class ProductContents {

    /** What a catalog list shows of a product's marketing content; {@code imageUrl} is the main image's thumbnail. */
    public record Summary(String sku, String headline, String shortText, String imageUrl) {
    }

    /**
     * What a product page shows; {@code descriptionHtml} is sanitized HTML, safe to render unescaped. The first
     * image is the main one.
     */
    public record Detail(String sku, String headline, String shortText, String descriptionHtml, List<String> bullets,
            List<ProductMedia.Image> images, List<ProductMedia.Document> documents, Instant updatedAt, String updatedBy) {

        public String imageUrl() {
            return images.isEmpty() ? null : images.get(0).largeUrl();
        }
    }

    /** A product's marketing content was saved or deleted (published after the change is committed to listeners). */
    public record Changed(String sku) {
    }

    /** What an admin writes for a product. */
    public record Edit(String headline, String shortText, String descriptionHtml, List<String> bullets) {
    }

    /**
     * How long what catalog pages show of a product is kept in memory (they would otherwise query it on every view).
     * An edit here clears it at once; another portal instance shows it within this time, as with banners.
     */
    private static final Duration SUMMARY_KEPT_FOR = Duration.ofSeconds(30);
    private static final int SUMMARIES_KEPT = 100_000;

    private final ProductContentRepository contents;
    private final ProductMedia media;
    private final Cache<String, Optional<Summary>> summaries = Caffeine.newBuilder().expireAfterWrite(SUMMARY_KEPT_FOR)
            .maximumSize(SUMMARIES_KEPT).build();
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ProductContents(ProductContentRepository contents, ProductMedia media, Clock clock, ApplicationEventPublisher events) {
        this.contents = contents;
        this.media = media;
        this.clock = clock;
        this.events = events;
    }

    /** What catalog pages show of these products, for those that have content. */
    public Map<String, Summary> summaries(Collection<String> skus) {
        Map<String, Summary> found = new HashMap<>();
        summaries.getAll(skus, this::readSummaries).forEach((sku, summary) -> summary.ifPresent(s -> found.put(sku, s)));
        return found;
    }

    private Map<String, Optional<Summary>> readSummaries(Set<? extends String> skus) {
        List<String> wanted = List.copyOf(skus);
        Map<String, String> thumbnails = media.mainThumbnails(wanted);
        Map<String, Optional<Summary>> read = new HashMap<>();
        wanted.forEach(sku -> read.put(sku, Optional.empty()));
        contents.findAllById(wanted).forEach(content -> read.put(content.sku(), Optional.of(new Summary(content.sku(),
                content.headline(), content.shortText(), thumbnails.get(content.sku())))));
        return read;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void forgetSummary(Changed change) {
        summaries.invalidate(change.sku());
    }

    /** The words of each product's marketing content (headline, short text, bullets), for search. */
    @Transactional(readOnly = true)
    public Map<String, String> searchableTexts(Collection<String> skus) {
        return contents.findAllById(skus).stream().collect(Collectors.toMap(ProductContent::sku, content ->
                Stream.concat(Stream.of(content.headline(), content.shortText()), content.bullets().stream())
                        .filter(Objects::nonNull).collect(Collectors.joining(" "))));
    }

    @Transactional(readOnly = true)
    public Optional<Detail> detail(String sku) {
        // sanitized again on the way out: a row written around this service (or before a policy change) is made safe too
        return contents.findById(sku).map(content -> new Detail(content.sku(), content.headline(), content.shortText(),
                RichText.sanitize(content.descriptionHtml()), content.bullets(), media.images(sku), media.documents(sku),
                content.updatedAt(), content.updatedBy()));
    }

    /**
     * Creates or replaces a product's text content (its images stay); the description is sanitized before it is
     * stored. The caller has checked the SKU with the ERP.
     */
    @Transactional
    public void save(String sku, Edit edit, String by) {
        ProductContent content = contents.findById(sku).orElseGet(() -> new ProductContent(sku));
        content.update(blankToNull(edit.headline()), blankToNull(edit.shortText()), RichText.sanitize(blankToNull(edit.descriptionHtml())),
                edit.bullets(), by, clock.instant());
        contents.save(content);
        events.publishEvent(new Changed(sku));
    }

    /** The SKUs that have content, in order. */
    @Transactional(readOnly = true)
    public List<String> skusWithContent() {
        return contents.findAllSkus();
    }

    @Transactional
    public boolean delete(String sku) {
        if (!contents.existsById(sku)) {
            return false;
        }
        media.removeAll(sku);
        contents.deleteById(sku);
        events.publishEvent(new Changed(sku));
        return true;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
