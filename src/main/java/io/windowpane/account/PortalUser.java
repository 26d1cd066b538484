package io.windowpane.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person who signs in to the portal. Only references to ERP data (customer id, rep code) live here. */
@Entity
@Table(name = "portal_user")
class PortalUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "display_name")
    private String displayName;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "erp_customer_id")
    private String erpCustomerId;

    @Column(name = "sales_rep_code")
    private String salesRepCode;

    private boolean enabled = true;

    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "password_reset_required")
    private boolean passwordResetRequired;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "invited_by")
    private String invitedBy;

    protected PortalUser() {
    }

    PortalUser(String email, String passwordHash, String displayName, Role role, String erpCustomerId, String salesRepCode) {
        this.email = email;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.erpCustomerId = erpCustomerId;
        this.salesRepCode = salesRepCode;
    }

    /** An invited user: no password until they set one through their link. */
    static PortalUser invited(String email, String displayName, Role role, String erpCustomerId, String salesRepCode,
            String invitedBy) {
        PortalUser user = new PortalUser(email, null, displayName, role, erpCustomerId, salesRepCode);
        user.invitedBy = invitedBy;
        return user;
    }

    Long id() {
        return id;
    }

    String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    String displayName() {
        return displayName;
    }

    Role role() {
        return role;
    }

    String erpCustomerId() {
        return erpCustomerId;
    }

    String salesRepCode() {
        return salesRepCode;
    }

    boolean enabled() {
        return enabled;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant lastLoginAt() {
        return lastLoginAt;
    }

    void signedIn(Instant at) {
        this.lastLoginAt = at;
    }

    boolean passwordResetRequired() {
        return passwordResetRequired;
    }

    boolean hasPassword() {
        return passwordHash != null;
    }

    String invitedBy() {
        return invitedBy;
    }

    Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    void passwordSet(String newHash, Instant at) {
        this.passwordHash = newHash;
        this.passwordChangedAt = at;
        this.passwordResetRequired = false;
    }

    /** The current password no longer signs in; the user sets a new one through a link. */
    void requirePasswordReset() {
        this.passwordResetRequired = true;
    }

    void deactivate() {
        this.enabled = false;
    }

    void reactivate() {
        this.enabled = true;
    }
}
