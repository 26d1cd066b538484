package io.windowpane.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.windowpane.account.PortalUsers;
import io.windowpane.support.ActingSessions;
import io.windowpane.support.PortalTest;
import io.windowpane.support.SignedInAs;
import io.windowpane.support.TestErpSimulator;

/** Every stable route of ARCHITECTURE.md §7 for every kind of visitor, with the status each must get. */
@PortalTest
@AutoConfigureMockMvc
class RouteAccessIntegrationTest {

    enum Visitor {
        ANONYMOUS(null), BUYER("buyer@acme.test"), SALES_REP("rep@windowpane.test"), ADMIN("admin@windowpane.test"),
        /** The rep while acting for C1000: the buyer's pages, the rep's own, never the admin's. */
        ACTING_REP("rep@windowpane.test");

        final String email;

        Visitor(String email) {
            this.email = email;
        }
    }

    /** What a visitor must get: exactly a status, sent to the login page, refused (403), or the route's own answer. */
    enum Outcome {
        OK, LOGIN, FORBIDDEN, ROUTES_OWN, REDIRECT
    }

    /**
     * A real route and what its owner gets from it, exactly ({@code {order}} and {@code {invoice}} are one of buyer
     * C1000's ERP orders and invoices;
     * the buyer's cart is empty, so checkout sends them back to the cart).
     */
    record Route(HttpMethod method, String path, int ownersStatus) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final List<Route> BUYER_ROUTES = List.of(new Route(HttpMethod.GET, "/catalog", 200),
            new Route(HttpMethod.GET, "/products/FAS-10000", 200), new Route(HttpMethod.POST, "/products/FAS-10000/quantity", 302),
            new Route(HttpMethod.GET, "/cart", 200),
            new Route(HttpMethod.GET, "/cart/quick-order", 200), new Route(HttpMethod.POST, "/cart/lines", 302),
            new Route(HttpMethod.GET, "/checkout", 302), new Route(HttpMethod.POST, "/checkout", 302),
            new Route(HttpMethod.GET, "/orders", 200), new Route(HttpMethod.GET, "/orders/{order}", 200),
            new Route(HttpMethod.GET, "/orders/{order}/reorder", 200), new Route(HttpMethod.POST, "/orders/{order}/reorder", 302),
            new Route(HttpMethod.GET, "/orders/{order}/pdf", 200), new Route(HttpMethod.GET, "/orders/export.csv", 200),
            new Route(HttpMethod.GET, "/lists", 200), new Route(HttpMethod.POST, "/lists/favourites/FAS-10000", 302),
            new Route(HttpMethod.GET, "/invoices", 200), new Route(HttpMethod.GET, "/invoices/{invoice}", 200),
            new Route(HttpMethod.GET, "/invoices/{invoice}/pdf", 200), new Route(HttpMethod.GET, "/invoices/export.csv", 200),
            new Route(HttpMethod.GET, "/account/statement", 200), new Route(HttpMethod.GET, "/account/statement/pdf", 200));
    private static final List<Route> REP_ROUTES = List.of(new Route(HttpMethod.GET, "/rep/customers", 200),
            new Route(HttpMethod.GET, "/rep/orders", 200), new Route(HttpMethod.GET, "/rep/activity", 200));
    /** Starting and ending acting: reps and admins (who act for support). */
    private static final List<Route> ACTING_ROUTES = List.of(new Route(HttpMethod.GET, "/rep/acting?customer=C1000", 200),
            new Route(HttpMethod.POST, "/rep/acting/exit", 302));
    private static final List<Route> ADMIN_ROUTES = List.of(new Route(HttpMethod.GET, "/admin", 200),
            new Route(HttpMethod.GET, "/admin/audit", 200), new Route(HttpMethod.GET, "/admin/content/banners", 200),
            new Route(HttpMethod.GET, "/admin/content/banners/new", 200),
            new Route(HttpMethod.GET, "/admin/content/banners/preview?customer=C1000", 200),
            new Route(HttpMethod.GET, "/admin/content/pages", 200), new Route(HttpMethod.GET, "/admin/content/pages/new", 200),
            new Route(HttpMethod.GET, "/admin/content/products", 200),
            new Route(HttpMethod.GET, "/admin/content/products/FAS-10004", 200),
            new Route(HttpMethod.GET, "/admin/content/products/import", 200),
            // no file chosen: back to the product's page with a notice
            new Route(HttpMethod.POST, "/admin/content/products/FAS-10004/images", 302),
            new Route(HttpMethod.GET, "/admin/users", 200), new Route(HttpMethod.GET, "/admin/users/new", 200));
    /** Every signed-in person, whatever their role. */
    private static final List<Route> SIGNED_IN_ROUTES = List.of(new Route(HttpMethod.GET, "/media/" + "0".repeat(64), 404),
            new Route(HttpMethod.GET, "/account", 200));
    private static final List<Route> OWN_BUYER_ROUTES = List.of(new Route(HttpMethod.GET, "/account/activity", 200));

    @Autowired
    private MockMvc mvc;

    @Autowired
    private PortalUsers users;

    @Autowired
    private JdbcClient jdbc;

    static Stream<Object[]> matrix() {
        List<Object[]> cases = new ArrayList<>();
        for (Visitor visitor : Visitor.values()) {
            boolean anonymous = visitor == Visitor.ANONYMOUS;
            cases.add(new Object[] {visitor, new Route(HttpMethod.GET, "/login", 200), anonymous ? Outcome.OK : Outcome.REDIRECT});
            cases.add(new Object[] {visitor, new Route(HttpMethod.GET, "/actuator/health", 200), Outcome.OK});
            // reached by everyone, and refused for want of a signature rather than of a session
            cases.add(new Object[] {visitor, new Route(HttpMethod.POST, "/erp/events", 401), Outcome.ROUTES_OWN});
            cases.add(new Object[] {visitor, new Route(HttpMethod.POST, "/logout", 302), Outcome.REDIRECT});
            // a password link's page: open to all, and a link that is not valid is gone
            cases.add(new Object[] {visitor, new Route(HttpMethod.GET, "/set-password?token=none", 410), Outcome.ROUTES_OWN});
            cases.add(new Object[] {visitor, new Route(HttpMethod.GET, "/", 200), anonymous ? Outcome.LOGIN
                    : visitor == Visitor.BUYER || visitor == Visitor.ACTING_REP ? Outcome.OK : Outcome.REDIRECT});
            BUYER_ROUTES.forEach(r -> cases.add(new Object[] {visitor, r, expected(visitor, Visitor.BUYER, Visitor.ACTING_REP)}));
            OWN_BUYER_ROUTES.forEach(r -> cases.add(new Object[] {visitor, r, expected(visitor, Visitor.BUYER)}));
            REP_ROUTES.forEach(r -> cases.add(new Object[] {visitor, r, expected(visitor, Visitor.SALES_REP, Visitor.ACTING_REP)}));
            ACTING_ROUTES.forEach(r -> cases.add(new Object[] {visitor, r,
                    expected(visitor, Visitor.SALES_REP, Visitor.ACTING_REP, Visitor.ADMIN)}));
            ADMIN_ROUTES.forEach(r -> cases.add(new Object[] {visitor, r, expected(visitor, Visitor.ADMIN)}));
            SIGNED_IN_ROUTES.forEach(r -> cases.add(new Object[] {visitor, r, expected(visitor, Visitor.values())}));
        }
        return cases.stream();
    }

    private static Outcome expected(Visitor visitor, Visitor... owners) {
        return visitor == Visitor.ANONYMOUS ? Outcome.LOGIN
                : List.of(owners).contains(visitor) ? Outcome.ROUTES_OWN : Outcome.FORBIDDEN;
    }

    @BeforeEach
    void emptyC1000sCarts() {
        jdbc.sql("delete from cart_line where customer_id = 'C1000'").update();
    }

    private static String acmeInvoice() {
        Map<?, ?> page = TestErpSimulator.shared().control().get().uri("/v1/invoices?customerId=C1000&size=1").retrieve().body(Map.class);
        return ((Map<?, ?>) ((List<?>) page.get("invoices")).get(0)).get("number").toString();
    }

    private static String acmeOrder() {
        Map<?, ?> page = TestErpSimulator.shared().control().get().uri("/v1/orders?customerId=C1000&size=1").retrieve().body(Map.class);
        return ((Map<?, ?>) ((List<?>) page.get("orders")).get(0)).get("number").toString();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("matrix")
    void eachVisitorGetsWhatTheirRoleAllows(Visitor visitor, Route route, Outcome outcome) throws Exception {
        String path = route.path().replace("{order}", acmeOrder()).replace("{invoice}", acmeInvoice());
        MockHttpServletRequestBuilder request = route.method() == HttpMethod.GET ? get(path) : post(path).with(csrf());
        MockHttpServletResponse response;
        if (visitor == Visitor.ACTING_REP) {
            ActingSessions acting = ActingSessions.of(mvc, users, visitor.email);
            assertThat(acting.actFor("C1000", "ACCOUNT_REVIEW", null).getResponse().getRedirectedUrl()).isEqualTo("/");
            // a form the portal rendered while acting names the customer it was for
            response = acting.perform(route.method() == HttpMethod.GET ? request : request.param("actingFor", "C1000")).getResponse();
        } else {
            if (visitor.email != null) {
                request.with(SignedInAs.user(users, visitor.email));
            }
            response = mvc.perform(request).andReturn().getResponse();
        }

        String redirect = response.getRedirectedUrl();
        switch (outcome) {
            case OK -> assertThat(response.getStatus()).isEqualTo(200);
            case LOGIN -> assertThat(redirect).endsWith("/login");
            case FORBIDDEN -> assertThat(response.getStatus()).isEqualTo(403);
            case REDIRECT -> assertThat(response.getStatus()).isEqualTo(302);
            case ROUTES_OWN -> {
                assertThat(response.getStatus()).isEqualTo(route.ownersStatus());
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
