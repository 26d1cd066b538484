package io.windowpane.account;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as the session keeps it. Serialised into the JDBC session store, so it stays small,
 * holds no ERP data, and drops its password hash once authentication is done.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    private final String displayName;
    private final Role role;
    private final String erpCustomerId;
    private final String salesRepCode;
    private final boolean enabled;
    /** Set by an admin: the password still checks, but signing in is refused until a new one is set. */
    private final boolean passwordResetRequired;
    private String passwordHash;

    SignedInUser(long id, String email, String displayName, Role role, String erpCustomerId, String salesRepCode,
            boolean enabled, boolean passwordResetRequired, String passwordHash) {
        this.passwordResetRequired = passwordResetRequired;
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.erpCustomerId = erpCustomerId;
        this.salesRepCode = salesRepCode;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    public long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    /** The ERP customer a buyer is bound to; null for reps and admins. */
    public String erpCustomerId() {
        return erpCustomerId;
    }

    /** The ERP sales-rep code of a rep; null otherwise. */
    public String salesRepCode() {
        return salesRepCode;
    }

    public boolean is(Role candidate) {
        return role == candidate;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isCredentialsNonExpired() {
        return !passwordResetRequired;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser user && user.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "SignedInUser[" + email + ", " + role + "]";
    }
}
