package io.windowpane.acting;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.windowpane.account.ActingContext;
import io.windowpane.account.CurrentCustomer;
import io.windowpane.account.SignedInUser;
import io.windowpane.audit.AuditLog;

/**
 * {@code GET /account/activity}: a customer's buyers see who acted on their account, when, why and what they did;
 * {@code GET /rep/activity}: a rep sees their own acting history.
 */
@Controller
class AccountActivityController {

    static final String ACTIVITY_VIEW = "acting/activity";
    /** The most recent entries shown. */
    static final int LIMIT = 500;

    private final AuditLog audit;
    private final CurrentCustomer currentCustomer;

    AccountActivityController(AuditLog audit, CurrentCustomer currentCustomer) {
        this.audit = audit;
        this.currentCustomer = currentCustomer;
    }

    /** An entry as the page shows it: a start's reason and note are taken apart for the reader. */
    record Row(AuditLog.Entry entry, ActingContext.Reason reason, String note) {

        static Row of(AuditLog.Entry entry) {
            if (entry.action() != AuditLog.Action.ACTING_STARTED || entry.details() == null) {
                return new Row(entry, null, null);
            }
            String[] parts = entry.details().split(": ", 2);
            try {
                return new Row(entry, ActingContext.Reason.valueOf(parts[0]), parts.length > 1 ? parts[1] : null);
            } catch (IllegalArgumentException unknown) {
                return new Row(entry, null, entry.details());
            }
        }
    }

    @GetMapping("/account/activity")
    String customerActivity(Model model) {
        model.addAttribute("entries", rows(audit.actingOn(currentCustomer.id().orElseThrow(), LIMIT)));
        model.addAttribute("ownHistory", false);
        return ACTIVITY_VIEW;
    }

    @GetMapping("/rep/activity")
    String repActivity(Model model) {
        SignedInUser user = currentCustomer.currentUser().orElseThrow();
        model.addAttribute("entries", rows(audit.actingBy(user.email(), LIMIT)));
        model.addAttribute("ownHistory", true);
        return ACTIVITY_VIEW;
    }

    private static List<Row> rows(List<AuditLog.Entry> entries) {
        return entries.stream().map(Row::of).toList();
    }
}
