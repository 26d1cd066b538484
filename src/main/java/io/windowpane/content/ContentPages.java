package io.windowpane.content;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.windowpane.audit.AuditLog;

/**
 * Content pages (help, FAQ, terms, contact): admins write them, signed-in users read the published ones at
 * {@code /pages/{slug}}, and every page's footer links them. The footer's list is kept in memory briefly, so a page
 * view costs no query; a save here clears it at once, another portal instance sees it within the minute.
 */
@Service
public class ContentPages {

    private static final Duration FOOTER_FOR = Duration.ofMinutes(1);
    private static final String FOOTER = "footer";

    /** A footer link. */
    public record Link(String slug, String title) {
    }

    /** A page as readers see it; {@code bodyHtml} is sanitized, safe to render unescaped. */
    public record Shown(String slug, String title, String bodyHtml, boolean published, Instant updatedAt) {
    }

    /** A page in the admin's list. */
    public record Listing(long id, String slug, String title, boolean published, int sortOrder, Instant updatedAt,
            String updatedBy) {
    }

    private final ContentPageRepository pages;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final Cache<String, List<Link>> footer = Caffeine.newBuilder().expireAfterWrite(FOOTER_FOR).maximumSize(1).build();

    ContentPages(ContentPageRepository pages, AuditLog audit, Clock clock, PlatformTransactionManager transactions) {
        this.pages = pages;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The published pages, in the admins' order, for the footer. */
    public List<Link> footerLinks() {
        return footer.get(FOOTER, key -> transaction.execute(status -> pages.findAllByPublishedTrueOrderBySortOrderAscTitleAsc()
                .stream().map(p -> new Link(p.slug(), p.title())).toList()));
    }

    /** A page by slug: published ones for everyone, drafts only when {@code draftsToo} (admins previewing). */
    @Transactional(readOnly = true)
    public Optional<Shown> find(String slug, boolean draftsToo) {
        return pages.findBySlug(slug).filter(p -> p.published() || draftsToo)
                .map(p -> new Shown(p.slug(), p.title(), RichText.sanitize(p.bodyHtml()), p.published(), p.updatedAt()));
    }

    @Transactional(readOnly = true)
    public List<Listing> all() {
        return pages.findAllByOrderBySortOrderAscTitleAsc().stream().map(p -> new Listing(p.id(), p.slug(), p.title(),
                p.published(), p.sortOrder(), p.updatedAt(), p.updatedBy())).toList();
    }

    @Transactional(readOnly = true)
    public Optional<ContentPageForm> form(long id) {
        return pages.findById(id).map(p -> {
            ContentPageForm form = new ContentPageForm();
            form.setSlug(p.slug());
            form.setTitle(p.title());
            form.setBodyHtml(p.bodyHtml());
            form.setPublished(p.published());
            form.setSortOrder(p.sortOrder());
            return form;
        });
    }

    /** Creates ({@code id} null) or replaces a page; empty when another page has the slug (nothing saved). */
    public Optional<Long> save(Long id, ContentPageForm form, String by, String remoteAddress) {
        Long saved;
        try {
            saved = transaction.execute(status -> {
                Optional<ContentPage> sameSlug = pages.findBySlug(form.getSlug());
                if (sameSlug.isPresent() && !sameSlug.get().id().equals(id)) {
                    return null;
                }
                ContentPage page = id == null ? ContentPage.create() : pages.findById(id).orElseThrow();
                page.update(form.getSlug(), form.getTitle().strip(), RichText.sanitize(form.getBodyHtml()), form.isPublished(),
                        form.getSortOrder(), by, clock.instant());
                return pages.saveAndFlush(page).id();
            });
        } catch (DataIntegrityViolationException sameSlugAtOnce) {
            saved = null;
        }
        if (saved == null) {
            return Optional.empty();
        }
        footer.invalidateAll();
        audit.record(by, null, AuditLog.Action.PAGE_SAVED, "page " + form.getSlug() + ": " + form.getTitle().strip(), remoteAddress);
        return Optional.of(saved);
    }

    /** Deletes a page; answers false when there is no such page. */
    public boolean delete(long id, String by, String remoteAddress) {
        Optional<String> slug = transaction.execute(status -> pages.findById(id).map(p -> {
            pages.delete(p);
            return p.slug();
        }));
        footer.invalidateAll();
        slug.ifPresent(s -> audit.record(by, null, AuditLog.Action.PAGE_DELETED, "page " + s, remoteAddress));
        return slug.isPresent();
    }
}
