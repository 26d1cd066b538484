package io.windowpane.erpsim.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.windowpane.erpsim.SimulatorProperties;
import io.windowpane.erpsim.dataset.SimRejection;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@Configuration(proxyBeanMethods = false)
class GateRegistration implements WebMvcConfigurer {

    private final SimulatorGate gate;
    private final SimulatorProperties properties;

    GateRegistration(SimulatorGate gate, SimulatorProperties properties) {
        this.gate = gate;
        this.properties = properties;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(gate).addPathPatterns("/v1/**");
        if (!properties.openControls()) {
            registry.addInterceptor(new ControlKeyCheck("Bearer " + properties.apiKey())).addPathPatterns("/sim/**");
        }
    }

    /** The /sim endpoints change the ERP's data and faults: they need the API key unless opened for a demo. */
    private record ControlKeyCheck(String expectedAuthorization) implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (!expectedAuthorization.equals(request.getHeader(HttpHeaders.AUTHORIZATION))) {
                throw new SimRejection(401, "UNAUTHORIZED", "A valid API key is required");
            }
            return true;
        }
    }
}
