package io.windowpane.account;

import java.time.Clock;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People set their own password: through a one-time link (invitation or reset), or on their account page. */
@Service
public class Passwords {

    /** A link that may be used, for the page that asks for the new password. */
    public record LinkHolder(String email, String displayName, boolean invitation) {
    }

    /** What became of an attempt; exactly one of {@code problem} and {@code email} is set. */
    public record Outcome(PasswordPolicy.Problem problem, boolean wrongCurrentPassword, String email) {

        public boolean done() {
            return email != null;
        }
    }

    private final PortalUserRepository users;
    private final PasswordLinks links;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final UserSessions sessions;
    private final SignInLocks locks;
    private final Clock clock;

    Passwords(PortalUserRepository users, PasswordLinks links, PasswordPolicy policy, PasswordEncoder encoder,
            UserSessions sessions, SignInLocks locks, Clock clock) {
        this.users = users;
        this.links = links;
        this.policy = policy;
        this.encoder = encoder;
        this.sessions = sessions;
        this.locks = locks;
        this.clock = clock;
    }

    /** Whom a link is for, while it may still be used. */
    @Transactional(readOnly = true)
    public Optional<LinkHolder> linkHolder(String token) {
        return links.find(token).flatMap(link -> users.findById(link.userId()).filter(PortalUser::enabled)
                .map(user -> new LinkHolder(user.email(), user.displayName(), link.purpose() == PasswordLinks.Purpose.INVITATION)));
    }

    /**
     * Sets the password of the link's holder (as {@link #linkHolder} found them) and uses the link up; empty when
     * the link is no longer valid by then (used, expired, superseded). Every session of the user ends, and the
     * sign-in lock lifts.
     */
    @Transactional
    public Optional<Outcome> setWithLink(String token, LinkHolder holder, String password, String confirmation) {
        Optional<PasswordPolicy.Problem> problem = policy.check(password, confirmation, holder.email());
        if (problem.isPresent()) {
            return Optional.of(new Outcome(problem.get(), false, null));
        }
        return links.use(token).flatMap(link -> users.findById(link.userId())).filter(PortalUser::enabled).map(user -> {
            user.passwordSet(encoder.encode(password), clock.instant());
            sessions.end(user.email(), null);
            locks.unlock(user.email());
            return new Outcome(null, false, user.email());
        });
    }

    /** Changes the signed-in user's own password; their other sessions end, {@code currentSession} stays. */
    @Transactional
    public Outcome change(long userId, String currentPassword, String password, String confirmation, String currentSession) {
        PortalUser user = users.findById(userId).orElseThrow();
        if (currentPassword == null || !user.hasPassword() || !encoder.matches(currentPassword, user.passwordHash())) {
            return new Outcome(null, true, null);
        }
        Optional<PasswordPolicy.Problem> problem = policy.check(password, confirmation, user.email());
        if (problem.isPresent()) {
            return new Outcome(problem.get(), false, null);
        }
        user.passwordSet(encoder.encode(password), clock.instant());
        sessions.end(user.email(), currentSession);
        return new Outcome(null, false, user.email());
    }
}
