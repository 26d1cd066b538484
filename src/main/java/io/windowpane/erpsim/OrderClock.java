package io.windowpane.erpsim;

import java.time.Clock;
import java.time.Instant;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.windowpane.erpsim.dataset.ErpLedger;
import io.windowpane.erpsim.dataset.SimOrder;

/**
 * When enabled, moves orders along as a warehouse would: each tick ships the open orders placed more than one
 * interval ago and invoices those shipped more than one interval ago.
 */
@Component
@ConditionalOnBooleanProperty("erpsim.clock.enabled")
class OrderClock {

    private final ErpLedger ledger;
    private final Clock clock;
    private final SimulatorProperties.Clock settings;

    OrderClock(ErpLedger ledger, Clock clock, SimulatorProperties properties) {
        this.ledger = ledger;
        this.clock = clock;
        this.settings = properties.clock();
    }

    @Scheduled(fixedDelayString = "${erpsim.clock.interval:60s}")
    void tick() {
        Instant cutoff = clock.instant().minus(settings.interval());
        ledger.ordersIn(SimOrder.Status.SHIPPED).stream().filter(o -> o.modifiedAt().isBefore(cutoff))
                .forEach(o -> ledger.invoiceOrder(o.number()));
        ledger.ordersIn(SimOrder.Status.OPEN).stream().filter(o -> o.modifiedAt().isBefore(cutoff))
                .forEach(o -> ledger.ship(o.number(), null, null));
    }
}
