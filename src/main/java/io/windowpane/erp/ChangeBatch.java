package io.windowpane.erp;

import java.util.List;

/** Events from the ERP's change feed and the cursor to continue from. */
public record ChangeBatch(List<ChangeEvent> events, String next) {
}
