package io.windowpane.erp;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Times every call of whichever {@link ErpGateway} adapter is configured, as {@value #METER} tagged with the
 * operation (the port's method) and its outcome, and logs it on {@code io.windowpane.erp.calls} (with the request
 * id, user and acting customer the logging context carries). The latency buckets make percentiles computable per
 * time window, by the integration page as by Prometheus.
 */
@Component
public class ErpCallMetering implements BeanPostProcessor {

    public static final String METER = "windowpane.erp.requests";
    /** The outcome tags of requests the ERP failed (the others are answers, refusals included). */
    public static final Set<String> FAILED_OUTCOMES = Set.of("timeout", "unavailable", "malformed", "error");
    private static final Logger calls = LoggerFactory.getLogger("io.windowpane.erp.calls");
    private static final Duration[] LATENCY_BUCKETS = java.util.stream.LongStream.of(10, 25, 50, 100, 150, 200, 300, 400,
            600, 800, 1000, 1500, 2000, 3000, 5000, 10000).mapToObj(Duration::ofMillis).toArray(Duration[]::new);

    private final ObjectProvider<MeterRegistry> registry;

    ErpCallMetering(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof ErpGateway gateway && !Proxy.isProxyClass(bean.getClass())) {
            return Proxy.newProxyInstance(ErpGateway.class.getClassLoader(), new Class<?>[] {ErpGateway.class},
                    new Timed(gateway));
        }
        return bean;
    }

    /** How a call ended; the first four are failures of the ERP, the others are answers. */
    enum Outcome {
        TIMEOUT, UNAVAILABLE, MALFORMED, ERROR, REJECTED, NOT_FOUND, SUCCESS;

        static Outcome of(Throwable failure) {
            if (failure == null) {
                return SUCCESS;
            }
            if (failure instanceof ErpTimeoutException) {
                return TIMEOUT;
            }
            if (failure instanceof ErpUnavailableException) {
                return UNAVAILABLE;
            }
            if (failure instanceof ErpMalformedResponseException) {
                return MALFORMED;
            }
            if (failure instanceof ErpRejectedException) {
                return REJECTED;
            }
            if (failure instanceof ErpNotFoundException) {
                return NOT_FOUND;
            }
            return ERROR;
        }

        String tag() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final class Timed implements InvocationHandler {

        private final ErpGateway target;

        Timed(ErpGateway target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(target, args);
            }
            long started = System.nanoTime();
            Throwable failure = null;
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                failure = e.getCause();
                throw failure;
            } finally {
                long elapsed = System.nanoTime() - started;
                Outcome outcome = Outcome.of(failure);
                Timer.builder(METER).tag("operation", method.getName()).tag("outcome", outcome.tag())
                        .serviceLevelObjectives(LATENCY_BUCKETS)
                        // buckets counted since start, whatever the registry, so any window is a difference of two readings
                        .distributionStatisticExpiry(Duration.ofDays(3650)).distributionStatisticBufferLength(1)
                        .register(registry.getObject()).record(elapsed, TimeUnit.NANOSECONDS);
                calls.info("ERP {} {} in {} ms", method.getName(), outcome.tag(), TimeUnit.NANOSECONDS.toMillis(elapsed));
            }
        }
    }
}
