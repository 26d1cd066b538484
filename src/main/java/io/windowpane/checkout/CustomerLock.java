package io.windowpane.checkout;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Serialises checkouts per customer across requests and portal instances with a PostgreSQL advisory lock.
 * Unlike a row lock it survives the commit that records a submission before the ERP call, so the live credit
 * check, the outbox write and the ERP submission happen as one step per customer. All work inside uses the
 * lock's own connection, so a waiting checkout never needs a second one.
 */
@Component
class CustomerLock {

    /** Database work inside the lock, on the lock's connection. */
    interface Locked {
        JdbcClient jdbc();

        /** Runs the work in one local transaction on the lock's connection. */
        void inTransaction(Runnable work);
    }

    private final DataSource dataSource;

    CustomerLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> T exclusively(String customerId, Function<Locked, T> work) {
        try (Connection connection = dataSource.getConnection()) {
            JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            String key = "checkout:" + customerId;
            jdbc.sql("select pg_advisory_lock(hashtext(?))").param(key).query().listOfRows();
            try {
                return work.apply(new Locked() {
                    @Override
                    public JdbcClient jdbc() {
                        return jdbc;
                    }

                    @Override
                    public void inTransaction(Runnable steps) {
                        runInTransaction(connection, steps);
                    }
                });
            } finally {
                jdbc.sql("select pg_advisory_unlock(hashtext(?))").param(key).query().listOfRows();
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("No database connection for the checkout lock", e);
        }
    }

    private static void runInTransaction(Connection connection, Runnable steps) {
        try {
            connection.setAutoCommit(false);
            try {
                steps.run();
                connection.commit();
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Checkout transaction failed", e);
        }
    }
}
