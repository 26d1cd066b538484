package io.windowpane.erpsim.api;

import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import io.windowpane.erpsim.SimulatorProperties;
import io.windowpane.erpsim.dataset.SimRejection;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * In front of every /v1 endpoint, in the order a real ERP gateway would: echo the request id, count the
 * request, check the API key, then apply the simulated latency and faults.
 */
@Component
class SimulatorGate implements HandlerInterceptor {

    static final String REQUEST_ID = "X-Request-Id";

    private final SimulatorControls controls;
    private final String expectedAuthorization;

    SimulatorGate(SimulatorControls controls, SimulatorProperties properties) {
        this.controls = controls;
        this.expectedAuthorization = "Bearer " + properties.apiKey();
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws InterruptedException {
        String requestId = request.getHeader(REQUEST_ID);
        boolean given = requestId != null && !requestId.isBlank();
        response.setHeader(REQUEST_ID, given ? requestId : UUID.randomUUID().toString());
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        controls.count(request.getMethod() + " " + (pattern != null ? pattern : request.getRequestURI()), given ? requestId : null);
        if (!expectedAuthorization.equals(request.getHeader(HttpHeaders.AUTHORIZATION))) {
            throw new SimRejection(401, "UNAUTHORIZED", "A valid API key is required");
        }
        long delay = controls.nextDelayMs();
        if (delay > 0) {
            Thread.sleep(delay);
        }
        if (controls.failsNow()) {
            throw new SimRejection(503, "ERP_UNAVAILABLE", "The ERP is temporarily unavailable");
        }
        return true;
    }
}
