package io.windowpane.erp;

import java.time.Instant;

/** A sales rep as the ERP knows them: the code customers are assigned to, and how to reach them. */
public record SalesRep(String code, String name, String email, String phone, Instant readAt) {
}
