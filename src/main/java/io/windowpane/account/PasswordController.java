package io.windowpane.account;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.windowpane.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /set-password?token=}: the page an invitation or reset link opens, reachable without signing in. The
 * token travels in the query only on the first GET; the form posts it back in its body. The page sends no
 * referrer, so the token never leaves in a {@code Referer} header.
 */
@Controller
class PasswordController {

    static final String PATH = "/set-password";
    static final String VIEW = "account/set-password";
    static final String INVALID_VIEW = "account/link-invalid";

    private final Passwords passwords;
    private final AuditLog audit;

    PasswordController(Passwords passwords, AuditLog audit) {
        this.passwords = passwords;
        this.audit = audit;
    }

    @GetMapping(PATH)
    String form(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
        Optional<Passwords.LinkHolder> holder = passwords.linkHolder(token);
        if (holder.isEmpty()) {
            response.setStatus(HttpStatus.GONE.value());
            return INVALID_VIEW;
        }
        return page(token, holder.get(), model);
    }

    @PostMapping(PATH)
    String set(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmation, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
        Optional<Passwords.LinkHolder> holder = passwords.linkHolder(token);
        Optional<Passwords.Outcome> outcome = holder.flatMap(h -> passwords.setWithLink(token, h, password, confirmation));
        if (outcome.isEmpty()) {
            response.setStatus(HttpStatus.GONE.value());
            return INVALID_VIEW;
        }
        if (!outcome.get().done()) {
            model.addAttribute("problem", outcome.get().problem());
            return page(token, holder.get(), model);
        }
        audit.record(outcome.get().email(), null, AuditLog.Action.PASSWORD_SET, null, request.getRemoteAddr());
        return "redirect:/login?passwordSet";
    }

    private static String page(String token, Passwords.LinkHolder holder, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("holder", holder);
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return VIEW;
    }
}
