package io.windowpane.integration;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.windowpane.account.CurrentCustomer;
import io.windowpane.web.LayoutAttributes;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The one calm banner signed-in people see while the ERP (or one kind of its data) is failing, saying what is
 * affected; it asks every 10 seconds whether it still applies (htmx) and goes away once the ERP answers again.
 */
@Controller
class HealthBanner implements LayoutAttributes {

    private final ErpHealth health;
    private final CurrentCustomer current;
    private final MessageSource messages;

    HealthBanner(ErpHealth health, CurrentCustomer current, MessageSource messages) {
        this.health = health;
        this.current = current;
        this.messages = messages;
    }

    @Override
    public void addTo(Map<String, Object> model, HttpServletRequest request) {
        if (current.currentUser().isPresent()) {
            describe(health.now(), model);
        }
    }

    @GetMapping("/erp-health/banner")
    String banner(Model model) {
        ErpHealth.Status status = health.now();
        describe(status, model.asMap());
        return status.degraded() ? "integration/banner :: banner" : "integration/banner :: cleared";
    }

    private void describe(ErpHealth.Status status, Map<String, Object> model) {
        if (!status.degraded()) {
            return;
        }
        model.put("erpHealth", status);
        model.put("erpHealthAffected", status.affected().stream()
                .map(data -> messages.getMessage("erpData." + data.name(), null, LocaleContextHolder.getLocale()))
                .collect(Collectors.joining(", ")));
    }
}
