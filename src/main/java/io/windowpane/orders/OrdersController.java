package io.windowpane.orders;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.windowpane.account.CurrentCustomer;
import io.windowpane.account.SignedInUser;
import io.windowpane.cart.Carts;
import io.windowpane.lists.ShoppingLists;
import io.windowpane.checkout.OpenSubmissions;
import io.windowpane.web.CsvDownload;
import io.windowpane.web.ErpPanel;
import io.windowpane.web.PdfDocuments;
import io.windowpane.erp.OrderPage;
import io.windowpane.erp.OrderStatus;
import io.windowpane.erp.SalesOrder;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /orders} (history with status, date and text filters; an htmx request gets only the results),
 * {@code GET /orders/{number}} (detail with shipments), {@code GET /orders/{number}/reorder} (the preview) and
 * {@code POST /orders/{number}/reorder} (the chosen lines into the cart). Another customer's order is 404.
 */
@Controller
class OrdersController {

    static final String LIST_VIEW = "orders/list";
    static final String RESULTS_FRAGMENT = "orders/list :: results";
    static final String DETAIL_VIEW = "orders/detail";
    static final String REORDER_VIEW = "orders/reorder";

    private final OrderHistory history;
    private final Reorder reorder;
    private final Carts carts;
    private final OpenSubmissions openSubmissions;
    private final CurrentCustomer currentCustomer;
    private final ShoppingLists lists;
    private final PdfDocuments pdf;

    OrdersController(OrderHistory history, Reorder reorder, Carts carts, OpenSubmissions openSubmissions,
            CurrentCustomer currentCustomer, ShoppingLists lists, PdfDocuments pdf) {
        this.lists = lists;
        this.pdf = pdf;
        this.history = history;
        this.reorder = reorder;
        this.carts = carts;
        this.openSubmissions = openSubmissions;
        this.currentCustomer = currentCustomer;
    }

    @GetMapping("/orders")
    String list(@RequestParam(required = false) OrderStatus status, @RequestParam(required = false) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "1") int page, HtmxRequest htmx, HttpServletResponse response, Model model) {
        response.addHeader("Vary", "HX-Request");
        ErpPanel<OrderPage> orders = history.page(customerId(), status, q, from, to, page);
        if (orders.available() && page > orders.value().pageCount()) {
            // past the end (an old link, a narrower filter): the last page, rather than an empty one
            return "redirect:" + UriComponentsBuilder.fromPath("/orders").queryParamIfPresent("status", Optional.ofNullable(status))
                    .queryParamIfPresent("q", Optional.ofNullable(q)).queryParamIfPresent("from", Optional.ofNullable(from))
                    .queryParamIfPresent("to", Optional.ofNullable(to)).queryParam("page", orders.value().pageCount())
                    .encode().toUriString();
        }
        model.addAttribute("orders", orders);
        model.addAttribute("agentNames", orders.available()
                ? history.agentNames(orders.value().orders().stream().map(OrderPage.OrderSummary::salesAgent).toList()) : Map.of());
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("statuses", OrderStatus.values());
        model.addAttribute("waiting", openSubmissions.of(customerId(), user().id()));
        return htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest() ? RESULTS_FRAGMENT : LIST_VIEW;
    }

    @GetMapping("/orders/{number}")
    String detail(@PathVariable String number, Model model) {
        OrderHistory.OrderDetail detail = history.detail(customerId(), number).orElseThrow(OrdersController::notFound);
        model.addAttribute("detail", detail);
        model.addAttribute("agentNames", history.agentNames(java.util.Collections.singletonList(detail.order().salesAgent())));
        return DETAIL_VIEW;
    }

    /** The order as a PDF confirmation, from the same template the page shows it with. */
    @GetMapping("/orders/{number}/pdf")
    View pdf(@PathVariable String number, Model model) {
        detail(number, model);
        model.addAttribute("customerName", history.customerName(customerId()));
        return pdf.of("orders/pdf", "order-" + number + ".pdf");
    }

    /** The orders the filter finds, as a spreadsheet. */
    @GetMapping("/orders/export.csv")
    ResponseEntity<String> export(@RequestParam(required = false) OrderStatus status, @RequestParam(required = false) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        List<OrderPage.OrderSummary> orders = history.export(customerId(), status, q, from, to);
        return CsvDownload.attachment("orders-" + customerId(), CsvDownload.write(
                List.of("order", "po", "order_date", "status", "total", "currency", "placed_by", "sales_rep"),
                orders.stream().map(o -> List.<Object>of(o.number(), o.customerPoNumber() == null ? "" : o.customerPoNumber(),
                        o.orderDate(), o.status().name(), o.total().amount(), o.total().currency().getCurrencyCode(),
                        o.placedBy() == null ? "" : o.placedBy(), o.salesAgent() == null ? "" : o.salesAgent().code()))
                        .toList()));
    }

    @GetMapping("/orders/{number}/reorder")
    String preview(@PathVariable String number, Model model) {
        SalesOrder order = history.order(customerId(), number).orElseThrow(OrdersController::notFound);
        model.addAttribute("order", order);
        model.addAttribute("lines", reorder.preview(customerId(), order));
        return REORDER_VIEW;
    }

    /**
     * Adds the chosen lines ({@code sku} values) at the quantities given as {@code qty-SKU}. Only the order's own
     * SKUs are taken, each once, checked against the ERP in one batch.
     */
    @PostMapping("/orders/{number}/reorder")
    String addToCart(@PathVariable String number, @RequestParam(name = "sku", required = false) List<String> chosen,
            @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        SalesOrder order = history.order(customerId(), number).orElseThrow(OrdersController::notFound);
        Set<String> chosenSkus = chosen == null ? Set.of() : Set.copyOf(chosen);
        List<Carts.Request> requests = order.lines().stream().map(SalesOrder.Line::sku).distinct()
                .filter(chosenSkus::contains).map(sku -> new Carts.Request(sku, form.get("qty-" + sku))).toList();
        if (requests.isEmpty()) {
            return "redirect:/orders/" + number + "/reorder";
        }
        List<Carts.Change> changes = carts.addAll(new Carts.Owner(customerId(), user().id()), requests);
        redirect.addFlashAttribute("reordered", changes.stream().filter(Carts.Change::done).count());
        redirect.addFlashAttribute("reorderProblems", changes.stream().filter(change -> !change.done()).toList());
        return "redirect:/cart";
    }

    /** The order's lines (each SKU once, quantities added) kept as a new shared list: a template to order again. */
    @PostMapping("/orders/{number}/save-as-list")
    String saveAsList(@PathVariable String number, @RequestParam(required = false) String name, RedirectAttributes redirect) {
        SalesOrder order = history.order(customerId(), number).orElseThrow(OrdersController::notFound);
        Map<String, Integer> quantities = new LinkedHashMap<>();
        order.lines().forEach(line -> quantities.merge(line.sku(), line.qty(), Integer::sum));
        ShoppingLists.Result saved = lists.saveAs(lists.currentBuyer(), name, quantities.entrySet().stream()
                .map(line -> new ShoppingLists.Line(line.getKey(), line.getValue(), null)).toList());
        if (saved.problem() != null) {
            redirect.addFlashAttribute("saveAsProblem", saved.problem());
            redirect.addFlashAttribute("typedListName", name);
            return "redirect:/orders/" + number;
        }
        redirect.addFlashAttribute("notice", "savedFromOrder");
        return "redirect:/lists/" + saved.id();
    }

    private String customerId() {
        return currentCustomer.id().orElseThrow();
    }

    private SignedInUser user() {
        return currentCustomer.currentUser().orElseThrow();
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
