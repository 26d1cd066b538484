package io.windowpane.erpsim.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.windowpane.erpsim.dataset.ErpLedger;
import io.windowpane.erpsim.dataset.SimSalesRep;

@RestController
class SalesRepsApi {

    private final ErpLedger ledger;

    SalesRepsApi(ErpLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/v1/sales-reps/{code}")
    SimSalesRep salesRep(@PathVariable String code) {
        return ledger.salesRep(code);
    }
}
