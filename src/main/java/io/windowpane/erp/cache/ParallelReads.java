package io.windowpane.erp.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import io.windowpane.erp.ErpException;
import io.windowpane.erp.ErpUnavailableException;

/** ERP reads that have no batch endpoint, sent out in parallel under one deadline. */
final class ParallelReads {

    private ParallelReads() {
    }

    /**
     * Reads that have no batch endpoint (credit), in parallel, each waited for until one deadline: what did not
     * answer by then is left out (shown as unavailable), and if nothing answered the ERP is unavailable.
     */
    static <V> Map<String, V> inParallel(Set<String> keys, Function<String, V> read, Executor executor,
            long deadlineMillis) {
        Map<String, CompletableFuture<V>> futures = new LinkedHashMap<>();
        keys.forEach(key -> futures.put(key, CompletableFuture.supplyAsync(() -> read.apply(key), executor)));
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(deadlineMillis);
        Map<String, V> answered = new LinkedHashMap<>();
        ErpException lastFailure = null;
        for (Map.Entry<String, CompletableFuture<V>> future : futures.entrySet()) {
            try {
                answered.put(future.getKey(), future.getValue().get(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS));
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof ErpException erpFailure)) {
                    throw new IllegalStateException(e.getCause());
                }
                lastFailure = erpFailure;
            } catch (TimeoutException e) {
                future.getValue().cancel(true);
                lastFailure = new ErpUnavailableException("the ERP did not answer before the page's deadline", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ErpUnavailableException("interrupted while waiting for the ERP", e);
            }
        }
        if (answered.isEmpty() && lastFailure != null) {
            throw lastFailure;
        }
        return answered;
    }
}
