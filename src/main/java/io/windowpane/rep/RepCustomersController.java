package io.windowpane.rep;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.windowpane.account.CurrentCustomer;
import io.windowpane.web.ErpPanel;
import io.windowpane.web.SearchText;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A sales rep's workspace: the customers the ERP assigns to their rep code, searchable by name or number, with
 * credit status and order activity, and the way to act for one. An htmx search gets only the table.
 */
@Controller
class RepCustomersController {

    static final String CUSTOMERS_VIEW = "rep/customers";
    static final String CUSTOMERS_FRAGMENT = "rep/customers :: results";

    private final CurrentCustomer currentCustomer;
    private final AssignedCustomers assignedCustomers;

    RepCustomersController(CurrentCustomer currentCustomer, AssignedCustomers assignedCustomers) {
        this.currentCustomer = currentCustomer;
        this.assignedCustomers = assignedCustomers;
    }

    @GetMapping("/rep/customers")
    String customers(@RequestParam(required = false) String q, HtmxRequest htmx, HttpServletResponse response, Model model) {
        response.addHeader("Vary", "HX-Request");
        String repCode = currentCustomer.currentUser().orElseThrow().salesRepCode();
        String text = SearchText.of(q, SearchText.ORDERS_MAX);
        ErpPanel<List<AssignedCustomers.Row>> customers = ErpPanel.load(() -> assignedCustomers.of(repCode, text));
        model.addAttribute("repCode", repCode);
        model.addAttribute("q", text);
        model.addAttribute("customers", customers);
        return htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest() ? CUSTOMERS_FRAGMENT : CUSTOMERS_VIEW;
    }
}
