package io.windowpane.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Set;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets the page reach the request's attributes without passing the wrappers of the filter chain that only hand them
 * on. Thymeleaf keeps a page's variables as request attributes, so a catalog page reads them thousands of times,
 * and each read went down the session's, the firewall's and the security headers' wrappers (a tenth of the page's
 * CPU). A wrapper that does something with attributes is kept in the path; Spring's resource URL encoding, the
 * one such filter, runs after this one and so wraps it. Runs on the request itself only: a forward or include
 * wraps this request again in the container's own wrapper, whose attributes of the dispatch then come first.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class DirectRequestAttributesFilter extends OncePerRequestFilter {

    private static final Set<String> ATTRIBUTE_METHODS = Set.of("getAttribute", "getAttributeNames", "setAttribute",
            "removeAttribute");

    /** Whether a wrapper class (or one between it and the plain wrapper) has its own way with attributes. */
    private static final ClassValue<Boolean> HANDLES_ATTRIBUTES = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            for (Class<?> c = type; c != HttpServletRequestWrapper.class && c != ServletRequestWrapper.class;
                    c = c.getSuperclass()) {
                if (Arrays.stream(c.getDeclaredMethods()).anyMatch(method -> ATTRIBUTE_METHODS.contains(method.getName()))) {
                    return true;
                }
            }
            return false;
        }
    };

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new DirectAttributes(request), response);
    }

    private static final class DirectAttributes extends HttpServletRequestWrapper {

        private final ServletRequest source;

        DirectAttributes(HttpServletRequest request) {
            super(request);
            ServletRequest innermost = request;
            while (innermost instanceof ServletRequestWrapper wrapper && !HANDLES_ATTRIBUTES.get(wrapper.getClass())) {
                innermost = wrapper.getRequest();
            }
            this.source = innermost;
        }

        @Override
        public Object getAttribute(String name) {
            return source.getAttribute(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            return source.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            source.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            source.removeAttribute(name);
        }
    }
}
