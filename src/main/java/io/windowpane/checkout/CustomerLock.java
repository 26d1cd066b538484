package io.windowpane.checkout;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Serialises checkouts per customer across requests and portal instances with a PostgreSQL advisory lock, which
 * (unlike a row lock) outlives the commit that records a submission before the ERP is called. The lock is held
 * on a connection of its own small pool, so checkouts waiting on a slow ERP never take connections the pages
 * need; a waiting checkout holds no connection at all (it polls {@code pg_try_advisory_lock}) and gives up
 * after the configured wait. Work inside the lock uses the ordinary pool in short transactions.
 */
@Component
@EnableConfigurationProperties(CheckoutProperties.class)
class CustomerLock implements DisposableBean {

    private static final long POLL_MILLIS = 100;

    private final HikariDataSource locks;
    private final Duration wait;

    CustomerLock(DataSource dataSource, CheckoutProperties properties) throws SQLException {
        HikariDataSource pages = dataSource.unwrap(HikariDataSource.class);
        HikariConfig config = new HikariConfig();
        config.setPoolName("checkout-locks");
        config.setJdbcUrl(pages.getJdbcUrl());
        config.setUsername(pages.getUsername());
        config.setPassword(pages.getPassword());
        config.setMaximumPoolSize(properties.lock().poolSize());
        config.setMinimumIdle(0);
        config.setConnectionTimeout(Math.max(250, properties.lock().maxWait().toMillis()));
        this.locks = new HikariDataSource(config);
        this.wait = properties.lock().maxWait();
    }

    /** Runs the work while holding the customer's lock; {@link CheckoutBusyException} if it stays taken. */
    <T> T exclusively(String customerId, Supplier<T> work) {
        String key = "checkout:" + customerId;
        Connection holder;
        try {
            holder = acquire(key, customerId);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("The checkout lock's database connection failed", e);
        }
        try {
            return work.get();
        } finally {
            release(holder, key);
        }
    }

    // a connection whose unlock failed may still hold the lock: it is closed for good, never pooled again
    private void release(Connection holder, String key) {
        try (holder) {
            call(holder, "select pg_advisory_unlock(hashtext(?))", key);
        } catch (SQLException e) {
            locks.evictConnection(holder);
        }
    }

    private Connection acquire(String key, String customerId) throws SQLException {
        long giveUpAt = System.nanoTime() + wait.toNanos();
        while (true) {
            Connection connection = locks.getConnection();
            if (call(connection, "select pg_try_advisory_lock(hashtext(?))", key)) {
                return connection;
            }
            connection.close();
            if (System.nanoTime() >= giveUpAt) {
                throw new CheckoutBusyException(customerId);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CheckoutBusyException(customerId);
            }
        }
    }

    private static boolean call(Connection connection, String sql, String key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, key);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    @Override
    public void destroy() {
        locks.close();
    }
}
