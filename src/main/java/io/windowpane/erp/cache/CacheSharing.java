package io.windowpane.erp.cache;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Shares what one portal instance reads from the ERP with the other instances on the same database, through
 * PostgreSQL {@code LISTEN}/{@code NOTIFY}: behind a round-robin balancer each instance would otherwise read every
 * page's prices and stock once more. Nothing is stored in the database; a notification lost (an instance
 * restarting, a full queue) costs at most one more ERP read. Each message says when its read was asked, so a
 * receiver drops what a change event it has seen since may have outdated (see {@link ReadThroughCache}).
 *
 * <p>A message is {@code <instance> <type> {"askedAt":…,"entries":[{"key":…,"value":…},…]}}, split so each stays
 * under PostgreSQL's 8,000-byte payload limit; meters: {@code windowpane.erp.cache.shared} (direction=sent|taken).
 */
@Component
class CacheSharing implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CacheSharing.class);
    static final int MAX_PAYLOAD_BYTES = 7_900;
    private static final Pattern CHANNEL = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final int WAIT_MILLIS = 500;

    /** A batch of one type's reads as it travels. */
    record Batch<K, V>(Instant askedAt, List<Shared<K, V>> entries) {
    }

    record Shared<K, V>(K key, V value) {
    }

    private record Member<K, V>(ReadThroughCache<K, V> cache, JavaType batchType) {
    }

    private final ErpCacheProperties.Sharing settings;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final MeterRegistry registry;
    private final String instance = UUID.randomUUID().toString();
    private final JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final Map<String, Member<?, ?>> members = new ConcurrentHashMap<>();
    // telling peers never holds up a page: one sender, and a full queue drops the message
    private final ThreadPoolExecutor sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(1_000), runnable -> daemon(runnable, "erp-cache-share"), new ThreadPoolExecutor.DiscardPolicy());
    private volatile Thread listener;

    CacheSharing(ErpCacheProperties properties, DataSource dataSource, JdbcClient jdbc, MeterRegistry registry) {
        this.settings = properties.sharing();
        if (!CHANNEL.matcher(settings.channel()).matches()) {
            throw new IllegalArgumentException("windowpane.erp.cache.sharing.channel must be a lower-case SQL name: " + settings.channel());
        }
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.registry = registry;
    }

    /** Tells the other instances what this cache reads, and takes what they read of the same type. */
    <K, V> void share(String type, ReadThroughCache<K, V> cache, Class<K> keyType, Class<V> valueType) {
        if (!settings.enabled()) {
            return;
        }
        members.put(type, new Member<>(cache, json.getTypeFactory().constructParametricType(Batch.class, keyType, valueType)));
        cache.shareWith((read, askedAt) -> sender.execute(() -> tell(type, read, askedAt)));
    }

    /** The messages that carry these reads, each within the payload limit; an entry too large alone is left out. */
    <K, V> List<String> messages(String type, Map<K, V> read, Instant askedAt) {
        String head = instance + " " + type + " {\"askedAt\":" + json.writeValueAsString(askedAt) + ",\"entries\":[";
        List<String> messages = new ArrayList<>();
        StringBuilder message = new StringBuilder(head);
        int bytes = utf8(head) + 2;
        for (Map.Entry<K, V> entry : read.entrySet()) {
            String encoded = json.writeValueAsString(new Shared<>(entry.getKey(), entry.getValue()));
            int size = utf8(encoded) + 1;
            if (utf8(head) + 2 + size > MAX_PAYLOAD_BYTES) {
                continue;
            }
            if (bytes + size > MAX_PAYLOAD_BYTES) {
                messages.add(message.append("]}").toString());
                message = new StringBuilder(head);
                bytes = utf8(head) + 2;
            }
            message.append(message.length() > head.length() ? "," : "").append(encoded);
            bytes += size;
        }
        if (message.length() > head.length()) {
            messages.add(message.append("]}").toString());
        }
        return messages;
    }

    /** Takes a message a peer sent into the cache of its type; answers the entries taken (0 for this instance's own). */
    int receive(String payload) {
        String[] parts = payload.split(" ", 3);
        Member<?, ?> member = parts.length == 3 && !instance.equals(parts[0]) ? members.get(parts[1]) : null;
        if (member == null) {
            return 0;
        }
        try {
            int taken = take(member, parts[2]);
            counter(parts[1], "taken").increment(taken);
            return taken;
        } catch (RuntimeException e) {
            // a message this version cannot read (another version's, or damaged) must not stop the listening
            log.warn("Ignoring a cache message of type {} another instance sent: {}", parts[1], e.getMessage());
            return 0;
        }
    }

    private <K, V> int take(Member<K, V> member, String body) {
        Batch<K, V> batch = json.readValue(body, member.batchType());
        Map<K, V> read = new LinkedHashMap<>();
        batch.entries().forEach(entry -> read.put(entry.key(), entry.value()));
        return member.cache().takeFromPeer(read, batch.askedAt());
    }

    private <K, V> void tell(String type, Map<K, V> read, Instant askedAt) {
        try {
            for (String message : messages(type, read, askedAt)) {
                jdbc.sql("select pg_notify(?, ?)").params(settings.channel(), message).query().listOfRows();
            }
            counter(type, "sent").increment(read.size());
        } catch (RuntimeException e) {
            log.debug("Could not tell the other instances about {} {}: {}", read.size(), type, e.getMessage());
        }
    }

    // one connection of the pool, kept for listening; re-opened after a failure
    private void listen() {
        while (listener == Thread.currentThread()) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + settings.channel());
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                log.info("Sharing ERP reads with the other instances on channel {}", settings.channel());
                while (listener == Thread.currentThread()) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    for (PGNotification notification : notifications == null ? new PGNotification[0] : notifications) {
                        receive(notification.getParameter());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (listener == Thread.currentThread()) {
                    log.warn("Listening for the other instances' ERP reads failed, trying again in 5 s: {}", e.getMessage());
                    pause();
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Counter counter(String type, String direction) {
        return Counter.builder("windowpane.erp.cache.shared").tag("type", type).tag("direction", direction).register(registry);
    }

    private static int utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public void start() {
        if (settings.enabled()) {
            listener = daemon(this::listen, "erp-cache-listen");
            listener.start();
        }
    }

    @Override
    public void stop() {
        listener = null;
        sender.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return listener != null;
    }
}
