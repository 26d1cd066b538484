package io.windowpane;

import java.util.Map;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;

import org.slf4j.MDC;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskDecorator;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The portal's worker threads, one bounded pool per kind of work, so slow background re-reads can never starve
 * a page's parallel reads (or the other way round): {@code pageFanOut} runs the ERP reads a page makes in
 * parallel (each fan-out waits with a deadline), {@code erpRefresh} the cache's background re-reads. Both carry
 * the request id and the signed-in user over to the worker thread.
 */
@Configuration(proxyBeanMethods = false)
class WorkerThreads {

    @Bean(name = "pageFanOut", destroyMethod = "shutdown")
    ThreadPoolTaskExecutor pageFanOut() {
        return pool("page-", 8, 32, 200, new ThreadPoolExecutor.CallerRunsPolicy());
    }

    // a full refresh queue drops the re-read: the value is served as it is and re-read on a later view
    @Bean(name = "erpRefresh", destroyMethod = "shutdown")
    ThreadPoolTaskExecutor erpRefresh() {
        return pool("refresh-", 2, 4, 500, new ThreadPoolExecutor.AbortPolicy());
    }

    private static ThreadPoolTaskExecutor pool(String prefix, int core, int max, int queue,
            RejectedExecutionHandler whenFull) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix(prefix);
        executor.setCorePoolSize(core);
        executor.setMaxPoolSize(max);
        executor.setQueueCapacity(queue);
        executor.setRejectedExecutionHandler(whenFull);
        executor.setTaskDecorator(new RequestContextCarrier());
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.initialize();
        return executor;
    }

    /** Carries the submitting thread's log context (request id) and security context to the worker. */
    static final class RequestContextCarrier implements TaskDecorator {
        @Override
        public Runnable decorate(Runnable task) {
            Map<String, String> logContext = MDC.getCopyOfContextMap();
            SecurityContext security = SecurityContextHolder.getContext();
            return () -> {
                Map<String, String> previous = MDC.getCopyOfContextMap();
                SecurityContext previousSecurity = SecurityContextHolder.getContext();
                try {
                    if (logContext != null) {
                        MDC.setContextMap(logContext);
                    }
                    SecurityContextHolder.setContext(security);
                    task.run();
                } finally {
                    if (previous != null) {
                        MDC.setContextMap(previous);
                    } else {
                        MDC.clear();
                    }
                    SecurityContextHolder.setContext(previousSecurity);
                }
            };
        }
    }
}
