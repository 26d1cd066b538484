package io.windowpane.erpsim.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.windowpane.erpsim.dataset.ErpLedger;
import io.windowpane.erpsim.dataset.PriceBreak;
import io.windowpane.erpsim.dataset.SimCredit;
import io.windowpane.erpsim.dataset.SimInvoice;
import io.windowpane.erpsim.dataset.SimCustomer;
import io.windowpane.erpsim.dataset.SimItem;
import io.windowpane.erpsim.dataset.SimOrder;
import io.windowpane.erpsim.dataset.SimPrice;
import io.windowpane.erpsim.dataset.SimRejection;
import io.windowpane.erpsim.dataset.SimStock;
import io.windowpane.erpsim.events.WebhookDispatcher;

/** Control endpoints for demos, tests and benchmarks: shape how the ERP answers and change its data. */
@RestController
@RequestMapping("/sim")
class SimControlApi {

    record FaultsChange(Double errorRate, Boolean outage, Boolean commitThenTimeout) {
    }

    record CreditChange(BigDecimal creditLimit, BigDecimal balance) {
    }

    record ItemChange(String name, String category, String uom, BigDecimal listPrice, Boolean backorderable,
            Boolean discontinued) {
    }

    record Payment(BigDecimal amount, String reference) {
    }

    record StockChange(Integer onHand) {
    }

    record PriceChange(List<PriceBreak> breaks) {
    }

    record BlockedChange(SimCustomer.Blocked blocked) {
    }

    record SalesRepChange(String salesRepCode) {
    }

    record Shipping(String carrier, String trackingNumber) {
    }

    record Stats(long total, Map<String, Long> endpoints) {
    }

    private final ErpLedger ledger;
    private final SimulatorControls controls;
    private final WebhookDispatcher webhooks;

    SimControlApi(ErpLedger ledger, SimulatorControls controls, WebhookDispatcher webhooks) {
        this.ledger = ledger;
        this.controls = controls;
        this.webhooks = webhooks;
    }

    @PutMapping("/latency")
    SimulatorControls.Latency latency(@RequestBody SimulatorControls.Latency latency) {
        if (latency.meanMs() < 0 || latency.jitterMs() < 0) {
            throw new SimRejection(400, "INVALID_LATENCY", "Latency cannot be negative");
        }
        controls.latency(latency);
        return latency;
    }

    /** Fields left out keep their current setting. */
    @PutMapping("/faults")
    SimulatorControls.Faults faults(@RequestBody FaultsChange change) {
        SimulatorControls.Faults current = controls.faults();
        double errorRate = change.errorRate() != null ? change.errorRate() : current.errorRate();
        if (errorRate < 0 || errorRate > 1) {
            throw new SimRejection(400, "INVALID_ERROR_RATE", "errorRate must be between 0 and 1");
        }
        SimulatorControls.Faults faults = new SimulatorControls.Faults(errorRate,
                change.outage() != null ? change.outage() : current.outage(),
                change.commitThenTimeout() != null ? change.commitThenTimeout() : current.commitThenTimeout());
        controls.faults(faults);
        return faults;
    }

    @PutMapping("/customers/{id}/credit")
    SimCredit credit(@PathVariable String id, @RequestBody CreditChange change) {
        return ledger.changeCredit(id, change.creditLimit(), change.balance());
    }

    @PostMapping("/invoices/{number}/payments")
    SimInvoice pay(@PathVariable String number, @RequestBody Payment payment) {
        return ledger.recordPayment(number, payment.amount(), payment.reference());
    }

    @PutMapping("/customers/{id}/blocked")
    SimCustomer blocked(@PathVariable String id, @RequestBody BlockedChange change) {
        return ledger.changeBlocked(id, change.blocked());
    }

    @PutMapping("/customers/{id}/sales-rep")
    SimCustomer salesRep(@PathVariable String id, @RequestBody SalesRepChange change) {
        return ledger.changeSalesRep(id, change.salesRepCode());
    }

    /** Adds or changes an item (fields left out keep their value); emits an ITEM event. */
    @PutMapping("/items/{sku}")
    SimItem item(@PathVariable String sku, @RequestBody ItemChange change) {
        return ledger.changeItem(sku, change.name(), change.category(), change.uom(), change.listPrice(),
                change.backorderable(), change.discontinued());
    }

    /** Undoes the changes to an item: an added item is deleted, a generated one is as generated again. */
    @DeleteMapping("/items/{sku}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void undoItem(@PathVariable String sku) {
        ledger.undoItemChanges(sku);
    }

    @PutMapping("/stock/{sku}/{warehouse}")
    SimStock stock(@PathVariable String sku, @PathVariable String warehouse, @RequestBody StockChange change) {
        if (change.onHand() == null || change.onHand() < 0) {
            throw new SimRejection(400, "INVALID_QUANTITY", "onHand must be zero or more");
        }
        return ledger.changeOnHand(sku, warehouse, change.onHand());
    }

    @PutMapping("/prices/{customerId}/{sku}")
    SimPrice prices(@PathVariable String customerId, @PathVariable String sku, @RequestBody PriceChange change) {
        return ledger.changePrices(customerId, sku, change.breaks());
    }

    @PostMapping("/orders/{number}/ship")
    SimOrder ship(@PathVariable String number, @RequestBody(required = false) Shipping shipping) {
        return shipping == null ? ledger.ship(number, null, null)
                : ledger.ship(number, shipping.carrier(), shipping.trackingNumber());
    }

    @PostMapping("/orders/{number}/invoice")
    SimInvoice invoice(@PathVariable String number) {
        return ledger.invoiceOrder(number);
    }

    /** Requests per endpoint; with {@code requestId}, only the requests that carried that X-Request-Id. */
    @GetMapping("/stats")
    Stats stats(@RequestParam(required = false) String requestId) {
        Map<String, Long> endpoints = controls.stats(requestId);
        return new Stats(endpoints.values().stream().mapToLong(Long::longValue).sum(), endpoints);
    }

    @PostMapping("/stats/reset")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetStats() {
        controls.resetStats();
    }

    /** The webhook subscriptions the ERP delivers to now. */
    @GetMapping("/subscriptions")
    List<WebhookDispatcher.Subscription> subscriptions() {
        return webhooks.subscriptions();
    }

    /** Everything back to the start state: data changes, orders, faults, latency, statistics, subscriptions. */
    @PostMapping("/reset")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reset() {
        ledger.reset();
        controls.reset();
        webhooks.reset();
    }
}
