package io.windowpane.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The account module's API: looking users up for sign-in, listing them for admins, creating them. */
@Service
public class PortalUsers implements UserDetailsService {

    /** A user as the admin dashboard lists it. */
    public record UserListing(String email, String displayName, Role role, String erpCustomerId, String salesRepCode,
            boolean enabled, Instant createdAt, Instant lastLoginAt) {
    }

    private final PortalUserRepository users;
    private final PasswordEncoder passwords;
    private final Clock clock;

    PortalUsers(PortalUserRepository users, PasswordEncoder passwords, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public SignedInUser loadUserByUsername(String email) {
        PortalUser user = users.findByEmail(EmailAddress.canonical(email)).orElseThrow(() -> new UsernameNotFoundException(email));
        return new SignedInUser(user.id(), user.email(), user.displayName(), user.role(), user.erpCustomerId(),
                user.salesRepCode(), user.enabled(), user.passwordResetRequired(), user.passwordHash());
    }

    @Transactional(readOnly = true)
    public List<UserListing> all() {
        return users.findAllByOrderByRoleAscEmailAsc().stream().map(u -> new UserListing(u.email(), u.displayName(),
                u.role(), u.erpCustomerId(), u.salesRepCode(), u.enabled(), u.createdAt(), u.lastLoginAt())).toList();
    }

    /** A buyer of a customer, as a rep choosing whom to hand a cart over to sees them. */
    public record Buyer(long id, String email, String displayName) {
    }

    /** The enabled buyers of an ERP customer, by name. */
    @Transactional(readOnly = true)
    public List<Buyer> buyersOf(String erpCustomerId) {
        return users.findAllByRoleAndErpCustomerIdAndEnabledTrueOrderByDisplayNameAsc(Role.BUYER, erpCustomerId).stream()
                .map(u -> new Buyer(u.id(), u.email(), u.displayName())).toList();
    }

    @Transactional
    public void recordSignIn(long userId) {
        users.findById(userId).ifPresent(user -> user.signedIn(clock.instant()));
    }

    /** Creates a user unless one with that email exists; the password is stored as a hash only. */
    @Transactional
    public void createIfAbsent(String email, String rawPassword, String displayName, Role role, String erpCustomerId,
            String salesRepCode) {
        String canonical = EmailAddress.canonical(email);
        if (users.findByEmail(canonical).isEmpty()) {
            users.save(new PortalUser(canonical, passwords.encode(rawPassword), displayName, role, erpCustomerId, salesRepCode));
        }
    }

    /** A buyer to create with a shared password (the load model's many buyers). */
    public record NewBuyer(String email, String displayName, String erpCustomerId) {
    }

    /** Creates the buyers that do not exist yet, hashing the password once for all of them. */
    @Transactional
    public void createBuyersIfAbsent(List<NewBuyer> buyers, String rawPassword) {
        if (buyers.isEmpty()) {
            return;
        }
        String hash = passwords.encode(rawPassword);
        for (NewBuyer buyer : buyers) {
            String canonical = EmailAddress.canonical(buyer.email());
            if (users.findByEmail(canonical).isEmpty()) {
                users.save(new PortalUser(canonical, hash, buyer.displayName(), Role.BUYER, buyer.erpCustomerId(), null));
            }
        }
    }
}
