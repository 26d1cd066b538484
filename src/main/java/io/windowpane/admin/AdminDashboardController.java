package io.windowpane.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.windowpane.account.PortalUsers;

/** The admin's start page: portal users and whether the ERP answers. */
@Controller
class AdminDashboardController {

    static final String DASHBOARD_VIEW = "admin/dashboard";

    private final PortalUsers users;
    private final ErpConnection erpConnection;

    AdminDashboardController(PortalUsers users, ErpConnection erpConnection) {
        this.users = users;
        this.erpConnection = erpConnection;
    }

    @GetMapping("/admin")
    String dashboard(Model model) {
        model.addAttribute("users", users.all());
        model.addAttribute("erp", erpConnection.check());
        return DASHBOARD_VIEW;
    }
}
