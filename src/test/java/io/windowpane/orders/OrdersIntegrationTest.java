package io.windowpane.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.windowpane.account.PortalUsers;
import io.windowpane.erp.OrderPage;
import io.windowpane.support.PortalTest;
import io.windowpane.support.SignedInAs;
import io.windowpane.support.TestErpSimulator;
import io.windowpane.web.ErpPanel;

@PortalTest
@AutoConfigureMockMvc
class OrdersIntegrationTest {

    private final TestErpSimulator simulator = TestErpSimulator.shared();

    @Autowired
    private MockMvc mvc;

    @Autowired
    private PortalUsers users;

    @Autowired
    private OrderHistory history;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void theHistoryIsExactlyTheCustomersErpOrdersNewestFirst() throws Exception {
        Map<?, ?> erp = simulator.control().get().uri("/v1/orders?customerId=C1000&size=20").retrieve().body(Map.class);

        OrderPage shown = page("/orders");

        assertThat(shown.total()).isEqualTo(((Number) erp.get("total")).longValue());
        List<?> erpOrders = (List<?>) erp.get("orders");
        assertThat(shown.orders()).hasSize(erpOrders.size());
        for (int i = 0; i < erpOrders.size(); i++) {
            Map<?, ?> expected = (Map<?, ?>) erpOrders.get(i);
            assertThat(shown.orders().get(i).number()).isEqualTo(expected.get("number"));
            assertThat(shown.orders().get(i).total().amount()).isEqualByComparingTo(new BigDecimal(expected.get("total").toString()));
        }
    }

    @Test
    void filtersByStatusDateRangeAndSearchesByNumberOrPo() throws Exception {
        OrderPage closed = page("/orders?status=CLOSED");
        OrderPage all = page("/orders");
        String number = all.orders().get(0).number();
        String po = all.orders().get(1).customerPoNumber();
        LocalDate day = all.orders().get(0).orderDate();

        assertThat(closed.orders()).isNotEmpty().allSatisfy(o -> assertThat(o.status().name()).isEqualTo("CLOSED"));
        assertThat(page("/orders?q=" + number).orders()).extracting(OrderPage.OrderSummary::number).containsExactly(number);
        assertThat(page("/orders?q=" + po).orders()).extracting(OrderPage.OrderSummary::customerPoNumber).contains(po);
        assertThat(page("/orders?from=" + day + "&to=" + day).orders())
                .isNotEmpty().allSatisfy(o -> assertThat(o.orderDate()).isEqualTo(day));
    }

    @Test
    void aPagePastTheEndGoesToTheLastPageKeepingTheFilter() throws Exception {
        int last = page("/orders?status=INVOICED").pageCount();

        String target = mvc.perform(get("/orders?status=INVOICED&page=999").with(acme())).andReturn().getResponse().getRedirectedUrl();

        assertThat(target).isEqualTo("/orders?status=INVOICED&page=" + last);
        assertThat(page(target).orders()).isNotEmpty();
    }

    @Test
    void anHtmxFilterAnswersOnlyTheResults() throws Exception {
        MvcResult result = mvc.perform(get("/orders?status=INVOICED").header("HX-Request", "true").with(acme())).andReturn();

        assertThat(result.getModelAndView().getViewName()).isEqualTo(OrdersController.RESULTS_FRAGMENT);
        assertThat(result.getResponse().getContentAsString()).contains("id=\"order-results\"").doesNotContain("<nav class=\"navbar");
    }

    @Test
    void anotherCustomersOrderIsNotFoundOnEveryOrderRoute() throws Exception {
        Map<?, ?> acmeOrders = simulator.control().get().uri("/v1/orders?customerId=C1000&size=1").retrieve().body(Map.class);
        String acmeOrder = ((Map<?, ?>) ((List<?>) acmeOrders.get("orders")).get(0)).get("number").toString();
        RequestPostProcessor bolt = SignedInAs.user(users, "buyer@bolt.test");

        assertThat(mvc.perform(get("/orders/" + acmeOrder).with(bolt)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/orders/" + acmeOrder + "/reorder").with(bolt)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/orders/" + acmeOrder + "/reorder").param("sku", "FAS-10004").with(bolt).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/orders/SO999999").with(bolt)).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aShipmentPostedInTheErpShowsWithinTwoSecondsOnTheOrderAndTheHistory() throws Exception {
        String number = erpOrderByEdi("PO-SHIP-");
        // both pages read once, so the shipment has to reach them through the ERP's change events
        assertThat(mvc.perform(get("/orders/" + number).with(acme())).andReturn().getResponse().getContentAsString())
                .doesNotContain("123456789012");
        assertThat(statusInHistory(number)).isEqualTo("OPEN");

        simulator.control().post().uri("/sim/orders/{n}/ship", number).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("carrier", "FedEx", "trackingNumber", "123456789012")).retrieve().toBodilessEntity();

        await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> {
            String html = mvc.perform(get("/orders/" + number).with(acme())).andReturn().getResponse().getContentAsString();
            assertThat(html).contains("123456789012").contains("https://www.fedex.com/fedextrack/?trknbr=123456789012");
        });
        OrderHistory.OrderDetail detail = (OrderHistory.OrderDetail) mvc.perform(get("/orders/" + number).with(acme()))
                .andReturn().getModelAndView().getModel().get("detail");
        assertThat(detail.order().status().name()).isEqualTo("SHIPPED");
        assertThat(detail.order().lines()).allSatisfy(l -> assertThat(l.shippedQty()).isEqualTo(l.qty()));
        await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> assertThat(statusInHistory(number)).isEqualTo("SHIPPED"));
    }

    private String statusInHistory(String number) throws Exception {
        return page("/orders?q=" + number).orders().stream().filter(o -> o.number().equals(number)).findFirst()
                .orElseThrow().status().name();
    }

    @Test
    void aTrackingNumberThatIsNotAUrlIsShownAsTextAndTheOrderStillOpens() throws Exception {
        String number = erpOrderByEdi("PO-TRK-");
        simulator.control().post().uri("/sim/orders/{n}/ship", number).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("carrier", "UPS", "trackingNumber", "1Z<script>x")).retrieve().toBodilessEntity();

        var response = mvc.perform(get("/orders/" + number).with(acme())).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("1Z&lt;script&gt;x").doesNotContain("1Z<script>");
    }

    @Test
    void aReorderTakesOnlyTheOrdersOwnLinesCheckedInOneErpRequest() throws Exception {
        String number = page("/orders").orders().get(0).number();
        List<String> ownSkus = history.order("C1000", number).orElseThrow().lines().stream().map(l -> l.sku()).distinct().toList();
        long userId = users.loadUserByUsername("buyer@acme.test").id();
        jdbc.sql("delete from cart_line where customer_id = 'C1000' and user_id = ?").param(userId).update();
        String marker = "reorder-" + UUID.randomUUID();
        var reorder = post("/orders/" + number + "/reorder").header("X-Request-Id", marker);
        ownSkus.forEach(sku -> reorder.param("sku", sku).param("qty-" + sku, "1"));
        for (int i = 0; i < 200; i++) {
            reorder.param("sku", "ZZZ-" + i).param("qty-ZZZ-" + i, "1");
        }

        mvc.perform(reorder.with(acme()).with(csrf()));

        assertThat(jdbc.sql("select sku from cart_line where customer_id = 'C1000' and user_id = ?").param(userId)
                .query(String.class).list()).isNotEmpty().allSatisfy(sku -> assertThat(ownSkus).contains(sku));
        assertThat(simulator.requestsTo("GET /v1/items", marker)).isLessThanOrEqualTo(1);
    }

    /** An order of C1000 placed straight in the ERP (as EDI would), with a PO number made from the prefix. */
    private String erpOrderByEdi(String poPrefix) {
        Map<?, ?> placed = simulator.control().post().uri("/v1/orders").header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("customerId", "C1000", "customerPoNumber", poPrefix + System.nanoTime(), "placedBy", "EDI",
                        "lines", List.of(Map.of("sku", "FAS-10004", "qty", 1))))
                .retrieve().body(Map.class);
        return placed.get("number").toString();
    }

    @SuppressWarnings("unchecked")
    private OrderPage page(String url) throws Exception {
        return ((ErpPanel<OrderPage>) mvc.perform(get(url).with(acme())).andReturn().getModelAndView().getModel().get("orders")).value();
    }

    private RequestPostProcessor acme() {
        return SignedInAs.user(users, "buyer@acme.test");
    }
}
