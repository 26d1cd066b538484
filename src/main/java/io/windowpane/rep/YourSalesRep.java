package io.windowpane.rep;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.windowpane.account.CurrentCustomer;
import io.windowpane.erp.ErpException;
import io.windowpane.erp.ErpReads;
import io.windowpane.erp.SalesRep;
import io.windowpane.web.LayoutAttributes;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The footer of a customer's pages names the customer's own sales rep, as the ERP assigns and describes them
 * (through the cache). Looked up only when the footer is rendered, so redirects and fragments cost nothing.
 */
@Component
class YourSalesRep implements LayoutAttributes {

    private static final Logger log = LoggerFactory.getLogger(YourSalesRep.class);

    /** The lookup the layout calls; {@link #contact()} is null when there is no customer or the ERP could not tell. */
    public static final class Lookup {
        private final ErpReads reads;
        private final String customerId;

        Lookup(ErpReads reads, String customerId) {
            this.reads = reads;
            this.customerId = customerId;
        }

        public SalesRep contact() {
            try {
                String code = reads.customer(customerId).value().salesRepCode();
                return code == null ? null : reads.salesRep(code).value();
            } catch (ErpException e) {
                log.debug("Sales rep of {} not shown: {}", customerId, e.getMessage());
                return null;
            }
        }
    }

    private final CurrentCustomer currentCustomer;
    private final ErpReads reads;

    YourSalesRep(CurrentCustomer currentCustomer, ErpReads reads) {
        this.currentCustomer = currentCustomer;
        this.reads = reads;
    }

    @Override
    public void addTo(Map<String, Object> model, HttpServletRequest request) {
        model.put("yourSalesRep", currentCustomer.id().map(id -> new Lookup(reads, id)).orElse(null));
    }
}
