package io.windowpane.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.windowpane.erp.CreditAccount;
import io.windowpane.erp.CreditAccount.CreditPolicy;
import io.windowpane.erp.Customer.OrderBlock;
import io.windowpane.erp.Money;

class CreditDecisionTest {

    private static CreditAccount account(String available, CreditPolicy policy) {
        Money zero = usd("0.00");
        return new CreditAccount("C1", usd("1000.00"), zero, zero, zero, usd(available), policy, Instant.EPOCH, Instant.EPOCH);
    }

    private static Money usd(String amount) {
        return Money.of(new BigDecimal(amount), "USD");
    }

    @Test
    void allowsAnOrderExactlyAtTheAvailableCredit() {
        assertThat(CreditDecision.of(OrderBlock.NONE, account("250.00", CreditPolicy.BLOCK), usd("250.00")).allowed()).isTrue();
    }

    @Test
    void blocksAnOrderOneCentOverTheAvailableCreditWithTheShortfall() {
        CreditDecision decision = CreditDecision.of(OrderBlock.NONE, account("250.00", CreditPolicy.BLOCK), usd("250.01"));

        assertThat(decision.outcome()).isEqualTo(CreditDecision.Outcome.OVER_CREDIT);
        assertThat(decision.shortfall()).isEqualTo(usd("0.01"));
    }

    @Test
    void letsTheErpDecideWhenItsPolicyOnlyWarns() {
        assertThat(CreditDecision.of(OrderBlock.NONE, account("10.00", CreditPolicy.WARN), usd("500.00")).allowed()).isTrue();
    }

    @Test
    void blocksAnOrderInAnotherCurrency() {
        assertThat(CreditDecision.of(OrderBlock.NONE, account("900.00", CreditPolicy.BLOCK), Money.of(new BigDecimal("5.00"), "EUR"))
                .outcome()).isEqualTo(CreditDecision.Outcome.CURRENCY_MISMATCH);
    }

    @Test
    void blocksACustomerTheErpBlocksForOrders() {
        assertThat(CreditDecision.of(OrderBlock.ALL, account("900.00", CreditPolicy.BLOCK), usd("5.00")).outcome())
                .isEqualTo(CreditDecision.Outcome.CUSTOMER_BLOCKED);
        assertThat(CreditDecision.of(OrderBlock.SHIP, account("900.00", CreditPolicy.BLOCK), usd("5.00")).allowed()).isTrue();
    }
}
