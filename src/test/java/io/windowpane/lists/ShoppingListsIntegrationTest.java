package io.windowpane.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import io.windowpane.account.PortalUsers;
import io.windowpane.account.Role;
import io.windowpane.support.ActingSessions;
import io.windowpane.support.PortalTest;
import io.windowpane.support.SignedInAs;
import io.windowpane.support.TestErpSimulator;

/** Shopping lists: shared by a customer's buyers, invisible to everyone else, priced today, and ordered from. */
@PortalTest
@AutoConfigureMockMvc
class ShoppingListsIntegrationTest {

    private static final String ALICE = "buyer@acme.test";
    private static final String ANDY = "second-buyer@acme.test";
    private static final String BEN = "buyer@bolt.test";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private PortalUsers users;

    @Autowired
    private JdbcClient jdbc;

    @BeforeEach
    void secondBuyerOfAcme() {
        users.createIfAbsent(ANDY, "not-used-here", "Andy Acme", Role.BUYER, "C1000", null);
        jdbc.sql("delete from cart_line where customer_id in ('C1000', 'C1001')").update();
    }

    @Test
    void aListOfOneBuyerIsSharedWithTheCustomersOtherBuyersAndNotFoundForAnotherCustomer() throws Exception {
        String name = "Restock " + UUID.randomUUID();
        long id = create(ALICE, name);
        perform(ALICE, post("/lists/{id}/lines", id).param("sku", "FAS-10004").param("qty", "5"));

        assertThat(body(ANDY, get("/lists"))).contains(name);
        assertThat(body(ANDY, get("/lists/{id}", id))).contains("FAS-10004");
        assertThat(status(BEN, get("/lists/{id}", id))).isEqualTo(404);
        assertThat(status(BEN, post("/lists/{id}/lines", id).param("sku", "FAS-10000").param("qty", "1"))).isEqualTo(404);
        assertThat(status(BEN, post("/lists/{id}/cart", id))).isEqualTo(404);
        assertThat(status(BEN, post("/lists/{id}/delete", id))).isEqualTo(404);
        assertThat(body(BEN, get("/lists"))).doesNotContain(name);
        assertThat(lines(id)).as("nothing changed by the other customer's buyer").containsExactly("FAS-10004:5");
    }

    @Test
    void favouritesAreTheBuyersOwn() throws Exception {
        perform(ALICE, post("/lists/favourites/{sku}", "TLS-10000").param("back", "/catalog?q=socket"));
        long favourites = jdbc.sql("""
                select l.id from shopping_list l join portal_user u on u.id = l.favourites_of
                where u.email = ? and l.customer_id = 'C1000'""").param(ALICE).query(Long.class).single();

        assertThat(body(ALICE, get("/lists/{id}", favourites))).contains("TLS-10000");
        assertThat(status(ANDY, get("/lists/{id}", favourites))).as("another buyer of the same customer").isEqualTo(404);

        perform(ALICE, post("/lists/favourites/{sku}", "TLS-10000"));
        assertThat(lines(favourites)).as("a second star takes it off").doesNotContain("TLS-10000:1");
    }

    @Test
    void theStarGoesBackToThePageItCameFromButNeverElsewhere() throws Exception {
        MvcResult back = perform(ALICE, post("/lists/favourites/{sku}", "FAS-10000").param("back", "/catalog?q=bolt"));
        MvcResult away = perform(ALICE, post("/lists/favourites/{sku}", "FAS-10000").param("back", "//evil.example/x"));

        assertThat(back.getResponse().getRedirectedUrl()).isEqualTo("/catalog?q=bolt");
        assertThat(away.getResponse().getRedirectedUrl()).isEqualTo("/lists");
    }

    @Test
    void linesAreAddedChangedAndRemovedAndBadInputIsRefusedWithAReason() throws Exception {
        long id = create(ALICE, "Lines " + UUID.randomUUID());

        perform(ALICE, post("/lists/{id}/lines", id).param("sku", "fas-10004").param("qty", "5").param("note", "bay 4"));
        perform(ALICE, post("/lists/{id}/lines", id).param("sku", "FAS-10004").param("qty", "3"));
        assertThat(lines(id)).as("the same SKU again adds up").containsExactly("FAS-10004:8");

        MvcResult unknown = perform(ALICE, post("/lists/{id}/lines", id).param("sku", "NOPE-1").param("qty", "1"));
        MvcResult badQuantity = perform(ALICE, post("/lists/{id}/lines", id).param("sku", "FAS-10000").param("qty", "1.5"));
        assertThat(unknown.getFlashMap().get("problem")).isEqualTo(ShoppingLists.Problem.UNKNOWN_SKU);
        assertThat(badQuantity.getFlashMap().get("problem")).isEqualTo(ShoppingLists.Problem.INVALID_QUANTITY);
        assertThat(badQuantity.getFlashMap().get("typedSku")).as("what was typed comes back").isEqualTo("FAS-10000");

        perform(ALICE, post("/lists/{id}/lines/{sku}", id, "FAS-10004").param("qty", "2").param("note", "bay 5"));
        assertThat(lines(id)).containsExactly("FAS-10004:2");
        assertThat(body(ALICE, get("/lists/{id}", id))).contains("bay 5");

        perform(ALICE, post("/lists/{id}/lines/{sku}/remove", id, "FAS-10004"));
        assertThat(lines(id)).isEmpty();
    }

    @Test
    void aListIsRenamedUnlessTheNameIsTakenAndDeleted() throws Exception {
        String taken = "Taken " + UUID.randomUUID();
        create(ALICE, taken);
        long id = create(ALICE, "Old " + UUID.randomUUID());

        MvcResult clash = perform(ANDY, post("/lists/{id}/rename", id).param("name", taken.toUpperCase()));
        assertThat(clash.getFlashMap().get("problem")).isEqualTo(ShoppingLists.Problem.NAME_TAKEN);
        MvcResult duplicate = perform(ALICE, post("/lists").param("name", taken));
        assertThat(duplicate.getResponse().getContentAsString()).contains("There is already a list called");

        String fresh = "New " + UUID.randomUUID();
        perform(ANDY, post("/lists/{id}/rename", id).param("name", fresh));
        assertThat(body(ALICE, get("/lists/{id}", id))).contains(fresh);

        perform(ANDY, post("/lists/{id}/delete", id));
        assertThat(status(ALICE, get("/lists/{id}", id))).isEqualTo(404);
    }

    @Test
    void aListIsPricedTodayForTheCustomerAtEachLinesQuantity() throws Exception {
        long id = create(ALICE, "Priced " + UUID.randomUUID());
        perform(ALICE, post("/lists/{id}/lines", id).param("sku", "FAS-10004").param("qty", "1"));

        ListView view = (ListView) perform(ALICE, get("/lists/{id}", id)).getModelAndView().getModel().get("view");

        assertThat(view.rows()).singleElement().satisfies(row -> {
            assertThat(row.unitPrice().amount()).isEqualByComparingTo(TestErpSimulator.shared().unitPrice("C1000", "FAS-10004"));
            assertThat(row.name()).isNotBlank();
            assertThat(row.status()).isIn(ListView.Status.AVAILABLE, ListView.Status.SHORT);
        });
        assertThat(view.prices().asOf()).isNotNull();
    }

    @Test
    void chosenLinesOrEveryLineGoToTheCart() throws Exception {
        long id = create(ALICE, "To cart " + UUID.randomUUID());
        perform(ALICE, post("/lists/{id}/lines", id).param("sku", "FAS-10004").param("qty", "4"));
        perform(ALICE, post("/lists/{id}/lines", id).param("sku", "TLS-10000").param("qty", "2"));

        MvcResult chosen = perform(ALICE, post("/lists/{id}/cart", id).param("sku", "TLS-10000"));
        assertThat(chosen.getResponse().getRedirectedUrl()).isEqualTo("/cart");
        assertThat(cart()).containsExactly("TLS-10000:2");

        perform(ALICE, post("/lists/{id}/cart", id));
        assertThat(cart()).containsExactlyInAnyOrder("FAS-10004:4", "TLS-10000:4");
    }

    @Test
    void theCartIsSavedAsAListToOrderFromAgain() throws Exception {
        perform(ALICE, post("/cart/lines").param("sku", "FAS-10004").param("qty", "7"));
        String name = "Template " + UUID.randomUUID();

        MvcResult saved = perform(ALICE, post("/lists/from-cart").param("name", name));

        long id = Long.parseLong(saved.getResponse().getRedirectedUrl().substring("/lists/".length()));
        assertThat(lines(id)).containsExactly("FAS-10004:7");
        assertThat(cart()).as("the cart stays as it was").containsExactly("FAS-10004:7");
    }

    @Test
    void anOrderIsSavedAsAListWithEachSkuOnce() throws Exception {
        Map<?, ?> orders = TestErpSimulator.shared().control().get().uri("/v1/orders?customerId=C1000&size=1")
                .retrieve().body(Map.class);
        String number = ((Map<?, ?>) ((List<?>) orders.get("orders")).get(0)).get("number").toString();
        Map<?, ?> order = TestErpSimulator.shared().control().get().uri("/v1/orders/{n}", number).retrieve().body(Map.class);
        Map<String, Integer> expected = new java.util.TreeMap<>();
        ((List<?>) order.get("lines")).forEach(line -> expected.merge(((Map<?, ?>) line).get("sku").toString(),
                ((Number) ((Map<?, ?>) line).get("qty")).intValue(), Integer::sum));

        MvcResult saved = perform(ANDY, post("/orders/{n}/save-as-list", number).param("name", "From " + number + " " + UUID.randomUUID()));
        MvcResult foreign = perform(BEN, post("/orders/{n}/save-as-list", number).param("name", "Not mine " + UUID.randomUUID()));

        long id = Long.parseLong(saved.getResponse().getRedirectedUrl().substring("/lists/".length()));
        assertThat(lines(id)).containsExactlyInAnyOrderElementsOf(expected.entrySet().stream()
                .map(line -> line.getKey() + ":" + line.getValue()).toList());
        assertThat(foreign.getResponse().getStatus()).as("another customer's order").isEqualTo(404);
    }

    @Test
    void aListGoesOutAsCsvSafeToOpenInASpreadsheet() throws Exception {
        long id = create(ALICE, "Export " + UUID.randomUUID());
        perform(ALICE, post("/lists/{id}/lines", id).param("sku", "FAS-10004").param("qty", "3").param("note", "=HYPERLINK(\"http://x\")"));

        MvcResult csv = perform(ALICE, get("/lists/{id}/export.csv", id));

        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        assertThat(csv.getResponse().getHeader("Content-Disposition")).startsWith("attachment").contains(".csv");
        assertThat(csv.getResponse().getContentAsString()).startsWith("sku,quantity,note,name")
                .contains("FAS-10004,3,\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(status(BEN, get("/lists/{id}/export.csv", id))).isEqualTo(404);
    }

    @Test
    void aCsvFileAddsItsGoodLinesAndNamesEachBadOneByLine() throws Exception {
        long id = create(ALICE, "Import " + UUID.randomUUID());
        String file = "sku,quantity,note\nfas-10004,2,top shelf\nNOPE-1,1,\nTLS-10000,many,\nFAS-10004,1,\n";

        MvcResult imported = perform(ALICE, multipart("/lists/{id}/import", id)
                .file(new MockMultipartFile("file", "list.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8))));
        MvcResult noHeader = perform(ALICE, multipart("/lists/{id}/import", id)
                .file(new MockMultipartFile("file", "list.csv", "text/csv", "FAS-10000,1\n".getBytes(StandardCharsets.UTF_8))));

        assertThat(lines(id)).containsExactly("FAS-10004:3");
        ListsController.ImportReport report = (ListsController.ImportReport) imported.getFlashMap().get("importReport");
        assertThat(report.added()).isEqualTo(2);
        assertThat(report.problems()).containsExactly(
                new ListsController.ImportProblem(3, "NOPE-1", ShoppingLists.Problem.UNKNOWN_SKU),
                new ListsController.ImportProblem(4, "TLS-10000", ShoppingLists.Problem.INVALID_QUANTITY));
        assertThat(noHeader.getFlashMap().get("importProblem")).isEqualTo("header");
        // the report as the buyer reads it, after the redirect, in the session
        ActingSessions session = ActingSessions.of(mvc, users, ALICE);
        session.perform(multipart("/lists/{id}/import", id)
                .file(new MockMultipartFile("file", "list.csv", "text/csv", "sku,quantity\nNOPE-2,1\n".getBytes(StandardCharsets.UTF_8))));
        assertThat(session.body(get("/lists/{id}", id))).contains("Line 2: There is no product NOPE-2 in our catalog.");
    }

    private long create(String email, String name) throws Exception {
        MvcResult created = perform(email, post("/lists").param("name", name));
        return Long.parseLong(created.getResponse().getRedirectedUrl().substring("/lists/".length()));
    }

    private List<String> lines(long listId) {
        return jdbc.sql("select sku || ':' || quantity from shopping_list_line where list_id = ? order by id")
                .param(listId).query(String.class).list();
    }

    private List<String> cart() {
        return jdbc.sql("""
                select c.sku || ':' || c.quantity from cart_line c join portal_user u on u.id = c.user_id
                where u.email = ? and c.customer_id = 'C1000' order by c.sku""").param(ALICE).query(String.class).list();
    }

    private MvcResult perform(String email, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(SignedInAs.user(users, email)).with(csrf())).andReturn();
    }

    private String body(String email, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return perform(email, request).getResponse().getContentAsString();
    }

    private int status(String email, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return perform(email, request).getResponse().getStatus();
    }
}
