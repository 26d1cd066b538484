package io.windowpane.acting;

import io.windowpane.account.Role;
import io.windowpane.account.SignedInUser;

/** Acting ended before this request could be served: the rep goes back to their workspace, told why. */
class ActingEndedException extends RuntimeException {

    private final String customerId;
    private final Acting.Ending ending;
    private final String workspace;

    ActingEndedException(String customerId, Acting.Ending ending, SignedInUser user) {
        super("Acting for " + customerId + " ended: " + ending);
        this.customerId = customerId;
        this.ending = ending;
        this.workspace = workspaceOf(user);
    }

    /** Where a rep or admin works when not acting for a customer. */
    static String workspaceOf(SignedInUser user) {
        return user.is(Role.ADMIN) ? "/admin" : "/rep/customers";
    }

    String customerId() {
        return customerId;
    }

    Acting.Ending ending() {
        return ending;
    }

    String workspace() {
        return workspace;
    }
}
