package io.windowpane.content;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What marketing adds to an ERP item: a headline, short text, a rich description (sanitized HTML), an image. */
@Entity
@Table(name = "product_content")
class ProductContent {

    @Id
    private String sku;

    private String headline;

    @Column(name = "short_text")
    private String shortText;

    @Column(name = "description_html")
    private String descriptionHtml;

    /** Feature bullets, one per line. */
    private String bullets;

    @Column(name = "image_url")
    private String imageUrl;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    protected ProductContent() {
    }

    ProductContent(String sku) {
        this.sku = sku;
    }

    void update(String headline, String shortText, String sanitizedDescription, List<String> bullets, String imageUrl,
            String by, Instant at) {
        this.headline = headline;
        this.shortText = shortText;
        this.descriptionHtml = sanitizedDescription;
        this.bullets = bullets.isEmpty() ? null : String.join("\n", bullets);
        this.imageUrl = imageUrl;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    ProductContents.Summary summary() {
        return new ProductContents.Summary(sku, headline, shortText, imageUrl);
    }

    ProductContents.Detail detail() {
        return new ProductContents.Detail(sku, headline, shortText, descriptionHtml, bullets(), imageUrl, updatedAt, updatedBy);
    }

    String sku() {
        return sku;
    }

    String imageUrl() {
        return imageUrl;
    }

    List<String> bullets() {
        return bullets == null ? List.of() : bullets.lines().filter(line -> !line.isBlank()).toList();
    }
}
