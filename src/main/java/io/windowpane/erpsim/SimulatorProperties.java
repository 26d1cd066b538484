package io.windowpane.erpsim;

import java.time.Duration;
import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the simulator ({@code erpsim.*} in erpsim.yml).
 *
 * @param apiKey the bearer key every /v1 request must carry
 * @param dataset size and seed of the generated data
 * @param latency the simulated ERP latency at start
 * @param faults fault behaviour that is not switched at runtime
 * @param webhooks delivery retry policy
 * @param clock the background clock that moves open orders along
 * @param openControls whether the /sim control endpoints answer without the API key (demos only)
 */
@ConfigurationProperties("erpsim")
public record SimulatorProperties(
        @DefaultValue("windowpane-demo-key") String apiKey,
        @DefaultValue Dataset dataset,
        @DefaultValue Latency latency,
        @DefaultValue Faults faults,
        @DefaultValue Webhooks webhooks,
        @DefaultValue Clock clock,
        @DefaultValue("false") boolean openControls) {

    /**
     * @param size DEFAULT (about 5,000 items, 50 customers) or LARGE (250,000 items, 1,000 customers)
     * @param seed the seed every generated value derives from
     * @param anchorDate the "today" order history is dated back from; empty means the day of start
     */
    public record Dataset(@DefaultValue("DEFAULT") DatasetSize size, @DefaultValue("20261101") long seed,
            LocalDate anchorDate) {
    }

    public record Latency(@DefaultValue("0") long meanMs, @DefaultValue("0") long jitterMs) {
    }

    /** @param commitThenTimeoutDelay how long an order answer is held back when commit-then-time-out is on */
    public record Faults(@DefaultValue("10s") Duration commitThenTimeoutDelay) {
    }

    public record Webhooks(@DefaultValue("6") int maxAttempts, @DefaultValue("500ms") Duration firstRetryDelay,
            @DefaultValue("5s") Duration timeout) {
    }

    /** @param enabled whether open orders ship and invoice by themselves, every {@code interval} */
    public record Clock(@DefaultValue("false") boolean enabled, @DefaultValue("60s") Duration interval) {
    }

    public enum DatasetSize {
        DEFAULT(5_000, 50), LARGE(250_000, 1_000);

        public final int items;
        public final int customers;

        DatasetSize(int items, int customers) {
            this.items = items;
            this.customers = customers;
        }
    }
}
