package io.windowpane.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

class DirectRequestAttributesFilterTest {

    /** A wrapper that does something when an attribute is set, as Spring's resource URL encoding does. */
    private static final class AttributeWatchingWrapper extends HttpServletRequestWrapper {
        final List<String> set = new ArrayList<>();

        AttributeWatchingWrapper(HttpServletRequest request) {
            super(request);
        }

        @Override
        public void setAttribute(String name, Object value) {
            set.add(name);
            super.setAttribute(name, value);
        }
    }

    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/catalog");

    @Test
    void pageAndFilterChainSeeTheSameAttributes() throws Exception {
        HttpServletRequest security = new HttpServletRequestWrapper(new HttpServletRequestWrapper(request));
        security.setAttribute("_csrf", "token");

        HttpServletRequest page = pageRequestOf(security);
        page.setAttribute("row", "FAS-10000");

        assertThat(page.getAttribute("_csrf")).isEqualTo("token");
        assertThat(security.getAttribute("row")).isEqualTo("FAS-10000");
        assertThat(Collections.list(page.getAttributeNames())).contains("_csrf", "row");
        page.removeAttribute("row");
        assertThat(request.getAttribute("row")).isNull();
        // everything else still goes through the chain's wrappers
        assertThat(page.getRequestURI()).isEqualTo("/catalog");
    }

    @Test
    void aWrapperThatHandlesAttributesStaysInTheirPath() throws Exception {
        AttributeWatchingWrapper resourceUrls = new AttributeWatchingWrapper(request);

        HttpServletRequest page = pageRequestOf(new HttpServletRequestWrapper(resourceUrls));
        page.setAttribute("resourceUrlProvider", "provider");

        assertThat(resourceUrls.set).contains("resourceUrlProvider");
        assertThat(page.getAttribute("resourceUrlProvider")).isEqualTo("provider");
    }

    private static HttpServletRequest pageRequestOf(HttpServletRequest chainRequest) throws Exception {
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
        new DirectRequestAttributesFilter().doFilter(chainRequest, new MockHttpServletResponse(),
                (page, response) -> seen.set((HttpServletRequest) page));
        return seen.get();
    }
}
