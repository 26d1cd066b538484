package io.windowpane.content;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** A banner or announcement: sanitized rich text, where it shows, for whom and when. */
@Entity
@Table(name = "banner")
class Banner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;

    @Column(name = "body_html")
    private String bodyHtml;

    @Column(name = "link_url")
    private String linkUrl;

    @Enumerated(EnumType.STRING)
    private Placement placement;

    /** ERP customer ids; empty means every customer. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "banner_audience", joinColumns = @JoinColumn(name = "banner_id"))
    @Column(name = "customer_id")
    private Set<String> audience = new LinkedHashSet<>();

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    private boolean published;

    @Column(name = "sort_order")
    private int sortOrder;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    /** The stored file of the banner's image, if it has one. */
    @Column(name = "image_sha256")
    private String imageSha256;

    @Column(name = "image_alt")
    private String imageAlt;

    protected Banner() {
    }

    static Banner create() {
        return new Banner();
    }

    void update(String title, String bodyHtml, String linkUrl, Placement placement, Set<String> audience, Instant startsAt,
            Instant endsAt, boolean published, int sortOrder, String by, Instant at) {
        this.title = title;
        this.bodyHtml = bodyHtml;
        this.linkUrl = linkUrl;
        this.placement = placement;
        this.audience.clear();
        this.audience.addAll(audience);
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.published = published;
        this.sortOrder = sortOrder;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Sets ({@code sha256} null: removes) the image; answers the file it replaced, if any. */
    String image(String sha256, String alt, String by, Instant at) {
        String replaced = this.imageSha256;
        this.imageSha256 = sha256;
        this.imageAlt = sha256 == null ? null : alt;
        this.updatedBy = by;
        this.updatedAt = at;
        return replaced;
    }

    String imageSha256() {
        return imageSha256;
    }

    String imageAlt() {
        return imageAlt;
    }

    Long id() {
        return id;
    }

    String title() {
        return title;
    }

    String bodyHtml() {
        return bodyHtml;
    }

    String linkUrl() {
        return linkUrl;
    }

    Placement placement() {
        return placement;
    }

    Set<String> audience() {
        return Set.copyOf(audience);
    }

    Instant startsAt() {
        return startsAt;
    }

    Instant endsAt() {
        return endsAt;
    }

    boolean published() {
        return published;
    }

    int sortOrder() {
        return sortOrder;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }
}
