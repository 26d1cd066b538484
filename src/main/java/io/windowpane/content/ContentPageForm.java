package io.windowpane.content;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The content page form. */
public class ContentPageForm {

    @NotBlank(message = "{page.slug.required}")
    @Size(max = 80, message = "{page.slug.size}")
    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{page.slug.pattern}")
    private String slug;

    @NotBlank(message = "{page.title.required}")
    @Size(max = 120, message = "{page.title.size}")
    private String title;

    @Size(max = 100000, message = "{page.body.size}")
    private String bodyHtml;

    private boolean published;

    @Min(value = 0, message = "{banner.order.range}")
    @Max(value = 999, message = "{banner.order.range}")
    private int sortOrder;

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug == null ? null : slug.strip();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public void setBodyHtml(String bodyHtml) {
        this.bodyHtml = bodyHtml;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }
}
