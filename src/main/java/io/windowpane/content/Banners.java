package io.windowpane.content;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.windowpane.audit.AuditLog;
import io.windowpane.erp.ErpGateway;
import io.windowpane.erp.ErpNotFoundException;

/**
 * Banners and announcements: admins write them (rich text sanitized on save and again on render), aim them at all
 * customers or a list of ERP customers (checked with the ERP when saved) and schedule them; buyers see those live
 * now for their customer, in the admin's order. Times are entered and shown in the portal's time zone.
 */
@Service
public class Banners {

    /** How long the published banners of a placement are kept in memory. */
    private static final Duration KEPT_FOR = Duration.ofSeconds(30);

    /** A banner as a buyer's page shows it; {@code bodyHtml} is sanitized, safe to render unescaped. */
    public record Shown(long id, String title, String bodyHtml, String linkUrl, String imageUrl, String imageAlt) {
    }

    /** A banner's image as its edit page shows it. */
    public record Image(String url, String alt) {
    }

    /** Where a banner stands in its schedule. */
    public enum Status {
        DRAFT, SCHEDULED, LIVE, ENDED
    }

    /** A banner in the admin's list. */
    public record Listing(long id, String title, Placement placement, Set<String> audience, Instant startsAt,
            Instant endsAt, Status status, int sortOrder, Instant updatedAt, String updatedBy) {
    }

    /** The outcome of saving: the banner's id, or the audience ids the ERP does not know (nothing saved). */
    public record Saved(Long id, List<String> unknownCustomers) {
        public boolean done() {
            return id != null;
        }
    }

    /** A published banner, sanitized as it was read from the database, with its schedule and audience. */
    private record Candidate(Shown shown, Set<String> audience, Instant startsAt, Instant endsAt) {
        boolean liveFor(String customerId, Instant at) {
            return (startsAt == null || !startsAt.isAfter(at)) && (endsAt == null || endsAt.isAfter(at))
                    && (audience.isEmpty() || audience.contains(customerId));
        }
    }

    private final BannerRepository banners;
    private final ErpGateway erp;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final Cache<Placement, List<Candidate>> published = Caffeine.newBuilder().expireAfterWrite(KEPT_FOR).build();

    private final StoredFiles files;
    private final ImageRenditions renditions;
    private final ContentProperties limits;

    Banners(BannerRepository banners, ErpGateway erp, AuditLog audit, Clock clock, PlatformTransactionManager transactions,
            StoredFiles files, ImageRenditions renditions, ContentProperties limits) {
        this.files = files;
        this.renditions = renditions;
        this.limits = limits;
        this.banners = banners;
        this.erp = erp;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The banners a customer sees at a placement at that instant (the admin's preview; read from the database). */
    public List<Shown> liveFor(String customerId, Placement placement, Instant at) {
        return live(candidates(placement, at), customerId, at);
    }

    /**
     * The banners a customer sees at a placement now. The published banners of each placement are kept in memory
     * briefly (buyers' home and catalog pages would otherwise query for them on every view); schedule and audience
     * are checked on every view, so a start or end takes effect to the second. A save here clears them at once;
     * another portal instance sees it within {@link #KEPT_FOR}.
     */
    public List<Shown> liveFor(String customerId, Placement placement) {
        Instant now = clock.instant();
        return live(published.get(placement, p -> candidates(p, now)), customerId, now);
    }

    private List<Candidate> candidates(Placement placement, Instant notEndedAt) {
        return transaction.execute(status -> banners.publishedNotEnded(placement, notEndedAt).stream()
                .map(b -> new Candidate(new Shown(b.id(), b.title(), RichText.sanitize(b.bodyHtml()), b.linkUrl(),
                        b.imageSha256() == null ? null : StoredFiles.url(b.imageSha256()), b.imageAlt()),
                        b.audience(), b.startsAt(), b.endsAt())).toList());
    }

    private static List<Shown> live(List<Candidate> candidates, String customerId, Instant at) {
        return candidates.stream().filter(c -> c.liveFor(customerId, at)).map(Candidate::shown).toList();
    }

    @Transactional(readOnly = true)
    public List<Listing> all() {
        Instant now = clock.instant();
        return banners.findAllByOrderByPlacementAscSortOrderAscIdAsc().stream().map(b -> new Listing(b.id(), b.title(),
                b.placement(), b.audience(), b.startsAt(), b.endsAt(), status(b, now), b.sortOrder(), b.updatedAt(),
                b.updatedBy())).toList();
    }

    /** A banner as its edit form shows it. */
    @Transactional(readOnly = true)
    public Optional<BannerForm> form(long id) {
        return banners.findById(id).map(b -> {
            BannerForm form = new BannerForm();
            form.setTitle(b.title());
            form.setBodyHtml(b.bodyHtml());
            form.setLinkUrl(b.linkUrl());
            form.setPlacement(b.placement());
            form.setAudience(String.join(", ", b.audience().stream().sorted().toList()));
            form.setStartsAt(local(b.startsAt()));
            form.setEndsAt(local(b.endsAt()));
            form.setPublished(b.published());
            form.setSortOrder(b.sortOrder());
            return form;
        });
    }

    /**
     * Creates ({@code id} null) or replaces a banner. Every audience id is checked with the ERP first (no
     * transaction is open while it is asked); one it does not know saves nothing.
     */
    public Saved save(Long id, BannerForm form, String by, String remoteAddress) {
        Set<String> audience = customerIds(form.getAudience());
        List<String> unknown = new ArrayList<>();
        for (String customerId : audience) {
            try {
                erp.customer(customerId);
            } catch (ErpNotFoundException e) {
                unknown.add(customerId);
            }
        }
        if (!unknown.isEmpty()) {
            return new Saved(null, unknown);
        }
        Long saved = transaction.execute(status -> {
            Banner banner = id == null ? Banner.create() : banners.findById(id).orElseThrow();
            banner.update(form.getTitle().strip(), RichText.sanitize(form.getBodyHtml()), blankToNull(form.getLinkUrl()),
                    form.getPlacement(), audience, instant(form.getStartsAt()), instant(form.getEndsAt()),
                    form.isPublished(), form.getSortOrder(), by, clock.instant());
            return banners.save(banner).id();
        });
        published.invalidateAll();
        audit.record(by, null, AuditLog.Action.BANNER_SAVED, "banner " + saved + ": " + form.getTitle().strip(), remoteAddress);
        return new Saved(saved, List.of());
    }

    @Transactional(readOnly = true)
    public Optional<Image> image(long id) {
        return banners.findById(id).filter(b -> b.imageSha256() != null)
                .map(b -> new Image(StoredFiles.url(b.imageSha256()), b.imageAlt()));
    }

    /**
     * Gives a banner an image (checked by content and re-encoded like product images), replacing any it had;
     * empty when there is no such banner.
     */
    public Optional<Boolean> setImage(long id, byte[] upload, String alt, String by, String remoteAddress)
            throws ProductMedia.UploadRefusedException {
        if (upload.length == 0) {
            throw new ProductMedia.UploadRefusedException(ProductMedia.Problem.EMPTY);
        }
        if (upload.length > limits.maxImageSize().toBytes()) {
            throw new ProductMedia.UploadRefusedException(ProductMedia.Problem.TOO_LARGE);
        }
        ImageRenditions.Rendition large;
        try {
            large = renditions.of(upload).large();
        } catch (ImageRenditions.NotAnImageException e) {
            throw new ProductMedia.UploadRefusedException(e.reason() == ImageRenditions.NotAnImageException.Reason.TOO_MANY_PIXELS
                    ? ProductMedia.Problem.TOO_MANY_PIXELS : ProductMedia.Problem.NOT_AN_IMAGE);
        }
        String text = alt == null ? "" : alt.strip();
        Optional<Boolean> done = transaction.execute(status -> banners.findById(id).map(b -> {
            String replaced = b.image(files.store(large.bytes(), large.contentType()), text.length() > 200 ? text.substring(0, 200) : text,
                    by, clock.instant());
            banners.saveAndFlush(b);
            files.deleteUnreferenced(replaced == null ? List.of() : List.of(replaced));
            return true;
        }));
        published.invalidateAll();
        done.ifPresent(d -> audit.record(by, null, AuditLog.Action.BANNER_SAVED, "banner " + id + ": image", remoteAddress));
        return done;
    }

    /** Removes a banner's image; false when it had none (or there is no such banner). */
    public boolean removeImage(long id, String by, String remoteAddress) {
        boolean removed = Boolean.TRUE.equals(transaction.execute(status -> banners.findById(id).filter(b -> b.imageSha256() != null)
                .map(b -> {
                    String replaced = b.image(null, null, by, clock.instant());
                    banners.saveAndFlush(b);
                    files.deleteUnreferenced(List.of(replaced));
                    return true;
                }).orElse(false)));
        published.invalidateAll();
        if (removed) {
            audit.record(by, null, AuditLog.Action.BANNER_SAVED, "banner " + id + ": image removed", remoteAddress);
        }
        return removed;
    }

    /** Deletes a banner; answers false when there is no such banner. */
    public boolean delete(long id, String by, String remoteAddress) {
        Optional<String> title = transaction.execute(status -> banners.findById(id).map(b -> {
            banners.delete(b);
            banners.flush();
            files.deleteUnreferenced(b.imageSha256() == null ? List.of() : List.of(b.imageSha256()));
            return b.title();
        }));
        published.invalidateAll();
        title.ifPresent(t -> audit.record(by, null, AuditLog.Action.BANNER_DELETED, "banner " + id + ": " + t, remoteAddress));
        return title.isPresent();
    }

    /** Customer ids as an admin types them: separated by commas, spaces or new lines, any letter case. */
    static Set<String> customerIds(String typed) {
        Set<String> ids = new LinkedHashSet<>();
        if (typed != null) {
            Arrays.stream(typed.split("[,;\\s]+")).map(s -> s.strip().toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                    .forEach(ids::add);
        }
        return ids;
    }

    private static Status status(Banner banner, Instant now) {
        if (!banner.published()) {
            return Status.DRAFT;
        }
        if (banner.endsAt() != null && !banner.endsAt().isAfter(now)) {
            return Status.ENDED;
        }
        return banner.startsAt() != null && banner.startsAt().isAfter(now) ? Status.SCHEDULED : Status.LIVE;
    }

    private Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(clock.getZone()).toInstant();
    }

    private LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, clock.getZone());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
