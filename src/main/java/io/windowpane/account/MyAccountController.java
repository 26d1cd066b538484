package io.windowpane.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.windowpane.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code /account}: the signed-in person's own account (who they are, their role and customer or rep code) and
 * {@code POST /account/password} to change their password; their other sessions end, this one stays.
 */
@Controller
class MyAccountController {

    static final String VIEW = "account/my-account";

    private final Passwords passwords;
    private final CurrentCustomer currentCustomer;
    private final AuditLog audit;

    MyAccountController(Passwords passwords, CurrentCustomer currentCustomer, AuditLog audit) {
        this.passwords = passwords;
        this.currentCustomer = currentCustomer;
        this.audit = audit;
    }

    @GetMapping("/account")
    String account(Model model) {
        model.addAttribute("me", currentCustomer.currentUser().orElseThrow());
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return VIEW;
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirmation,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        SignedInUser me = currentCustomer.currentUser().orElseThrow();
        Passwords.Outcome outcome = passwords.change(me.id(), currentPassword, password, confirmation,
                request.getSession().getId());
        if (!outcome.done()) {
            model.addAttribute("wrongCurrentPassword", outcome.wrongCurrentPassword());
            model.addAttribute("problem", outcome.problem());
            return account(model);
        }
        audit.record(me.email(), null, AuditLog.Action.PASSWORD_CHANGED, null, request.getRemoteAddr());
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/account";
    }
}
