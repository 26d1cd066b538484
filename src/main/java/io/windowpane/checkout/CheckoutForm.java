package io.windowpane.checkout;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the buyer submits at checkout. {@code submissionKey} is made when the review is shown and becomes the
 * ERP idempotency key, so a double-clicked or replayed submit is one order; {@code quotedTotal} is the total the
 * buyer saw, so a price change since then is shown before anything is placed.
 */
public class CheckoutForm {

    @NotNull
    private UUID submissionKey;

    private BigDecimal quotedTotal;

    @NotBlank(message = "{checkout.po.required}")
    @Size(max = 35, message = "{checkout.po.size}")
    @Pattern(regexp = "[\\p{Print}]*", message = "{checkout.po.pattern}")
    private String customerPoNumber;

    private String shipToId;

    @FutureOrPresent(message = "{checkout.date.past}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate requestedDate;

    public UUID getSubmissionKey() {
        return submissionKey;
    }

    public void setSubmissionKey(UUID submissionKey) {
        this.submissionKey = submissionKey;
    }

    public BigDecimal getQuotedTotal() {
        return quotedTotal;
    }

    public void setQuotedTotal(BigDecimal quotedTotal) {
        this.quotedTotal = quotedTotal;
    }

    public String getCustomerPoNumber() {
        return customerPoNumber;
    }

    public void setCustomerPoNumber(String customerPoNumber) {
        this.customerPoNumber = customerPoNumber == null ? null : customerPoNumber.strip();
    }

    public String getShipToId() {
        return shipToId;
    }

    public void setShipToId(String shipToId) {
        this.shipToId = shipToId;
    }

    public LocalDate getRequestedDate() {
        return requestedDate;
    }

    public void setRequestedDate(LocalDate requestedDate) {
        this.requestedDate = requestedDate;
    }
}
