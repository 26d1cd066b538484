package io.windowpane.erp;

import java.time.Instant;
import java.util.Currency;
import java.util.List;

/** A customer account in the ERP, with its payment terms, order block and ship-to addresses. */
public record Customer(String id, String number, String name, Currency currency, String salesRepCode,
        PaymentTerms paymentTerms, OrderBlock blocked, List<ShipTo> shipTos, Instant modifiedAt, Instant readAt) {

    /** Payment terms as the ERP names them, e.g. NET30. */
    public record PaymentTerms(String code, String description, int dueDays) {
    }

    /** A delivery address of the customer. */
    public record ShipTo(String id, String name, String street, String city, String postalCode, String country) {

        /** The address on one line, leaving out what the ERP does not have: "1 Road, Chicago 60601, US". */
        public String oneLine() {
            String town = java.util.stream.Stream.of(city, postalCode).filter(p -> p != null && !p.isBlank())
                    .collect(java.util.stream.Collectors.joining(" "));
            return java.util.stream.Stream.of(street, town, country).filter(p -> p != null && !p.isBlank())
                    .collect(java.util.stream.Collectors.joining(", "));
        }
    }

    /** How far the ERP blocks the customer: not at all, for shipping, or for everything including orders. */
    public enum OrderBlock {
        NONE, SHIP, ALL;

        public boolean forbidsOrders() {
            return this == ALL;
        }
    }
}
