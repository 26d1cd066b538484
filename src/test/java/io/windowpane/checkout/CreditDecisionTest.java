package io.windowpane.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.windowpane.checkout.CheckoutProperties.CreditBreach;
import io.windowpane.erp.CreditAccount;
import io.windowpane.erp.CreditAccount.CreditPolicy;
import io.windowpane.erp.Customer.OrderBlock;
import io.windowpane.erp.Money;

class CreditDecisionTest {

    private static final Money NOTHING_IN_FLIGHT = usd("0.00");

    private static CreditAccount account(String available, CreditPolicy policy) {
        Money zero = usd("0.00");
        return new CreditAccount("C1", usd("1000.00"), zero, zero, zero, usd(available), policy, Instant.EPOCH, Instant.EPOCH);
    }

    private static Money usd(String amount) {
        return Money.of(new BigDecimal(amount), "USD");
    }

    private static CreditDecision decide(OrderBlock block, CreditAccount account, Money total) {
        return CreditDecision.of(block, account, total, NOTHING_IN_FLIGHT, CreditBreach.BLOCK);
    }

    @Test
    void allowsAnOrderExactlyAtTheAvailableCredit() {
        assertThat(decide(OrderBlock.NONE, account("250.00", CreditPolicy.BLOCK), usd("250.00")).allowed()).isTrue();
    }

    @Test
    void blocksAnOrderOneCentOverTheAvailableCreditWithTheShortfall() {
        CreditDecision decision = decide(OrderBlock.NONE, account("250.00", CreditPolicy.BLOCK), usd("250.01"));

        assertThat(decision.outcome()).isEqualTo(CreditDecision.Outcome.OVER_CREDIT);
        assertThat(decision.shortfall()).isEqualTo(usd("0.01"));
    }

    @Test
    void blocksAnOrderAboveTheCreditEvenWhenTheErpPolicyOnlyWarns() {
        assertThat(decide(OrderBlock.NONE, account("10.00", CreditPolicy.WARN), usd("500.00")).outcome())
                .isEqualTo(CreditDecision.Outcome.OVER_CREDIT);
        assertThat(decide(OrderBlock.NONE, account("10.00", CreditPolicy.NONE), usd("500.00")).allowed()).isFalse();
    }

    @Test
    void followsTheErpsPolicyWhenSetToDoSo() {
        assertThat(CreditDecision.of(OrderBlock.NONE, account("10.00", CreditPolicy.WARN), usd("500.00"), NOTHING_IN_FLIGHT,
                CreditBreach.FOLLOW_ERP).allowed()).isTrue();
        assertThat(CreditDecision.of(OrderBlock.NONE, account("10.00", CreditPolicy.BLOCK), usd("500.00"), NOTHING_IN_FLIGHT,
                CreditBreach.FOLLOW_ERP).allowed()).isFalse();
    }

    @Test
    void countsOrdersTheErpHasNotConfirmedYetAgainstTheCredit() {
        CreditDecision decision = CreditDecision.of(OrderBlock.NONE, account("250.00", CreditPolicy.BLOCK), usd("200.00"),
                usd("100.00"), CreditBreach.BLOCK);

        assertThat(decision.outcome()).isEqualTo(CreditDecision.Outcome.OVER_CREDIT);
        assertThat(decision.usable()).isEqualTo(usd("150.00"));
        assertThat(decision.shortfall()).isEqualTo(usd("50.00"));
    }

    @Test
    void blocksAnOrderInAnotherCurrency() {
        assertThat(decide(OrderBlock.NONE, account("900.00", CreditPolicy.BLOCK), Money.of(new BigDecimal("5.00"), "EUR"))
                .outcome()).isEqualTo(CreditDecision.Outcome.CURRENCY_MISMATCH);
    }

    @Test
    void blocksACustomerTheErpBlocksForOrders() {
        assertThat(decide(OrderBlock.ALL, account("900.00", CreditPolicy.BLOCK), usd("5.00")).outcome())
                .isEqualTo(CreditDecision.Outcome.CUSTOMER_BLOCKED);
        assertThat(decide(OrderBlock.SHIP, account("900.00", CreditPolicy.BLOCK), usd("5.00")).allowed()).isTrue();
    }
}
