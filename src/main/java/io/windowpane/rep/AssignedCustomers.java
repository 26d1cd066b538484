package io.windowpane.rep;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import io.windowpane.credit.CreditSummary;
import io.windowpane.erp.CreditAccount;
import io.windowpane.erp.CustomerSummary;
import io.windowpane.erp.ErpReads;
import io.windowpane.erp.Reading;
import io.windowpane.web.ErpPanel;

/**
 * The customers assigned to a rep, each with its credit, read through the cache (a rep's list is a page, not a
 * checkout): a warm view costs no ERP request. A customer whose credit the ERP did not give marks only its row.
 */
@Service
class AssignedCustomers {

    /** One customer of the rep and its credit standing (unavailable when the ERP did not answer for it). */
    record Row(CustomerSummary customer, ErpPanel<CreditSummary> credit) {
    }

    private final ErpReads erp;

    AssignedCustomers(ErpReads erp) {
        this.erp = erp;
    }

    List<Row> of(String salesRepCode) {
        List<CustomerSummary> customers = erp.customersOfSalesRep(salesRepCode).value();
        Map<String, Reading<CreditAccount>> credit = ErpPanel.load(() -> erp.credit(customers.stream()
                .map(CustomerSummary::id).toList())).value();
        return customers.stream().map(customer -> new Row(customer, creditOf(credit, customer.id()))).toList();
    }

    private static ErpPanel<CreditSummary> creditOf(Map<String, Reading<CreditAccount>> credit, String customerId) {
        Reading<CreditAccount> reading = credit == null ? null : credit.get(customerId);
        return reading == null ? new ErpPanel<>(null, true) : new ErpPanel<>(CreditSummary.of(reading.value()), false);
    }
}
