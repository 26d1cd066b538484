package io.windowpane.rep;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

import io.windowpane.erp.CustomerSummary;
import io.windowpane.erp.ErpGateway;
import io.windowpane.credit.CreditSummary;
import io.windowpane.web.ErpPanel;

/**
 * The customers assigned to a rep, each with its credit. The ERP has no batch credit read, so the credit
 * reads go out in parallel; one that fails marks only its own row.
 */
@Service
class AssignedCustomers {

    /** One customer of the rep and its credit standing (unavailable when the ERP did not answer for it). */
    record Row(CustomerSummary customer, ErpPanel<CreditSummary> credit) {
    }

    private final ErpGateway erp;
    private final Executor executor;

    AssignedCustomers(ErpGateway erp, @Qualifier("applicationTaskExecutor") Executor executor) {
        this.erp = erp;
        this.executor = executor;
    }

    List<Row> of(String salesRepCode) {
        List<CompletableFuture<Row>> rows = erp.customersOfSalesRep(salesRepCode).stream()
                .map(customer -> CompletableFuture.supplyAsync(() -> new Row(customer,
                        ErpPanel.load(() -> CreditSummary.of(erp.credit(customer.id())))), executor))
                .toList();
        return rows.stream().map(CompletableFuture::join).toList();
    }
}
