package io.windowpane.rep;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.windowpane.account.CurrentCustomer;
import io.windowpane.erp.CustomerSummary;
import io.windowpane.erp.OrderStatus;
import io.windowpane.web.ErpPanel;

/**
 * {@code GET /rep/orders?customer=&status=&page=}: orders across the rep's assigned customers without acting for
 * any. A customer not assigned to the rep is not a filter they can use: it shows all their own customers instead.
 */
@Controller
class RepOrdersController {

    static final String ORDERS_VIEW = "rep/orders";

    private final CurrentCustomer currentCustomer;
    private final AssignedCustomers assignedCustomers;
    private final RepOrders repOrders;

    RepOrdersController(CurrentCustomer currentCustomer, AssignedCustomers assignedCustomers, RepOrders repOrders) {
        this.currentCustomer = currentCustomer;
        this.assignedCustomers = assignedCustomers;
        this.repOrders = repOrders;
    }

    @GetMapping("/rep/orders")
    String orders(@RequestParam(required = false) String customer, @RequestParam(required = false) OrderStatus status,
            @RequestParam(defaultValue = "1") int page, Model model) {
        String repCode = currentCustomer.currentUser().orElseThrow().salesRepCode();
        ErpPanel<List<CustomerSummary>> assigned = ErpPanel.load(() -> assignedCustomers.assigned(repCode));
        String chosen = assigned.available() && assigned.value().stream().anyMatch(c -> c.id().equals(customer)) ? customer : null;
        model.addAttribute("assigned", assigned);
        model.addAttribute("customer", chosen);
        model.addAttribute("status", status);
        model.addAttribute("statuses", OrderStatus.values());
        model.addAttribute("orders", assigned.available()
                ? ErpPanel.load(() -> repOrders.page(assigned.value(), chosen, status, page)) : new ErpPanel<>(null, true));
        return ORDERS_VIEW;
    }
}
