package io.windowpane.erpsim.api;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.windowpane.erpsim.dataset.ErpLedger;
import io.windowpane.erpsim.dataset.SimCredit;
import io.windowpane.erpsim.dataset.SimCustomer;
import io.windowpane.erpsim.dataset.SimPrice;
import io.windowpane.erpsim.dataset.SimRejection;

@RestController
@RequestMapping("/v1/customers")
class CustomersApi {

    record AssignedCustomer(String id, String number, String name) {
    }

    private final ErpLedger ledger;

    CustomersApi(ErpLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/{id}")
    SimCustomer customer(@PathVariable String id) {
        return ledger.customer(id).orElseThrow(() -> new SimRejection(404, "NOT_FOUND", "Customer " + id + " does not exist"));
    }

    @GetMapping(params = "salesRepCode")
    List<AssignedCustomer> assignedTo(@RequestParam String salesRepCode) {
        return ledger.customersOfSalesRep(salesRepCode).stream()
                .map(c -> new AssignedCustomer(c.id(), c.number(), c.name())).toList();
    }

    @GetMapping("/{id}/credit")
    SimCredit credit(@PathVariable String id) {
        return ledger.credit(id);
    }

    @GetMapping("/{id}/prices")
    List<SimPrice> prices(@PathVariable String id, @RequestParam List<String> skus) {
        return ledger.prices(id, SkuList.checked(skus));
    }
}
