package io.windowpane.admin;

import java.io.Serializable;
import java.time.Instant;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.windowpane.account.CurrentCustomer;
import io.windowpane.account.MailOutcome;
import io.windowpane.account.Role;
import io.windowpane.account.UserAdministration;
import io.windowpane.audit.AuditLog;
import io.windowpane.erp.ErpGateway;
import io.windowpane.erp.ErpNotFoundException;
import io.windowpane.erp.ErpReads;
import io.windowpane.erp.ErpUnavailableException;
import io.windowpane.web.ErpPanel;
import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code /admin/users}: portal users by e-mail, name, role and customer; invite a buyer for an ERP customer (checked
 * and named by the ERP), a rep with an ERP rep code (checked), or an admin; deactivate, reactivate, unlock, and
 * require a new password. Every change is audited.
 */
@Controller
class AdminUsersController {

    static final String LIST_VIEW = "account/admin-users";
    static final String INVITE_VIEW = "account/admin-invite";
    static final String USER_VIEW = "account/admin-user";

    /** A link just sent, as the user's page shows it once (flash attribute, so it must serialise). */
    record SentLink(String link, Instant expiresAt, MailOutcome mail, boolean shown, boolean invitation)
            implements Serializable {

        static SentLink of(UserAdministration.LinkIssued issued, boolean invitation) {
            return new SentLink(issued.shown() ? issued.link() : null, issued.expiresAt(), issued.mail(), issued.shown(), invitation);
        }
    }

    private final UserAdministration administration;
    private final ErpGateway erp;
    private final ErpReads reads;
    private final AuditLog audit;
    private final CurrentCustomer currentCustomer;

    AdminUsersController(UserAdministration administration, ErpGateway erp, ErpReads reads, AuditLog audit,
            CurrentCustomer currentCustomer) {
        this.administration = administration;
        this.erp = erp;
        this.reads = reads;
        this.audit = audit;
        this.currentCustomer = currentCustomer;
    }

    @GetMapping("/admin/users")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Role role,
            @RequestParam(defaultValue = "") String customer, @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("filter", new UserAdministration.Filter(q, role, customer, page));
        model.addAttribute("result", administration.search(new UserAdministration.Filter(q, role, customer, page)));
        model.addAttribute("roles", Role.values());
        return LIST_VIEW;
    }

    @GetMapping("/admin/users/new")
    String inviteForm(Model model) {
        model.addAttribute("invitationForm", new InvitationForm());
        model.addAttribute("roles", Role.values());
        return INVITE_VIEW;
    }

    @PostMapping("/admin/users")
    String invite(@Validated @ModelAttribute("invitationForm") InvitationForm form, BindingResult errors, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        model.addAttribute("roles", Role.values());
        checkWithErp(form, errors, model);
        if (errors.hasErrors() || model.containsAttribute("erpUnavailable")) {
            return INVITE_VIEW;
        }
        UserAdministration.LinkIssued issued;
        try {
            issued = administration.invite(form.toInvitation(), admin(), baseUrl());
        } catch (UserAdministration.EmailTakenException e) {
            errors.rejectValue("email", "users.invite.emailTaken");
            return INVITE_VIEW;
        }
        String boundTo = form.getRole() == Role.BUYER ? " " + form.getErpCustomerId()
                : form.getRole() == Role.SALES_REP ? " " + form.getSalesRepCode() : "";
        audit.record(admin(), null, AuditLog.Action.USER_INVITED, issued.email() + " " + form.getRole() + boundTo,
                request.getRemoteAddr());
        redirect.addFlashAttribute("sentLink", SentLink.of(issued, true));
        return "redirect:/admin/users/" + issued.userId();
    }

    @GetMapping("/admin/users/{id}")
    String user(@PathVariable long id, Model model) {
        UserAdministration.Listing user = administration.find(id).orElseThrow(AdminUsersController::notFound);
        model.addAttribute("user", user);
        model.addAttribute("self", user.email().equals(admin()));
        if (user.erpCustomerId() != null) {
            model.addAttribute("customer", ErpPanel.load(() -> reads.customer(user.erpCustomerId()).value()));
        }
        return USER_VIEW;
    }

    @PostMapping("/admin/users/{id}/deactivate")
    String deactivate(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        var user = administration.find(id).orElseThrow(AdminUsersController::notFound);
        if (!administration.deactivate(id, admin())) {
            redirect.addFlashAttribute("notice", "users.notice.notYourself");
            return back(id);
        }
        return done(id, user.email(), AuditLog.Action.USER_DEACTIVATED, "users.notice.deactivated", request, redirect);
    }

    @PostMapping("/admin/users/{id}/reactivate")
    String reactivate(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        var user = administration.find(id).orElseThrow(AdminUsersController::notFound);
        administration.reactivate(id);
        return done(id, user.email(), AuditLog.Action.USER_REACTIVATED, "users.notice.reactivated", request, redirect);
    }

    @PostMapping("/admin/users/{id}/unlock")
    String unlock(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        String email = administration.unlock(id).orElseThrow(AdminUsersController::notFound);
        return done(id, email, AuditLog.Action.USER_UNLOCKED, "users.notice.unlocked", request, redirect);
    }

    @PostMapping("/admin/users/{id}/reset-password")
    String requireReset(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        var before = administration.find(id).orElseThrow(AdminUsersController::notFound);
        UserAdministration.LinkIssued issued = administration.requirePasswordReset(id, admin(), baseUrl()).orElseThrow();
        boolean invitation = before.status() == UserAdministration.Status.INVITED;
        redirect.addFlashAttribute("sentLink", SentLink.of(issued, invitation));
        return done(id, before.email(), invitation ? AuditLog.Action.USER_INVITED : AuditLog.Action.PASSWORD_RESET_REQUIRED,
                null, request, redirect);
    }

    /** A buyer's customer id and a rep's code must be known to the ERP (asked live). */
    private void checkWithErp(InvitationForm form, BindingResult errors, Model model) {
        try {
            if (form.getRole() == Role.BUYER) {
                if (form.getErpCustomerId().isEmpty()) {
                    errors.rejectValue("erpCustomerId", "users.invite.customerRequired");
                    return;
                }
                erp.customer(form.getErpCustomerId());
            }
            if (form.getRole() == Role.SALES_REP) {
                if (form.getSalesRepCode().isEmpty()) {
                    errors.rejectValue("salesRepCode", "users.invite.repCodeRequired");
                    return;
                }
                erp.salesRep(form.getSalesRepCode());
            }
        } catch (ErpNotFoundException e) {
            errors.rejectValue(form.getRole() == Role.BUYER ? "erpCustomerId" : "salesRepCode",
                    form.getRole() == Role.BUYER ? "users.invite.unknownCustomer" : "users.invite.unknownRepCode");
        } catch (ErpUnavailableException e) {
            model.addAttribute("erpUnavailable", true);
        }
    }

    private String done(long id, String email, AuditLog.Action action, String notice, HttpServletRequest request,
            RedirectAttributes redirect) {
        audit.record(admin(), null, action, email, request.getRemoteAddr());
        if (notice != null) {
            redirect.addFlashAttribute("notice", notice);
        }
        return back(id);
    }

    private static String back(long id) {
        return "redirect:/admin/users/" + id;
    }

    private String admin() {
        return currentCustomer.currentUser().orElseThrow().email();
    }

    /** Where links point when {@code windowpane.accounts.public-url} is not set: this portal as the admin reached it. */
    private static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
