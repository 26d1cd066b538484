package io.windowpane.erp.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.windowpane.erp.ContractPrice;
import io.windowpane.erp.ContractPrice.PriceBreak;
import io.windowpane.erp.ContractPrice.PriceSource;
import io.windowpane.erp.CreditAccount;
import io.windowpane.erp.CreditAccount.CreditPolicy;
import io.windowpane.erp.Customer;
import io.windowpane.erp.Item;
import io.windowpane.erp.ItemStock;
import io.windowpane.erp.ItemStock.WarehouseStock;
import io.windowpane.erp.Money;
import io.windowpane.erp.OrderActivity;
import io.windowpane.erp.Reading;
import io.windowpane.erp.cache.CachedErpReads.PriceKey;

/** The messages instances exchange: within PostgreSQL's payload limit, and every shared type arrives as it left. */
class CacheSharingTest {

    private static final Currency USD = Currency.getInstance("USD");
    private final Clock clock = Clock.systemUTC();
    private final Instant readAt = clock.instant().minusMillis(200);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final CacheSharing sender = sharing();
    private final CacheSharing receiver = sharing();

    @Test
    void aPageOfPricesArrivesWholeInMessagesUnderThePayloadLimit() {
        ReadThroughCache<PriceKey, ContractPrice> here = shared(sender, "prices", PriceKey.class, ContractPrice.class, ContractPrice::readAt);
        ReadThroughCache<PriceKey, ContractPrice> there = shared(receiver, "prices", PriceKey.class, ContractPrice.class, ContractPrice::readAt);
        Map<PriceKey, ContractPrice> read = new LinkedHashMap<>();
        for (int i = 0; i < 200; i++) {
            String sku = "TLS-" + (10000 + i);
            read.put(new PriceKey("C1001", sku), new ContractPrice(sku, USD, "EA",
                    List.of(new PriceBreak(1, new BigDecimal("12.50")), new PriceBreak(10, new BigDecimal("11.00"))),
                    LocalDate.of(2026, 1, 1), null, PriceSource.CONTRACT, readAt));
        }

        List<String> messages = sender.messages("prices", read, readAt);
        int taken = messages.stream().mapToInt(receiver::receive).sum();

        assertThat(messages).hasSizeGreaterThan(1)
                .allSatisfy(message -> assertThat(message.getBytes(StandardCharsets.UTF_8).length).isLessThan(8000));
        assertThat(taken).isEqualTo(200);
        Map<PriceKey, Reading<ContractPrice>> held = there.getAll(read.keySet());
        read.forEach((key, price) -> assertThat(held.get(key).value()).isEqualTo(price));
        assertThat(held.values().iterator().next().value().breaks().get(0).unitPrice()).hasToString("12.50");
        assertThat(registry.get("windowpane.erp.cache.shared").tag("type", "prices").tag("direction", "taken").counter().count())
                .isEqualTo(200);
        assertThat(here).isNotSameAs(there);
    }

    @Test
    void anInstanceIgnoresItsOwnMessages() {
        shared(sender, "stock", String.class, ItemStock.class, ItemStock::readAt);

        List<String> messages = sender.messages("stock", Map.of("TLS-1", stock("TLS-1")), readAt);

        assertThat(messages).hasSize(1);
        assertThat(sender.receive(messages.get(0))).isZero();
    }

    @Test
    void stockItemsCreditCustomersAndOrderActivityArriveAsTheyLeft() {
        assertArrivesUnchanged("stock", String.class, ItemStock.class, ItemStock::readAt, "TLS-1", stock("TLS-1"));
        assertArrivesUnchanged("items", String.class, Item.class, Item::readAt, "TLS-1",
                new Item("TLS-1", "Torque wrench \u00bd\u2033", "TOOLS", "EA", Money.of(new BigDecimal("99.90"), "USD"), true, false, readAt));
        assertArrivesUnchanged("credit", String.class, CreditAccount.class, CreditAccount::readAt, "C1001",
                new CreditAccount("C1001", money("50000.00"), money("1200.00"), money("0.00"), money("300.50"), money("48499.50"),
                        CreditPolicy.BLOCK, readAt.minusSeconds(3600), readAt));
        assertArrivesUnchanged("customers", String.class, Customer.class, Customer::readAt, "C1001",
                new Customer("C1001", "10001", "M\u00fcller & S\u00f6hne", USD, "R01", new Customer.PaymentTerms("NET30", "Net 30 days", 30),
                        Customer.OrderBlock.NONE, List.of(new Customer.ShipTo("S1", "Dock 4", "1 Road", "Chicago", "60601", "US")),
                        readAt.minusSeconds(60), readAt));
        assertArrivesUnchanged("order-activity", String.class, OrderActivity.class, OrderActivity::readAt, "C1001",
                new OrderActivity("C1001", 3, false, LocalDate.of(2026, 11, 20), readAt));
    }

    @Test
    void aMalformedMessageIsIgnored() {
        shared(receiver, "stock", String.class, ItemStock.class, ItemStock::readAt);

        assertThat(receiver.receive("another-instance stock {\"askedAt\":")).isZero();
        assertThat(receiver.receive("not a message")).isZero();
    }

    private <K, V> void assertArrivesUnchanged(String type, Class<K> keyType, Class<V> valueType, Function<V, Instant> readAtOf,
            K key, V value) {
        shared(sender, type, keyType, valueType, readAtOf);
        ReadThroughCache<K, V> there = shared(receiver, type, keyType, valueType, readAtOf);

        List<String> messages = sender.messages(type, Map.of(key, value), readAt);

        assertThat(messages.stream().mapToInt(receiver::receive).sum()).as(type).isEqualTo(1);
        assertThat(there.getAll(List.of(key)).get(key).value()).as(type).isEqualTo(value);
    }

    private ItemStock stock(String sku) {
        return new ItemStock(sku, List.of(new WarehouseStock("W1", "Chicago", 10, 2, 1, 7, 5, LocalDate.of(2026, 12, 1), readAt)), readAt);
    }

    private static Money money(String amount) {
        return Money.of(new BigDecimal(amount), "USD");
    }

    // a cache that must never reach the ERP in these tests: all it holds comes from the other instance
    private <K, V> ReadThroughCache<K, V> shared(CacheSharing sharing, String type, Class<K> keyType, Class<V> valueType,
            Function<V, Instant> readAtOf) {
        ReadThroughCache<K, V> cache = new ReadThroughCache<>(type,
                new CachePolicy(Duration.ofMinutes(5), Duration.ofMinutes(5), Duration.ofHours(1), 1000, 10_000_000, true, Duration.ZERO),
                keys -> {
                    throw new AssertionError("asked the ERP for " + keys);
                }, readAtOf, key -> key.toString(), clock, Runnable::run, new CacheMetrics(registry));
        sharing.share(type, cache, keyType, valueType);
        return cache;
    }

    private CacheSharing sharing() {
        ErpCacheProperties properties = new ErpCacheProperties(true, null, null, null, null, null, null, null, null, null, null,
                null, null, Duration.ofMinutes(1), Duration.ofSeconds(6), new ErpCacheProperties.Sharing(true, "test_channel"));
        return new CacheSharing(properties, null, null, registry);
    }
}
