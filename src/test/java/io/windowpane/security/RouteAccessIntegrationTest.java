package io.windowpane.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.windowpane.account.PortalUsers;
import io.windowpane.support.PortalTest;
import io.windowpane.support.SignedInAs;

/** Every stable route of ARCHITECTURE.md §7 for every kind of visitor, with the status each must get. */
@PortalTest
@AutoConfigureMockMvc
class RouteAccessIntegrationTest {

    enum Visitor {
        ANONYMOUS(null), BUYER("buyer@acme.test"), SALES_REP("rep@windowpane.test"), ADMIN("admin@windowpane.test");

        final String email;

        Visitor(String email) {
            this.email = email;
        }
    }

    /** What a visitor must get: exactly a status, sent to the login page, refused (403), or let through. */
    enum Outcome {
        OK, LOGIN, FORBIDDEN, ALLOWED, REDIRECT
    }

    record Route(HttpMethod method, String path) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final List<Route> BUYER_ROUTES = List.of(new Route(HttpMethod.GET, "/catalog"),
            new Route(HttpMethod.GET, "/products/FAS-10000"), new Route(HttpMethod.GET, "/cart"),
            new Route(HttpMethod.POST, "/cart/lines"), new Route(HttpMethod.GET, "/checkout"),
            new Route(HttpMethod.POST, "/checkout"), new Route(HttpMethod.GET, "/orders"),
            new Route(HttpMethod.GET, "/orders/SO100001"), new Route(HttpMethod.POST, "/orders/SO100001/reorder"));
    private static final List<Route> REP_ROUTES = List.of(new Route(HttpMethod.GET, "/rep/customers"),
            new Route(HttpMethod.POST, "/rep/acting"), new Route(HttpMethod.POST, "/rep/acting/exit"));
    private static final List<Route> ADMIN_ROUTES = List.of(new Route(HttpMethod.GET, "/admin"),
            new Route(HttpMethod.GET, "/admin/users"));

    @Autowired
    private MockMvc mvc;

    @Autowired
    private PortalUsers users;

    static Stream<Object[]> matrix() {
        List<Object[]> cases = new ArrayList<>();
        for (Visitor visitor : Visitor.values()) {
            boolean anonymous = visitor == Visitor.ANONYMOUS;
            cases.add(new Object[] {visitor, new Route(HttpMethod.GET, "/login"), anonymous ? Outcome.OK : Outcome.REDIRECT});
            cases.add(new Object[] {visitor, new Route(HttpMethod.GET, "/actuator/health"), Outcome.OK});
            cases.add(new Object[] {visitor, new Route(HttpMethod.POST, "/erp/events"), Outcome.ALLOWED});
            cases.add(new Object[] {visitor, new Route(HttpMethod.POST, "/logout"), Outcome.REDIRECT});
            cases.add(new Object[] {visitor, new Route(HttpMethod.GET, "/"),
                    anonymous ? Outcome.LOGIN : visitor == Visitor.BUYER ? Outcome.OK : Outcome.REDIRECT});
            BUYER_ROUTES.forEach(r -> cases.add(new Object[] {visitor, r, expected(visitor, Visitor.BUYER)}));
            REP_ROUTES.forEach(r -> cases.add(new Object[] {visitor, r, expected(visitor, Visitor.SALES_REP)}));
            ADMIN_ROUTES.forEach(r -> cases.add(new Object[] {visitor, r, expected(visitor, Visitor.ADMIN)}));
        }
        return cases.stream();
    }

    private static Outcome expected(Visitor visitor, Visitor owner) {
        return visitor == Visitor.ANONYMOUS ? Outcome.LOGIN : visitor == owner ? Outcome.ALLOWED : Outcome.FORBIDDEN;
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("matrix")
    void eachVisitorGetsWhatTheirRoleAllows(Visitor visitor, Route route, Outcome outcome) throws Exception {
        MockHttpServletRequestBuilder request = (route.method() == HttpMethod.GET ? get(route.path()) : post(route.path()).with(csrf()));
        if (visitor.email != null) {
            request.with(SignedInAs.user(users, visitor.email));
        }

        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        String redirect = response.getRedirectedUrl();
        switch (outcome) {
            case OK -> assertThat(response.getStatus()).isEqualTo(200);
            case LOGIN -> assertThat(redirect).endsWith("/login");
            case FORBIDDEN -> assertThat(response.getStatus()).isEqualTo(403);
            case REDIRECT -> assertThat(response.getStatus()).isEqualTo(302);
            case ALLOWED -> {
                assertThat(response.getStatus()).isNotIn(401, 403);
                assertThat(redirect == null || !redirect.endsWith("/login")).as("not sent to the login page").isTrue();
            }
        }
    }

    @ParameterizedTest(name = "{0} without a CSRF token is refused")
    @MethodSource("signedInVisitors")
    void refusesStateChangingRequestsWithoutCsrfToken(Visitor visitor) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/logout").with(SignedInAs.user(users, visitor.email)))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
    }

    @Test
    void anHtmxRequestWithoutASessionIsToldToReloadInsteadOfSwappingInTheLoginPage() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/").header("HX-Request", "true")).andReturn().getResponse();

        assertThat(response.getHeader("HX-Refresh")).isEqualTo("true");
        assertThat(response.getRedirectedUrl()).isNull();
    }

    static Stream<Visitor> signedInVisitors() {
        return Stream.of(Visitor.BUYER, Visitor.SALES_REP, Visitor.ADMIN);
    }
}
