package io.windowpane.acting;

/** A form rendered for one customer was sent while the session acts for another (or for none): nothing is done. */
class StaleActingFormException extends RuntimeException {

    private final String formCustomerId;
    private final String actingCustomerId;

    StaleActingFormException(String formCustomerId, String actingCustomerId) {
        super("A form for " + formCustomerId + " was sent while acting for " + actingCustomerId);
        this.formCustomerId = formCustomerId;
        this.actingCustomerId = actingCustomerId;
    }

    String formCustomerId() {
        return formCustomerId;
    }

    String actingCustomerId() {
        return actingCustomerId;
    }
}
