package io.windowpane.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.windowpane.account.PortalUsers;
import io.windowpane.account.Role;
import io.windowpane.credit.CreditSummary;
import io.windowpane.erp.CreditAccount;
import io.windowpane.erp.Invoice;
import io.windowpane.erp.InvoicePage;
import io.windowpane.erp.Money;
import io.windowpane.erp.Statement;
import io.windowpane.support.PortalTest;
import io.windowpane.support.SignedInAs;
import io.windowpane.support.TestErpSimulator;
import io.windowpane.web.ErpPanel;
import io.windowpane.web.Formats;

@PortalTest
@AutoConfigureMockMvc
class InvoicesIntegrationTest {

    private final TestErpSimulator simulator = TestErpSimulator.shared();

    @Autowired
    private MockMvc mvc;

    @Autowired
    private PortalUsers users;

    @Autowired
    private Formats fmt;

    @Autowired
    private CircuitBreakerRegistry circuitBreakers;

    @AfterEach
    void erpHealthyAgain() {
        simulator.reset();
        circuitBreakers.circuitBreaker("erp").reset();
    }

    @Test
    void theOpenInvoicesAddUpToTheBalanceOnTheCreditPanelAndTheStatementsAgingToIt() throws Exception {
        RequestPostProcessor acme = as("buyer@acme.test");
        CreditAccount panel = ((ErpPanel<CreditSummary>) model(get("/").with(acme), "credit")).value().account();

        Money open = allOpenInvoices(acme).stream().map(InvoicePage.InvoiceSummary::openAmount).reduce(Money::plus).orElseThrow();
        Statement statement = ((ErpPanel<Statement>) model(get("/account/statement").with(acme), "statement")).value();

        assertThat(open).isEqualTo(panel.balance());
        assertThat(statement.closingBalance()).isEqualTo(panel.balance());
        assertThat(statement.aging().total()).isEqualTo(panel.balance());
        assertThat(statement.aging().overdue()).isEqualTo(panel.overdue());
    }

    @Test
    void openInvoicesComeFirstTheLongestOverdueAtTheTopMarkedOverdue() throws Exception {
        RequestPostProcessor bolt = as("buyer@bolt.test");
        MvcResult result = mvc.perform(get("/invoices").with(bolt)).andReturn();
        InvoicePage page = ((ErpPanel<InvoicePage>) result.getModelAndView().getModel().get("invoices")).value();
        CreditAccount standing = ((ErpPanel<CreditAccount>) result.getModelAndView().getModel().get("standing")).value();
        String html = result.getResponse().getContentAsString();

        assertThat(page.invoices()).isNotEmpty().allSatisfy(i -> assertThat(i.status().name()).isEqualTo("OPEN"));
        assertThat(page.invoices()).extracting(InvoicePage.InvoiceSummary::dueDate).isSorted();
        assertThat(page.invoices().get(0).isOverdueOn(LocalDate.now())).as("Bolt pays late").isTrue();
        assertThat(html).contains("data-testid=\"invoice-overdue\"")
                .contains("data-testid=\"invoices-open-total\">" + fmt.money(standing.balance()))
                .contains("data-testid=\"invoices-overdue-total\">" + fmt.money(standing.overdue()))
                .contains("data-testid=\"as-of\"");
    }

    @Test
    void filtersByStatusInvoiceDateAndNumber() throws Exception {
        RequestPostProcessor acme = as("buyer@acme.test");
        InvoicePage all = page("/invoices?status=ALL", acme);
        InvoicePage.InvoiceSummary newest = all.invoices().get(0);
        InvoicePage.InvoiceSummary older = all.invoices().get(3);

        assertThat(page("/invoices?status=PAID", acme).invoices()).isNotEmpty()
                .allSatisfy(i -> assertThat(i.openAmount().amount()).isZero());
        assertThat(page("/invoices?status=ALL&q=" + older.number(), acme).invoices())
                .extracting(InvoicePage.InvoiceSummary::number).containsExactly(older.number());
        assertThat(page("/invoices?status=ALL&q=" + older.orderNumber(), acme).invoices())
                .extracting(InvoicePage.InvoiceSummary::number).containsExactly(older.number());
        assertThat(page("/invoices?status=ALL&from=" + newest.invoiceDate() + "&to=" + newest.invoiceDate(), acme).invoices())
                .isNotEmpty().allSatisfy(i -> assertThat(i.invoiceDate()).isEqualTo(newest.invoiceDate()));
    }

    @Test
    void anHtmxFilterAnswersOnlyTheResults() throws Exception {
        MvcResult result = mvc.perform(get("/invoices?status=PAID").header("HX-Request", "true").with(as("buyer@acme.test"))).andReturn();

        assertThat(result.getModelAndView().getViewName()).isEqualTo(InvoicesController.RESULTS_FRAGMENT);
        assertThat(result.getResponse().getContentAsString()).contains("id=\"invoice-results\"").doesNotContain("<nav class=\"navbar");
    }

    @Test
    void anInvoiceShowsItsLinesTaxPaymentsAndTheShipmentsOfItsOrder() throws Exception {
        RequestPostProcessor acme = as("buyer@acme.test");
        InvoicePage.InvoiceSummary paid = page("/invoices?status=PAID", acme).invoices().get(0);

        MvcResult result = mvc.perform(get("/invoices/" + paid.number()).with(acme)).andReturn();

        Invoice invoice = (Invoice) result.getModelAndView().getModel().get("invoice");
        String html = result.getResponse().getContentAsString();
        assertThat(invoice.payments()).isNotEmpty();
        assertThat(html).contains("data-testid=\"invoice-tax\">" + fmt.money(invoice.tax()))
                .contains("data-testid=\"invoice-total\">" + fmt.money(invoice.total()))
                .contains("href=\"/orders/" + invoice.orderNumber() + "\"").contains("data-testid=\"invoice-shipments\"")
                .contains("data-testid=\"invoice-payments\"").contains("data-testid=\"as-of\"");
        invoice.lines().forEach(line -> assertThat(html).contains(line.sku()));
    }

    @Test
    void theInvoicePdfShowsTheNumberLinesTaxAndTotalOfTheErp() throws Exception {
        RequestPostProcessor acme = as("buyer@acme.test");
        String number = page("/invoices", acme).invoices().get(0).number();
        Map<?, ?> erp = simulator.control().get().uri("/v1/invoices/{n}", number).retrieve().body(Map.class);

        MvcResult pdf = mvc.perform(get("/invoices/" + number + "/pdf").with(acme)).andReturn();

        assertThat(pdf.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
        assertThat(pdf.getResponse().getHeader("Content-Disposition")).contains(number + ".pdf");
        String text = text(pdf);
        assertThat(text).contains("Invoice " + number).contains("Acme Industrial Supply")
                .contains(money(erp.get("tax"))).contains(money(erp.get("total"))).contains(money(erp.get("openAmount")))
                .containsPattern("as of \\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2}");
        for (Object line : (List<?>) erp.get("lines")) {
            Map<?, ?> l = (Map<?, ?>) line;
            assertThat(text).contains(l.get("sku").toString()).contains(money(l.get("lineTotal")));
        }
    }

    @Test
    void theStatementAndOrderConfirmationPdfsCarryTheirFigures() throws Exception {
        RequestPostProcessor acme = as("buyer@acme.test");
        Statement statement = ((ErpPanel<Statement>) model(get("/account/statement").with(acme), "statement")).value();
        String order = page("/invoices", acme).invoices().get(0).orderNumber();
        Map<?, ?> erpOrder = simulator.control().get().uri("/v1/orders/{n}", order).retrieve().body(Map.class);

        String statementPdf = text(mvc.perform(get("/account/statement/pdf").with(acme)).andReturn());
        String orderPdf = text(mvc.perform(get("/orders/" + order + "/pdf").with(acme)).andReturn());

        assertThat(statementPdf).contains("Account statement").contains(fmt.money(statement.openingBalance()))
                .contains(fmt.money(statement.closingBalance())).contains(fmt.money(statement.aging().total()));
        assertThat(orderPdf).contains("Order confirmation " + order).contains(money(erpOrder.get("total")))
                .contains(erpOrder.get("customerPoNumber").toString());
    }

    @Test
    void aStatementCoversThePeriodChosenAndReadsReversedDatesTheOtherWayRound() throws Exception {
        RequestPostProcessor acme = as("buyer@acme.test");
        LocalDate today = LocalDate.now();
        LocalDate from = today.minusMonths(6);

        MvcResult chosen = mvc.perform(get("/account/statement?from=" + from + "&to=" + today.minusMonths(1)).with(acme)).andReturn();
        MvcResult reversed = mvc.perform(get("/account/statement?from=" + today.minusMonths(1) + "&to=" + from).with(acme)).andReturn();

        Statement shown = ((ErpPanel<Statement>) chosen.getModelAndView().getModel().get("statement")).value();
        assertThat(shown.entries()).isNotEmpty().allSatisfy(e -> assertThat(e.date()).isBetween(from, today.minusMonths(1)));
        Money running = shown.openingBalance();
        for (Statement.Entry entry : shown.entries()) {
            running = running.plus(entry.amount());
        }
        assertThat(running).isEqualTo(shown.closingBalance());
        assertThat(((ErpPanel<Statement>) reversed.getModelAndView().getModel().get("statement")).value().from()).isEqualTo(from);
        assertThat(reversed.getResponse().getContentAsString()).contains("data-testid=\"statement-swapped\"");
    }

    @Test
    void anotherCustomersInvoiceIsNotFoundOnEveryInvoiceRoute() throws Exception {
        List<InvoicePage.InvoiceSummary> acmes = page("/invoices?status=ALL", as("buyer@acme.test")).invoices();
        RequestPostProcessor bolt = as("buyer@bolt.test");

        assertThat(acmes).hasSize(Invoices.PAGE_SIZE);
        for (InvoicePage.InvoiceSummary acmeInvoice : acmes) {
            assertThat(status(get("/invoices/" + acmeInvoice.number()).with(bolt))).isEqualTo(404);
            assertThat(status(get("/invoices/" + acmeInvoice.number() + "/pdf").with(bolt))).isEqualTo(404);
        }
        assertThat(status(get("/invoices/INV999999").with(bolt))).isEqualTo(404);
        assertThat(page("/invoices?status=ALL&q=" + acmes.get(0).number(), bolt).invoices()).isEmpty();
    }

    @Test
    void theCsvHoldsEveryInvoiceTheFilterFindsAndNeverAFormula() throws Exception {
        String customer = "C1044";
        String email = "csv@" + customer.toLowerCase() + ".test";
        users.createIfAbsent(email, "not-used-here", "Csv Buyer", Role.BUYER, customer, null);
        String invoice = invoiceAnOrderWithPo(customer, "=HYPERLINK(\"http://evil.test\")-" + UUID.randomUUID().toString().substring(0, 4));
        try {
            RequestPostProcessor buyer = as(email);
            InvoicePage all = page("/invoices?status=ALL", buyer);

            MvcResult csv = mvc.perform(get("/invoices/export.csv?status=ALL").with(buyer)).andReturn();

            assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
            assertThat(csv.getResponse().getHeader("Content-Disposition")).contains("attachment").contains(".csv");
            List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv.getResponse().getContentAsString())).getRecords();
            assertThat(rows).hasSize((int) all.total());
            CSVRecord evil = rows.stream().filter(r -> r.get("invoice").equals(invoice)).findFirst().orElseThrow();
            assertThat(evil.get("po")).startsWith("'=HYPERLINK");
            assertThat(rows).allSatisfy(r -> assertThat(r.get("po")).doesNotStartWith("="));
        } finally {
            Map<?, ?> open = simulator.control().get().uri("/v1/invoices/{n}", invoice).retrieve().body(Map.class);
            simulator.control().post().uri("/sim/invoices/{n}/payments", invoice).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("amount", open.get("openAmount"), "reference", "test cleanup")).retrieve().toBodilessEntity();
        }
    }

    @Test
    void theOrdersCsvHoldsEveryOrderTheFilterFinds() throws Exception {
        RequestPostProcessor acme = as("buyer@acme.test");
        Map<?, ?> erp = simulator.control().get().uri("/v1/orders?customerId=C1000&status=CLOSED&size=1").retrieve().body(Map.class);

        MvcResult csv = mvc.perform(get("/orders/export.csv?status=CLOSED").with(acme)).andReturn();

        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.getResponse().getContentAsString())).getRecords();
        assertThat(rows).hasSize(((Number) erp.get("total")).intValue()).allSatisfy(r -> assertThat(r.get("status")).isEqualTo("CLOSED"));
    }

    @Test
    void anInvoicedOrderLinksToItsInvoice() throws Exception {
        RequestPostProcessor acme = as("buyer@acme.test");
        InvoicePage.InvoiceSummary invoice = page("/invoices", acme).invoices().get(0);

        String html = mvc.perform(get("/orders/" + invoice.orderNumber()).with(acme)).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("data-testid=\"order-invoices\"").contains("href=\"/invoices/" + invoice.number() + "\"");
    }

    @Test
    void duringAnOutageTheInvoicePagesSayWhatCannotBeShown() throws Exception {
        RequestPostProcessor acme = as("buyer@acme.test");
        String number = page("/invoices", acme).invoices().get(0).number();
        simulator.put("/sim/faults", Map.of("outage", true));

        String list = mvc.perform(get("/invoices").with(acme)).andReturn().getResponse().getContentAsString();
        String statement = mvc.perform(get("/account/statement").with(acme)).andReturn().getResponse().getContentAsString();

        assertThat(list).contains("data-testid=\"erp-unavailable\"").contains("Your invoices cannot be shown right now");
        assertThat(statement).contains("data-testid=\"erp-unavailable\"").contains("Your account statement cannot be shown right now");
        assertThat(status(get("/invoices/" + number).with(acme))).isEqualTo(503);
    }

    // ---- helpers ----

    private String invoiceAnOrderWithPo(String customer, String po) {
        Map<?, ?> placed = simulator.control().post().uri("/v1/orders").header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("customerId", customer, "customerPoNumber", po, "placedBy", "test", "lines",
                        List.of(Map.of("sku", stockedSku(), "qty", 1))))
                .retrieve().body(Map.class);
        String order = placed.get("number").toString();
        simulator.control().post().uri("/sim/orders/{n}/ship", order).contentType(MediaType.APPLICATION_JSON).body(Map.of())
                .retrieve().toBodilessEntity();
        return simulator.control().post().uri("/sim/orders/{n}/invoice", order).retrieve().body(Map.class).get("number").toString();
    }

    /** A SKU on sale with stock: an order of one of it is accepted. */
    private String stockedSku() {
        List<String> skus = java.util.stream.IntStream.range(10000, 10040).mapToObj(n -> "FAS-" + n).toList();
        List<?> items = (List<?>) simulator.control().get().uri("/v1/items?skus={s}", String.join(",", skus)).retrieve()
                .body(Map.class).get("items");
        List<?> stock = simulator.control().get().uri("/v1/stock?skus={s}", String.join(",", skus)).retrieve().body(List.class);
        return items.stream().map(i -> (Map<?, ?>) i).filter(i -> !Boolean.TRUE.equals(i.get("discontinued")))
                .map(i -> i.get("sku").toString())
                .filter(sku -> stock.stream().map(r -> (Map<?, ?>) r).anyMatch(r -> r.get("sku").equals(sku)
                        && ((Number) r.get("available")).intValue() > 5))
                .findFirst().orElseThrow();
    }

    private List<InvoicePage.InvoiceSummary> allOpenInvoices(RequestPostProcessor buyer) throws Exception {
        List<InvoicePage.InvoiceSummary> all = new ArrayList<>();
        InvoicePage page;
        int n = 1;
        do {
            page = page("/invoices?status=OPEN&page=" + n++, buyer);
            all.addAll(page.invoices());
        } while (page.page() < page.pageCount());
        return all;
    }

    private InvoicePage page(String path, RequestPostProcessor buyer) throws Exception {
        return ((ErpPanel<InvoicePage>) model(get(path).with(buyer), "invoices")).value();
    }

    private Object model(org.springframework.test.web.servlet.RequestBuilder request, String name) throws Exception {
        return mvc.perform(request).andReturn().getModelAndView().getModel().get(name);
    }

    private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private String text(MvcResult pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private String money(Object amount) {
        return fmt.money(Money.of(new BigDecimal(amount.toString()), "USD"));
    }

    private RequestPostProcessor as(String email) {
        return SignedInAs.user(users, email);
    }
}
