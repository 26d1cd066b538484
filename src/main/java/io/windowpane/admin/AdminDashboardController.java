package io.windowpane.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.windowpane.account.PortalUsers;
import io.windowpane.checkout.OpenSubmissions;

/** The admin's start page: portal users, whether the ERP answers, and orders the ERP never confirmed. */
@Controller
class AdminDashboardController {

    static final String DASHBOARD_VIEW = "admin/dashboard";

    private final PortalUsers users;
    private final ErpConnection erpConnection;
    private final OpenSubmissions submissions;

    AdminDashboardController(PortalUsers users, ErpConnection erpConnection, OpenSubmissions submissions) {
        this.users = users;
        this.erpConnection = erpConnection;
        this.submissions = submissions;
    }

    @GetMapping("/admin")
    String dashboard(Model model) {
        model.addAttribute("users", users.all());
        model.addAttribute("erp", erpConnection.check());
        model.addAttribute("attention", submissions.needingAttention());
        return DASHBOARD_VIEW;
    }
}
