package io.windowpane.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.windowpane.account.CurrentCustomer;
import io.windowpane.account.Role;
import io.windowpane.account.SignedInUser;
import io.windowpane.checkout.OpenSubmissions;
import io.windowpane.content.Banners;
import io.windowpane.content.Placement;
import io.windowpane.credit.CreditSummary;
import io.windowpane.erp.ErpReads;
import io.windowpane.web.ErpPanel;

/**
 * The landing page. A buyer (or a rep acting for their customer) sees the customer account and credit, read
 * through the cache (credit events re-read it at once; checkout reads it live); reps and admins not acting for a
 * customer land on their own start pages.
 */
@Controller
class HomeController {

    static final String BUYER_HOME = "home/buyer";

    private final CurrentCustomer currentCustomer;
    private final ErpReads reads;
    private final OpenSubmissions openSubmissions;
    private final Banners banners;

    HomeController(CurrentCustomer currentCustomer, ErpReads reads, OpenSubmissions openSubmissions, Banners banners) {
        this.currentCustomer = currentCustomer;
        this.reads = reads;
        this.openSubmissions = openSubmissions;
        this.banners = banners;
    }

    @GetMapping("/")
    String home(Model model) {
        SignedInUser user = currentCustomer.currentUser().orElseThrow();
        boolean acting = currentCustomer.acting().isPresent();
        if (user.is(Role.SALES_REP) && !acting) {
            return "redirect:/rep/customers";
        }
        if (user.is(Role.ADMIN) && !acting) {
            return "redirect:/admin";
        }
        String customerId = currentCustomer.id().orElseThrow();
        model.addAttribute("customer", ErpPanel.read(() -> reads.customer(customerId)));
        model.addAttribute("credit", ErpPanel.read(() -> reads.credit(customerId).map(CreditSummary::of)));
        model.addAttribute("openSubmissions", openSubmissions.of(customerId, user.id()));
        model.addAttribute("banners", banners.liveFor(customerId, Placement.HOME));
        return BUYER_HOME;
    }
}
