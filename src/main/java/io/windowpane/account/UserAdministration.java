package io.windowpane.account;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What admins do with portal users (ARCHITECTURE.md §6): find them, invite buyers, reps and admins, deactivate
 * and reactivate them, unlock a throttled account, require a new password. Links go out by e-mail; the caller
 * has checked customer ids and rep codes with the ERP.
 */
@Service
@EnableConfigurationProperties(AccountProperties.class)
public class UserAdministration {

    public static final int PAGE_SIZE = 50;

    /** Where a user stands; {@code locked} (too many failed sign-ins) is separate, as it passes by itself. */
    public enum Status {
        ACTIVE, INVITED, RESET_REQUIRED, DEACTIVATED
    }

    public record Listing(long id, String email, String displayName, Role role, String erpCustomerId,
            String salesRepCode, Status status, boolean locked, Instant createdAt, Instant lastLoginAt, String invitedBy) {
    }

    /** A search: a fragment of e-mail or name, a role, an ERP customer id; blank means any. */
    public record Filter(String text, Role role, String customerId, int page) {
    }

    public record Page(List<Listing> users, int page, boolean hasNext) {
    }

    /** Who to invite; {@code erpCustomerId} for buyers, {@code salesRepCode} for reps. */
    public record Invitation(String email, String displayName, Role role, String erpCustomerId, String salesRepCode) {
    }

    /**
     * A password link just issued. {@code link} is for the admin's eyes only when {@code shown}: in the default run,
     * or when the e-mail could not go out.
     */
    public record LinkIssued(long userId, String email, String link, Instant expiresAt, MailOutcome mail, boolean shown) {
    }

    /** An invitation for an address that already has an account. */
    public static final class EmailTakenException extends Exception {
        EmailTakenException() {
            super("email taken");
        }
    }

    private final PortalUserRepository users;
    private final JdbcClient jdbc;
    private final PasswordLinks links;
    private final AccountMail mail;
    private final UserSessions sessions;
    private final SignInLocks locks;
    private final AccountProperties properties;

    UserAdministration(PortalUserRepository users, JdbcClient jdbc, PasswordLinks links, AccountMail mail,
            UserSessions sessions, SignInLocks locks, AccountProperties properties) {
        this.users = users;
        this.jdbc = jdbc;
        this.links = links;
        this.mail = mail;
        this.sessions = sessions;
        this.locks = locks;
        this.properties = properties;
    }

    @Transactional(readOnly = true)
    public Page search(Filter filter) {
        String text = filter.text() == null ? "" : filter.text().strip().toLowerCase(Locale.ROOT);
        String customer = filter.customerId() == null ? "" : filter.customerId().strip().toUpperCase(Locale.ROOT);
        int page = Math.max(1, filter.page());
        List<Long> ids = jdbc.sql("""
                select id from portal_user
                where (:text = '' or strpos(email, :text) > 0 or strpos(lower(display_name), :text) > 0)
                  and (:role = '' or role = :role) and (:customer = '' or erp_customer_id = :customer)
                order by role, email limit :limit offset :offset""")
                .param("text", text).param("role", filter.role() == null ? "" : filter.role().name())
                .param("customer", customer).param("limit", PAGE_SIZE + 1).param("offset", (page - 1) * PAGE_SIZE)
                .query(Long.class).list();
        List<Long> shown = ids.stream().limit(PAGE_SIZE).toList();
        Map<Long, PortalUser> byId = users.findAllById(shown).stream().collect(Collectors.toMap(PortalUser::id, u -> u));
        List<Listing> found = shown.stream().map(byId::get).map(this::listing).toList();
        return new Page(found, page, ids.size() > PAGE_SIZE);
    }

    @Transactional(readOnly = true)
    public Optional<Listing> find(long id) {
        return users.findById(id).map(this::listing);
    }

    @Transactional
    public LinkIssued invite(Invitation invitation, String by, String requestBaseUrl) throws EmailTakenException {
        String email = EmailAddress.canonical(invitation.email());
        if (users.findByEmail(email).isPresent()) {
            throw new EmailTakenException();
        }
        PortalUser user = users.saveAndFlush(PortalUser.invited(email, invitation.displayName().strip(), invitation.role(),
                invitation.role() == Role.BUYER ? invitation.erpCustomerId() : null,
                invitation.role() == Role.SALES_REP ? invitation.salesRepCode() : null, by));
        return sendLink(user, PasswordLinks.Purpose.INVITATION, by, requestBaseUrl);
    }

    /**
     * The current password stops working, every session ends, and a link to set a new one is sent. For someone
     * who never set a password, a fresh invitation is sent instead.
     */
    @Transactional
    public Optional<LinkIssued> requirePasswordReset(long id, String by, String requestBaseUrl) {
        return users.findById(id).map(user -> {
            if (!user.hasPassword()) {
                return sendLink(user, PasswordLinks.Purpose.INVITATION, by, requestBaseUrl);
            }
            user.requirePasswordReset();
            sessions.end(user.email(), null);
            return sendLink(user, PasswordLinks.Purpose.RESET, by, requestBaseUrl);
        });
    }

    /** Signing in is refused and every session ends at once; false for an unknown user or oneself. */
    @Transactional
    public boolean deactivate(long id, String by) {
        return users.findById(id).filter(user -> !user.email().equals(EmailAddress.canonical(by))).map(user -> {
            user.deactivate();
            sessions.end(user.email(), null);
            return true;
        }).orElse(false);
    }

    @Transactional
    public boolean reactivate(long id) {
        return users.findById(id).map(user -> {
            user.reactivate();
            return true;
        }).orElse(false);
    }

    /** Lifts the lock; the sign-in throttle keeps its counts in the database, so this writes. */
    @Transactional
    public Optional<String> unlock(long id) {
        return users.findById(id).map(user -> {
            locks.unlock(user.email());
            return user.email();
        });
    }

    private LinkIssued sendLink(PortalUser user, PasswordLinks.Purpose purpose, String by, String requestBaseUrl) {
        PasswordLinks.Issued issued = links.issue(user.id(), purpose, by);
        String base = properties.publicUrl() == null || properties.publicUrl().isBlank() ? requestBaseUrl : properties.publicUrl();
        String link = UriComponentsBuilder.fromUriString(base).path(PasswordController.PATH)
                .queryParam("token", issued.token()).build().toUriString();
        MailOutcome sent = mail.send(user.email(), user.displayName(), purpose, link, issued.expiresAt());
        return new LinkIssued(user.id(), user.email(), link, issued.expiresAt(), sent,
                properties.showLinks() || sent != MailOutcome.SENT);
    }

    private Listing listing(PortalUser user) {
        Status status = !user.enabled() ? Status.DEACTIVATED : !user.hasPassword() ? Status.INVITED
                : user.passwordResetRequired() ? Status.RESET_REQUIRED : Status.ACTIVE;
        return new Listing(user.id(), user.email(), user.displayName(), user.role(), user.erpCustomerId(),
                user.salesRepCode(), status, locks.locked(user.email()), user.createdAt(), user.lastLoginAt(), user.invitedBy());
    }
}
