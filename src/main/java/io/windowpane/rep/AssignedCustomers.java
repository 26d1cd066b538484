package io.windowpane.rep;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import io.windowpane.credit.CreditSummary;
import io.windowpane.erp.CreditAccount;
import io.windowpane.erp.CustomerSummary;
import io.windowpane.erp.ErpReads;
import io.windowpane.erp.OrderActivity;
import io.windowpane.erp.Reading;
import io.windowpane.web.ErpPanel;

/**
 * The customers assigned to a rep, each with its credit and order activity, read through the cache (a rep's list
 * is a page, not a checkout): a warm view costs no ERP request. What the ERP did not give marks only its cell.
 */
@Service
class AssignedCustomers {

    /**
     * One customer of the rep, its credit standing and order activity, each as read (with its age, and whether it
     * is a last known value) or unavailable when the ERP did not answer.
     */
    record Row(CustomerSummary customer, ErpPanel<Reading<CreditSummary>> credit, ErpPanel<Reading<OrderActivity>> activity) {
    }

    private final ErpReads erp;

    AssignedCustomers(ErpReads erp) {
        this.erp = erp;
    }

    /** The rep's customers whose name, id or number contains the text (all when it is blank). */
    List<Row> of(String salesRepCode, String text) {
        List<CustomerSummary> customers = assigned(salesRepCode).stream().filter(c -> matches(c, text)).toList();
        List<String> ids = customers.stream().map(CustomerSummary::id).toList();
        Map<String, Reading<CreditAccount>> credit = ErpPanel.load(() -> erp.credit(ids)).value();
        Map<String, Reading<OrderActivity>> activity = ErpPanel.load(() -> erp.orderActivity(ids)).value();
        return customers.stream().map(customer -> new Row(customer,
                panel(credit, customer.id(), CreditSummary::of), panel(activity, customer.id(), a -> a))).toList();
    }

    List<CustomerSummary> assigned(String salesRepCode) {
        return erp.customersOfSalesRep(salesRepCode).value();
    }

    private static boolean matches(CustomerSummary customer, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return customer.name().toLowerCase(Locale.ROOT).contains(wanted) || customer.id().toLowerCase(Locale.ROOT).contains(wanted)
                || customer.number().toLowerCase(Locale.ROOT).contains(wanted);
    }

    private static <V, T> ErpPanel<Reading<T>> panel(Map<String, Reading<V>> readings, String customerId,
            Function<V, T> view) {
        Reading<V> reading = readings == null ? null : readings.get(customerId);
        return reading == null ? new ErpPanel<>(null, true)
                : new ErpPanel<>(new Reading<>(view.apply(reading.value()), reading.readAt(), reading.confirmed()), false);
    }
}
