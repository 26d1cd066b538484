package io.windowpane.erp;

/** The ERP has no such resource (customer, item, order). */
public class ErpNotFoundException extends ErpException {

    public ErpNotFoundException(String message) {
        super(message, null);
    }
}
