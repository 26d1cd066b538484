package io.windowpane.content;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A content page (help, FAQ, terms, contact): sanitized rich text under a slug. */
@Entity
@Table(name = "content_page")
class ContentPage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String title;

    @Column(name = "body_html")
    private String bodyHtml;

    private boolean published;

    @Column(name = "sort_order")
    private int sortOrder;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    protected ContentPage() {
    }

    static ContentPage create() {
        return new ContentPage();
    }

    void update(String slug, String title, String bodyHtml, boolean published, int sortOrder, String by, Instant at) {
        this.slug = slug;
        this.title = title;
        this.bodyHtml = bodyHtml;
        this.published = published;
        this.sortOrder = sortOrder;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    Long id() {
        return id;
    }

    String slug() {
        return slug;
    }

    String title() {
        return title;
    }

    String bodyHtml() {
        return bodyHtml;
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
