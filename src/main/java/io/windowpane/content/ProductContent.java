package io.windowpane.content;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What marketing adds to an ERP item: a headline, short text, a rich description (sanitized HTML), bullets; images and documents hang off it ({@link ProductMedia}). */
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

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    protected ProductContent() {
    }

    ProductContent(String sku) {
        this.sku = sku;
    }

    /** Content that so far has only media. */
    ProductContent(String sku, String by, Instant at) {
        this.sku = sku;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    void update(String headline, String shortText, String sanitizedDescription, List<String> bullets, String by, Instant at) {
        this.headline = headline;
        this.shortText = shortText;
        this.descriptionHtml = sanitizedDescription;
        this.bullets = bullets.isEmpty() ? null : String.join("\n", bullets);
        this.updatedBy = by;
        this.updatedAt = at;
    }

    String headline() {
        return headline;
    }

    String shortText() {
        return shortText;
    }

    String descriptionHtml() {
        return descriptionHtml;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }

    String sku() {
        return sku;
    }

    List<String> bullets() {
        return bullets == null ? List.of() : bullets.lines().filter(line -> !line.isBlank()).toList();
    }
}
