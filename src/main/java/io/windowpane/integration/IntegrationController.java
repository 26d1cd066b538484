package io.windowpane.integration;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.windowpane.account.CurrentCustomer;
import io.windowpane.audit.AuditLog;
import io.windowpane.checkout.OpenSubmissions;
import io.windowpane.checkout.Submission;
import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code /admin/integration}: how the ERP integration is doing (requests, breaker, caches, change events, the
 * outbox), refreshing itself; a submission's record, and sending it again now.
 */
@Controller
class IntegrationController {

    private final IntegrationReports reports;
    private final OpenSubmissions submissions;
    private final AuditLog audit;
    private final CurrentCustomer current;

    IntegrationController(IntegrationReports reports, OpenSubmissions submissions, AuditLog audit, CurrentCustomer current) {
        this.reports = reports;
        this.current = current;
        this.submissions = submissions;
        this.audit = audit;
    }

    @GetMapping("/admin/integration")
    String page(Model model) {
        model.addAttribute("report", reports.now());
        return "integration/health";
    }

    /** The part that refreshes itself every few seconds. */
    @HxRequest
    @GetMapping("/admin/integration")
    String panel(Model model) {
        model.addAttribute("report", reports.now());
        return "integration/health :: panel";
    }

    @GetMapping("/admin/integration/submissions/{id}")
    String submission(@PathVariable long id, Model model) {
        Submission submission = submissions.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("submission", submission);
        model.addAttribute("lastError", submissions.lastError(id).orElse(null));
        return "integration/submission";
    }

    @PostMapping("/admin/integration/submissions/{id}/retry")
    String retry(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        Submission before = submissions.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        submissions.retryNow(id).ifPresentOrElse(after -> {
            audit.record(current.currentUser().orElseThrow().email(), before.customerId(), AuditLog.Action.SUBMISSION_RETRIED,
                    before.idempotencyKey() + " " + after.status(), request.getRemoteAddr());
            redirect.addFlashAttribute("retried", after.status().name());
        }, () -> redirect.addFlashAttribute("retried", "NOT_WAITING"));
        return "redirect:/admin/integration/submissions/" + id;
    }
}
