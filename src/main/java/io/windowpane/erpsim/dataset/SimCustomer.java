package io.windowpane.erpsim.dataset;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A customer account as the ERP contract shows it; the ignored fields are the simulator's own terms
 * (tax rate, how much of the range is under contract and at what discount).
 */
public record SimCustomer(String id, String number, String name, String currency, String salesRepCode,
        PaymentTerms paymentTerms, Blocked blocked, List<ShipTo> shipTos, Instant modifiedAt,
        @JsonIgnore BigDecimal taxRate, @JsonIgnore int contractCoverage, @JsonIgnore int contractDiscount,
        @JsonIgnore String emailDomain) {

    public enum Blocked {
        NONE, SHIP, ALL
    }

    public record PaymentTerms(String code, String description, int dueDays) {
    }

    public record ShipTo(String id, String name, String street, String city, String postalCode, String country) {
    }

    public SimCustomer withSalesRep(String code, Instant at) {
        return new SimCustomer(id, number, name, currency, code, paymentTerms, blocked, shipTos, at, taxRate,
                contractCoverage, contractDiscount, emailDomain);
    }

    public SimCustomer withBlocked(Blocked state, Instant at) {
        return new SimCustomer(id, number, name, currency, salesRepCode, paymentTerms, state, shipTos, at, taxRate,
                contractCoverage, contractDiscount, emailDomain);
    }
}
