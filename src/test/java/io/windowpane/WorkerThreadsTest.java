package io.windowpane;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import io.windowpane.erp.ErpRequestIds;

class WorkerThreadsTest {

    private final ExecutorService worker = Executors.newSingleThreadExecutor();

    @AfterEach
    void cleanUp() {
        worker.shutdownNow();
        MDC.clear();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aWorkerThreadRunsWithTheRequestIdAndTheSignedInUserOfWhoeverHandedItTheTask() throws Exception {
        MDC.put(ErpRequestIds.MDC_KEY, "req-42");
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("buyer@acme.test", null));
        CompletableFuture<String> seen = new CompletableFuture<>();

        worker.execute(new WorkerThreads.RequestContextCarrier().decorate(() -> seen.complete(MDC.get(ErpRequestIds.MDC_KEY)
                + " " + SecurityContextHolder.getContext().getAuthentication().getName())));

        assertThat(seen.get(5, TimeUnit.SECONDS)).isEqualTo("req-42 buyer@acme.test");
    }

    @Test
    void theWorkerThreadForgetsThemAfterTheTask() throws Exception {
        MDC.put(ErpRequestIds.MDC_KEY, "req-43");
        worker.execute(new WorkerThreads.RequestContextCarrier().decorate(() -> { }));
        CompletableFuture<String> after = new CompletableFuture<>();

        worker.execute(() -> after.complete(String.valueOf(MDC.get(ErpRequestIds.MDC_KEY))));

        assertThat(after.get(5, TimeUnit.SECONDS)).isEqualTo("null");
    }
}
