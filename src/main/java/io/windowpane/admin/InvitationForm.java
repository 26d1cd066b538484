package io.windowpane.admin;

import java.util.Locale;

import io.windowpane.account.Role;
import io.windowpane.account.UserAdministration;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The admin's invitation form; which of customer id and rep code is needed depends on the role. */
class InvitationForm {

    @NotBlank
    @Email
    @Size(max = 254)
    private String email = "";

    @NotBlank
    @Size(max = 120)
    private String displayName = "";

    @NotNull
    private Role role = Role.BUYER;

    @Size(max = 40)
    private String erpCustomerId = "";

    @Size(max = 20)
    private String salesRepCode = "";

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getErpCustomerId() {
        return erpCustomerId;
    }

    public void setErpCustomerId(String erpCustomerId) {
        this.erpCustomerId = erpCustomerId == null ? "" : erpCustomerId.strip().toUpperCase(Locale.ROOT);
    }

    public String getSalesRepCode() {
        return salesRepCode;
    }

    public void setSalesRepCode(String salesRepCode) {
        this.salesRepCode = salesRepCode == null ? "" : salesRepCode.strip().toUpperCase(Locale.ROOT);
    }

    UserAdministration.Invitation toInvitation() {
        return new UserAdministration.Invitation(email, displayName, role, erpCustomerId, salesRepCode);
    }
}
