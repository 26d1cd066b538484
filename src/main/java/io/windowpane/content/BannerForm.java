package io.windowpane.content;

import java.time.LocalDateTime;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The banner form: what an admin types; times are in the portal's time zone. */
public class BannerForm {

    @NotBlank(message = "{banner.title.required}")
    @Size(max = 120, message = "{banner.title.size}")
    private String title;

    @Size(max = 20000, message = "{banner.body.size}")
    private String bodyHtml;

    @Size(max = 500, message = "{banner.link.size}")
    // a web address, or a page of the portal ("/..." but not "//host", which would leave it)
    @Pattern(regexp = "(https?://[^\\s<>\"]+|/(?!/)[^\\s<>\"]*)?", message = "{banner.link.pattern}")
    private String linkUrl;

    @NotNull(message = "{banner.placement.required}")
    private Placement placement = Placement.HOME;

    /** ERP customer ids separated by commas, spaces or new lines; blank for every customer. */
    @Size(max = 2000, message = "{banner.audience.size}")
    private String audience;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime startsAt;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime endsAt;

    private boolean published;

    @Min(value = 0, message = "{banner.order.range}")
    @Max(value = 999, message = "{banner.order.range}")
    private int sortOrder;

    @AssertTrue(message = "{banner.schedule.order}")
    public boolean isEndAfterStart() {
        return startsAt == null || endsAt == null || endsAt.isAfter(startsAt);
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

    public String getLinkUrl() {
        return linkUrl;
    }

    public void setLinkUrl(String linkUrl) {
        this.linkUrl = linkUrl == null ? null : linkUrl.strip();
    }

    public Placement getPlacement() {
        return placement;
    }

    public void setPlacement(Placement placement) {
        this.placement = placement;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
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
