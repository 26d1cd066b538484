package io.windowpane.admin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.windowpane.audit.AuditLog;
import io.windowpane.web.SearchText;

/**
 * {@code GET /admin/audit}: the audit log (sign-ins, acting, admin changes), filtered by person, customer, action
 * and date range (days in the portal's time zone, inclusive), newest first, a page at a time. Read only: the table
 * itself refuses changes.
 */
@Controller
class AdminAuditController {

    static final String AUDIT_VIEW = "admin/audit";
    static final int PAGE_SIZE = 50;

    private final AuditLog audit;
    private final Clock clock;

    AdminAuditController(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(required = false) String user, @RequestParam(required = false) String customer,
            @RequestParam(required = false) AuditLog.Action action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "1") int page, Model model) {
        String who = SearchText.of(user, SearchText.ORDERS_MAX);
        String whose = SearchText.of(customer, SearchText.ORDERS_MAX);
        AuditLog.Filter filter = new AuditLog.Filter(who, whose, action, startOf(from), endOf(to));
        model.addAttribute("entries", audit.search(filter, page, PAGE_SIZE));
        model.addAttribute("user", who);
        model.addAttribute("customer", whose);
        model.addAttribute("action", action);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("actions", AuditLog.Action.values());
        return AUDIT_VIEW;
    }

    private Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(clock.getZone()).toInstant();
    }

    private Instant endOf(LocalDate day) {
        return day == null ? null : day.plusDays(1).atStartOfDay(clock.getZone()).toInstant().minusNanos(1);
    }
}
