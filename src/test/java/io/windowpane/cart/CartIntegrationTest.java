package io.windowpane.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.windowpane.account.PortalUsers;
import io.windowpane.support.ActingSessions;
import io.windowpane.support.PortalTest;
import io.windowpane.support.SignedInAs;
import io.windowpane.support.TestErpSimulator;

@PortalTest
@AutoConfigureMockMvc
class CartIntegrationTest {

    private static final String BUYER = "buyer@bolt.test";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private PortalUsers users;

    @Autowired
    private JdbcClient jdbc;

    @BeforeEach
    void emptyCart() {
        jdbc.sql("delete from cart_line where customer_id = 'C1001'").update();
    }

    @Test
    void addingFromAPageStoresOnlySkuAndQuantityAndSumsRepeatedAdds() throws Exception {
        add("FAS-10004", "5");
        MvcResult second = add("FAS-10004", "7");

        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo("/cart");
        assertThat(jdbc.sql("select quantity from cart_line where customer_id = 'C1001' and sku = 'FAS-10004'")
                .query(Integer.class).single()).isEqualTo(12);
        assertThat(jdbc.sql("select column_name from information_schema.columns where table_name = 'cart_line'")
                .query(String.class).list()).noneMatch(column -> column.contains("price") || column.contains("total"));
    }

    @Test
    void refusesAnUnknownSkuOrABadQuantityAndKeepsTheCartAsItWas() throws Exception {
        add("FAS-10004", "2");

        add("NOPE-404", "1");
        add("FAS-10004", "-3");
        add("FAS-10004", "2.5");

        assertThat(jdbc.sql("select sku || ':' || quantity from cart_line where customer_id = 'C1001'").query(String.class).list())
                .containsExactly("FAS-10004:2");
    }

    @Test
    void theCartIsPricedAtTheSimulatorsBreakPriceForTheQuantity() throws Exception {
        Map<?, ?> price = (Map<?, ?>) TestErpSimulator.shared().control().get().uri("/v1/customers/C1001/prices?skus=FAS-10004")
                .retrieve().body(List.class).get(0);
        List<?> breaks = (List<?>) price.get("breaks");
        Map<?, ?> last = (Map<?, ?>) breaks.get(breaks.size() - 1);
        int qty = ((Number) last.get("minQty")).intValue();
        add("FAS-10004", String.valueOf(qty));

        CartView cart = (CartView) mvc.perform(get("/cart").with(buyer())).andReturn().getModelAndView().getModel().get("cart");

        CartView.Row row = cart.rows().get(0);
        assertThat(row.unitPrice().amount()).isEqualByComparingTo(new BigDecimal(last.get("unitPrice").toString()));
        assertThat(row.lineTotal().amount()).isEqualByComparingTo(row.unitPrice().amount().multiply(BigDecimal.valueOf(qty)));
        assertThat(cart.subtotal()).isEqualTo(row.lineTotal());
    }

    @Test
    void warnsWhenTheCartIsAboveTheAvailableCredit() throws Exception {
        add("TLS-10000", "100");

        CartView cart = (CartView) mvc.perform(get("/cart").with(buyer())).andReturn().getModelAndView().getModel().get("cart");

        assertThat(cart.exceedsCredit()).isTrue();
        assertThat(cart.shortfall()).isEqualTo(cart.subtotal().minus(cart.credit().value().available()));
    }

    @Test
    void changesAndRemovesLinesInPlaceForHtmx() throws Exception {
        add("FAS-10004", "2");
        add("TLS-10000", "1");

        MvcResult changed = mvc.perform(post("/cart/lines/FAS-10004").param("qty", "9").header("HX-Request", "true")
                .with(buyer()).with(csrf())).andReturn();
        mvc.perform(post("/cart/lines/TLS-10000/remove").header("HX-Request", "true").with(buyer()).with(csrf()));

        assertThat(changed.getResponse().getContentAsString()).contains("id=\"cart-contents\"").contains("hx-swap-oob=\"true\"");
        assertThat(jdbc.sql("select sku || ':' || quantity from cart_line where customer_id = 'C1001'").query(String.class).list())
                .containsExactly("FAS-10004:9");
    }

    @Test
    void aRemovedLineIsNamedWithAnUndoThatPutsItBackWithoutJavaScript() throws Exception {
        add("FAS-10004", "6");

        // the flash travels in the session, stored in PostgreSQL, as in a browser
        ActingSessions session = ActingSessions.of(mvc, users, BUYER);
        session.perform(post("/cart/lines/FAS-10004/remove"));
        String cart = session.body(get("/cart"));
        assertThat(cart).contains("data-testid=\"cart-removed\"").contains("Removed 6 × FAS-10004 from your cart.")
                .contains("name=\"qty\" value=\"6\"");

        add("FAS-10004", "6");
        assertThat(jdbc.sql("select sku || ':' || quantity from cart_line where customer_id = 'C1001'").query(String.class).list())
                .as("Undo posts the same line back").containsExactly("FAS-10004:6");
    }

    @Test
    void anHtmxAddAnswersTheFeedbackAndTheNewBadge() throws Exception {
        MvcResult result = mvc.perform(post("/cart/lines").param("sku", "SAF-10000").param("qty", "4")
                .header("HX-Request", "true").with(buyer()).with(csrf())).andReturn();

        String html = result.getResponse().getContentAsString();
        assertThat(html).contains("data-testid=\"cart-added\"").contains("id=\"cart-badge\"").contains("hx-swap-oob=\"true\"")
                .contains(">1</span>");
    }

    @Test
    void aFullCartRefusesANewLineWithAClearMessageButStillTakesMoreOfALineItHas() throws Exception {
        long userId = users.loadUserByUsername(BUYER).id();
        jdbc.sql("""
                insert into cart_line (customer_id, user_id, sku, quantity)
                select 'C1001', ?, 'FAS-' || (10000 + n), 1 from generate_series(0, 499) n""").param(userId).update();

        MvcResult refused = add("TLS-10000", "1");
        add("FAS-10000", "4");

        assertThat(refused.getFlashMap().get("change")).isEqualTo(new Carts.Change("TLS-10000", 0, Carts.Problem.CART_FULL));
        assertThat(jdbc.sql("select count(*) from cart_line where customer_id = 'C1001'").query(Long.class).single()).isEqualTo(500);
        assertThat(jdbc.sql("select quantity from cart_line where customer_id = 'C1001' and sku = 'FAS-10000'")
                .query(Integer.class).single()).isEqualTo(5);
        String fragment = mvc.perform(post("/cart/lines").param("sku", "SAF-10000").param("qty", "1").header("HX-Request", "true")
                .with(buyer()).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("SAF-10000 was not added: a cart holds at most 500 lines");
    }

    @Test
    void aMalformedOrOverlongSkuIsRefusedEvenWhileTheErpIsDown() throws Exception {
        TestErpSimulator.shared().put("/sim/faults", Map.of("outage", true));
        try {
            MvcResult result = add("X".repeat(100), "1");
            MvcResult odd = add("<b>FAS</b>", "1");

            assertThat(result.getResponse().getStatus()).isEqualTo(302);
            assertThat(result.getFlashMap().get("change")).isEqualTo(new Carts.Change("X".repeat(100), 0, Carts.Problem.UNKNOWN_SKU));
            assertThat(odd.getResponse().getStatus()).isEqualTo(302);
            assertThat(jdbc.sql("select count(*) from cart_line where customer_id = 'C1001'").query(Long.class).single()).isZero();
        } finally {
            TestErpSimulator.shared().reset();
        }
    }

    private MvcResult add(String sku, String qty) throws Exception {
        return mvc.perform(post("/cart/lines").param("sku", sku).param("qty", qty).with(buyer()).with(csrf())).andReturn();
    }

    private RequestPostProcessor buyer() {
        return SignedInAs.user(users, BUYER);
    }
}
