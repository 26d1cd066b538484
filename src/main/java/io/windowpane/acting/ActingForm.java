package io.windowpane.acting;

import io.windowpane.account.ActingContext;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The start-acting form: the customer, and why (a note is required for "other"). */
public class ActingForm {

    @NotBlank(message = "{acting.customer.required}")
    @Size(max = 40)
    private String customerId;

    @NotNull(message = "{acting.reason.required}")
    private ActingContext.Reason reason;

    @Size(max = 200, message = "{acting.note.size}")
    private String note;

    @AssertTrue(message = "{acting.note.required}")
    public boolean isNoteGivenForOther() {
        return reason != ActingContext.Reason.OTHER || (note != null && !note.isBlank());
    }

    public String getCustomerId() {
        return customerId;
    }

    public void setCustomerId(String customerId) {
        this.customerId = customerId == null ? null : customerId.strip();
    }

    public ActingContext.Reason getReason() {
        return reason;
    }

    public void setReason(ActingContext.Reason reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
