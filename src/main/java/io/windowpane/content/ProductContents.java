package io.windowpane.content;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The content module's API: marketing content for products, by SKU. */
@Service
public class ProductContents {

    /** What a catalog list shows of a product's marketing content. */
    public record Summary(String sku, String headline, String shortText, String imageUrl) {
    }

    /** What a product page shows; {@code descriptionHtml} is sanitized HTML, safe to render unescaped. */
    public record Detail(String sku, String headline, String shortText, String descriptionHtml, String imageUrl) {
    }

    private final ProductContentRepository contents;
    private final Clock clock;

    ProductContents(ProductContentRepository contents, Clock clock) {
        this.contents = contents;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Map<String, Summary> summaries(Collection<String> skus) {
        return contents.findAllById(skus).stream().map(ProductContent::summary)
                .collect(Collectors.toMap(Summary::sku, Function.identity()));
    }

    @Transactional(readOnly = true)
    public Optional<Detail> detail(String sku) {
        // sanitized again on the way out: a row written around this service (or before a policy change) is made safe too
        return contents.findById(sku).map(ProductContent::detail).map(detail -> new Detail(detail.sku(), detail.headline(),
                detail.shortText(), RichText.sanitize(detail.descriptionHtml()), detail.imageUrl()));
    }

    /** Creates or replaces a product's content; the description is sanitized before it is stored. */
    @Transactional
    public void save(String sku, String headline, String shortText, String descriptionHtml, String imageUrl, String by) {
        ProductContent content = contents.findById(sku).orElseGet(() -> new ProductContent(sku));
        content.update(headline, shortText, RichText.sanitize(descriptionHtml), imageUrl, by, clock.instant());
        contents.save(content);
    }
}
