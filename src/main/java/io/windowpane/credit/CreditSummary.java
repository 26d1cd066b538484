package io.windowpane.credit;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.windowpane.erp.CreditAccount;

/**
 * A credit account as a panel shows it, with how much of the limit is used.
 *
 * @param usedPercent balance plus open orders as a share of the limit, 0 to 100
 */
public record CreditSummary(CreditAccount account, int usedPercent, Standing standing) {

    /** How the account stands, for the colour and wording of its panel. */
    public enum Standing {
        GOOD, LOW, EXHAUSTED
    }

    private static final BigDecimal LOW_HEADROOM = new BigDecimal("0.10");

    public static CreditSummary of(CreditAccount account) {
        BigDecimal limit = account.creditLimit().amount();
        BigDecimal available = account.available().amount();
        if (limit.signum() <= 0) {
            return new CreditSummary(account, 100, Standing.EXHAUSTED);
        }
        BigDecimal used = limit.subtract(available).multiply(BigDecimal.valueOf(100)).divide(limit, 0, RoundingMode.HALF_UP);
        int usedPercent = Math.max(0, Math.min(100, used.intValue()));
        Standing standing = available.signum() <= 0 ? Standing.EXHAUSTED
                : available.compareTo(limit.multiply(LOW_HEADROOM)) < 0 ? Standing.LOW : Standing.GOOD;
        return new CreditSummary(account, usedPercent, standing);
    }
}
