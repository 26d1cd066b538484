package io.windowpane.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.windowpane.account.PortalUsers;
import io.windowpane.account.Role;
import io.windowpane.support.PortalTest;
import io.windowpane.support.SignedInAs;
import io.windowpane.support.TestErpSimulator;

/**
 * Load on checkout and the ERP. Twenty buyers of one customer check out at once against an ERP that takes 5 s per answer. Checkouts of that
 * customer run one at a time (the rest are told one is in progress), none of them may hold the connections
 * other customers' pages need, and every order that is placed is answered with its own page, never an error.
 */
@PortalTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"windowpane.test.erp-read-timeout=8s", "windowpane.test.erp-actions-per-minute=25"})
class CheckoutUnderLoadIntegrationTest {

    private static final int BUYERS = 20;

    private final TestErpSimulator simulator = TestErpSimulator.shared();

    @Autowired
    private MockMvc mvc;

    @Autowired
    private PortalUsers users;

    @Autowired
    private JdbcClient jdbc;

    private final ExecutorService pool = Executors.newFixedThreadPool(BUYERS);

    @AfterEach
    void erpFastAgain() {
        pool.shutdownNow();
        simulator.reset();
    }

    @Test
    void slowCheckoutsOfOneCustomerLeaveOtherCustomersPagesAloneAndNeverEndInAnError() throws Exception {
        String customer = "C1003";
        List<RequestPostProcessor> buyers = buyersOf(customer);
        BigDecimal total = quotedTotal(buyers.get(0));
        String po = "PO-SLOW-" + UUID.randomUUID().toString().substring(0, 6);
        simulator.put("/sim/latency", Map.of("meanMs", 5000, "jitterMs", 0));

        List<CompletableFuture<MockHttpServletResponse>> checkouts = new ArrayList<>();
        for (int i = 0; i < BUYERS; i++) {
            RequestPostProcessor buyer = buyers.get(i);
            String ownPo = po + "-" + i;
            checkouts.add(CompletableFuture.supplyAsync(() -> place(buyer, ownPo, total), pool));
        }
        await().atMost(Duration.ofSeconds(10)).until(this::checkoutLockIsHeld);
        int otherCustomersPage = mvc.perform(get("/cart/quick-order").with(SignedInAs.user(users, "buyer@acme.test")))
                .andReturn().getResponse().getStatus();
        boolean checkoutsStillRunning = checkouts.stream().anyMatch(checkout -> !checkout.isDone());
        CompletableFuture.allOf(checkouts.toArray(CompletableFuture[]::new)).join();

        assertThat(otherCustomersPage).isEqualTo(200);
        assertThat(checkoutsStillRunning).as("the other customer's page was served while the checkouts ran").isTrue();
        List<MockHttpServletResponse> answers = checkouts.stream().map(CompletableFuture::join).toList();
        assertThat(answers).allSatisfy(answer -> assertThat(answer.getStatus()).isEqualTo(302));
        List<String> placed = answers.stream().map(MockHttpServletResponse::getRedirectedUrl)
                .filter(url -> url.startsWith("/checkout/submissions/")).toList();
        assertThat(placed).isNotEmpty();
        assertThat(answers).filteredOn(answer -> !answer.getRedirectedUrl().startsWith("/checkout/submissions/"))
                .allSatisfy(busy -> assertThat(busy.getRedirectedUrl()).as("told to try again").isEqualTo("/checkout"));
        simulator.reset();
        for (int i = 0; i < BUYERS; i++) {
            String location = answers.get(i).getRedirectedUrl();
            if (location.startsWith("/checkout/submissions/")) {
                String page = mvc.perform(get(location).with(buyers.get(i))).andReturn().getResponse().getContentAsString();
                assertThat(page).containsAnyOf("data-status=\"ACCEPTED\"", "data-status=\"PENDING\"");
            }
        }
        assertThat(jdbc.sql("select count(*) from order_submission where customer_po_number like ? and status in ('ACCEPTED', 'PENDING')")
                .param(po + "-%").query(Long.class).single()).isEqualTo(placed.size());
    }

    @Test
    void onePersonsFloodOfErpCostlyActionsIsSlowedDownWithAClearPage() throws Exception {
        users.createIfAbsent("flood@c1004.test", "not-used-here", "Flo Flood", Role.BUYER, "C1004", null);
        RequestPostProcessor flooder = SignedInAs.user(users, "flood@c1004.test");
        List<Integer> statuses = new ArrayList<>();
        MockHttpServletResponse last = null;
        for (int i = 0; i < 30; i++) {
            last = mvc.perform(post("/cart/lines").param("sku", "SAF-10000").param("qty", "1").with(flooder).with(csrf()))
                    .andReturn().getResponse();
            statuses.add(last.getStatus());
        }

        assertThat(statuses.subList(0, 25)).containsOnly(302);
        assertThat(statuses.subList(25, 30)).containsOnly(429);
        assertThat(last.getHeader("Retry-After")).isNotNull();
        assertThat(last.getContentAsString()).contains("data-testid=\"error-429\"");
        assertThat(mvc.perform(get("/cart").with(flooder)).andReturn().getResponse().getStatus())
                .as("reading pages is not limited").isEqualTo(200);
    }

    private List<RequestPostProcessor> buyersOf(String customer) throws Exception {
        List<RequestPostProcessor> buyers = new ArrayList<>();
        for (int i = 0; i < BUYERS; i++) {
            String email = "slow" + i + "@" + customer.toLowerCase() + ".test";
            users.createIfAbsent(email, "not-used-here", "Slow " + i, Role.BUYER, customer, null);
            jdbc.sql("delete from cart_line where customer_id = ? and user_id = ?").params(customer, users.loadUserByUsername(email).id()).update();
            RequestPostProcessor buyer = SignedInAs.user(users, email);
            mvc.perform(post("/cart/lines").param("sku", "SAF-10000").param("qty", "1").with(buyer).with(csrf()));
            buyers.add(buyer);
        }
        return buyers;
    }

    private BigDecimal quotedTotal(RequestPostProcessor buyer) throws Exception {
        Review review = (Review) mvc.perform(get("/checkout").with(buyer)).andReturn().getModelAndView().getModel().get("review");
        return review.quote().total().amount();
    }

    private MockHttpServletResponse place(RequestPostProcessor buyer, String po, BigDecimal total) {
        try {
            MvcResult result = mvc.perform(post("/checkout").param("customerPoNumber", po)
                    .param("submissionKey", UUID.randomUUID().toString()).param("quotedTotal", total.toPlainString())
                    .with(buyer).with(csrf())).andReturn();
            return result.getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean checkoutLockIsHeld() {
        return jdbc.sql("select count(*) from pg_locks where locktype = 'advisory' and granted").query(Long.class).single() > 0;
    }
}
