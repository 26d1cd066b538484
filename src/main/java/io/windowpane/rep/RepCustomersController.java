package io.windowpane.rep;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.windowpane.account.CurrentCustomer;
import io.windowpane.web.ErpPanel;

/** A sales rep's start page: the customers the ERP assigns to their rep code, with credit status. */
@Controller
class RepCustomersController {

    static final String CUSTOMERS_VIEW = "rep/customers";

    private final CurrentCustomer currentCustomer;
    private final AssignedCustomers assignedCustomers;

    RepCustomersController(CurrentCustomer currentCustomer, AssignedCustomers assignedCustomers) {
        this.currentCustomer = currentCustomer;
        this.assignedCustomers = assignedCustomers;
    }

    @GetMapping("/rep/customers")
    String customers(Model model) {
        String repCode = currentCustomer.currentUser().orElseThrow().salesRepCode();
        ErpPanel<List<AssignedCustomers.Row>> customers = ErpPanel.load(() -> assignedCustomers.of(repCode));
        model.addAttribute("repCode", repCode);
        model.addAttribute("customers", customers);
        return CUSTOMERS_VIEW;
    }
}
