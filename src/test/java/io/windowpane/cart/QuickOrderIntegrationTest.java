package io.windowpane.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import io.windowpane.account.PortalUsers;
import io.windowpane.support.PortalHttp;
import io.windowpane.support.PortalTest;
import io.windowpane.support.SignedInAs;
import io.windowpane.support.TestErpSimulator;

@PortalTest
@AutoConfigureMockMvc
class QuickOrderIntegrationTest {

    @LocalServerPort
    private int port;

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
    void anUploadedCsvAddsTheGoodLinesAndReportsEachBadOneWithItsLineNumber() throws Exception {
        String discontinued = discontinuedSku();
        String csv = "sku,qty\nFAS-10004,10\nNOPE-1,2\nTLS-10000,0\n" + discontinued + ",1\nFAS-10004,4\nSAF-10000,3\n";

        MvcResult result = mvc.perform(multipart("/cart/quick-order")
                .file(new MockMultipartFile("file", "order.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(SignedInAs.user(users, "buyer@bolt.test")).with(csrf())).andReturn();

        QuickOrder.Outcome outcome = (QuickOrder.Outcome) result.getModelAndView().getModel().get("outcome");
        assertThat(outcome.added()).isEqualTo(2);
        assertThat(outcome.problems()).extracting(QuickOrderLines.Bad::lineNo, QuickOrderLines.Bad::reason).containsExactly(
                tuple(3, QuickOrderLines.Reason.UNKNOWN_SKU), tuple(4, QuickOrderLines.Reason.INVALID_QUANTITY),
                tuple(5, QuickOrderLines.Reason.DISCONTINUED));
        assertThat(outcome.combined()).extracting(QuickOrderLines.Combined::sku).containsExactly("FAS-10004");
        assertThat(jdbc.sql("select sku || ':' || quantity from cart_line where customer_id = 'C1001' order by sku")
                .query(String.class).list()).containsExactly("FAS-10004:14", "SAF-10000:3");
        String page = result.getResponse().getContentAsString();
        assertThat(page).contains("FAS-10004 was on lines 2, 6: ordered once, 14 in all.")
                .as("the table numbers the lines as the box below holds them").contains("data-line=\"1\"").contains("data-line=\"3\"")
                .doesNotContain("data-line=\"5\"");
    }

    @Test
    void fourHundredPastedLinesCostOnlyAFewErpRequests() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            lines.append(i % 2 == 0 ? "ELE-" : "PLB-").append(10000 + i / 2).append(',').append(1 + i % 5).append('\n');
        }
        String marker = "quick-" + UUID.randomUUID();

        MvcResult result = mvc.perform(multipart("/cart/quick-order").param("lines", lines.toString())
                .header("X-Request-Id", marker).with(SignedInAs.user(users, "buyer@bolt.test")).with(csrf())).andReturn();

        QuickOrder.Outcome outcome = (QuickOrder.Outcome) result.getModelAndView().getModel().get("outcome");
        assertThat(outcome.added() + outcome.problems().size()).isEqualTo(400);
        assertThat(outcome.problems()).allSatisfy(p -> assertThat(p.reason()).isEqualTo(QuickOrderLines.Reason.DISCONTINUED));
        assertThat(TestErpSimulator.shared().requestsTo("GET /v1/items", marker)).isLessThanOrEqualTo(5);
    }

    @Test
    void aFileAboveTheUploadLimitGetsAPageSayingTheLimit() {
        PortalHttp buyer = PortalHttp.visitor(port, 77);
        buyer.signIn("buyer@bolt.test", "demo");
        buyer.get("/cart/quick-order");
        String boundary = "----windowpane" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + "FAS-10004,1\n".repeat(150_000) + "\r\n--" + boundary + "--\r\n";

        HttpResponse<String> response = buyer.send(buyer.request("/cart/quick-order?_csrf=" + buyer.csrfToken())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("data-testid=\"upload-limit\"").contains("1,024 KB");
    }

    private String discontinuedSku() {
        for (int page = 1; page <= 20; page++) {
            Map<?, ?> found = (Map<?, ?>) TestErpSimulator.shared().control().get().uri("/v1/items?page={p}&size=200", page)
                    .retrieve().body(Map.class);
            for (Object item : (List<?>) found.get("items")) {
                Map<?, ?> map = (Map<?, ?>) item;
                if (Boolean.TRUE.equals(map.get("discontinued"))) {
                    return map.get("sku").toString();
                }
            }
        }
        throw new IllegalStateException("no discontinued item in the dataset");
    }
}
