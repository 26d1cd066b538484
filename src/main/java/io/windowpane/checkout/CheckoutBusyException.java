package io.windowpane.checkout;

/** Another checkout of the same customer is running and did not finish within the lock's wait. */
class CheckoutBusyException extends RuntimeException {

    CheckoutBusyException(String customerId) {
        super("Another checkout for customer " + customerId + " is in progress");
    }
}
