package io.windowpane.lists;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.windowpane.web.CsvDownload;
import io.windowpane.account.CurrentCustomer;
import io.windowpane.account.SignedInUser;
import io.windowpane.cart.Carts;

/**
 * Shopping lists: {@code GET /lists} (the buyer's favourites and the customer's shared lists), {@code POST /lists}
 * creates one, {@code GET /lists/{id}} shows one priced for today; lines are added, changed and removed, the list
 * renamed or deleted, and its lines (all, or those chosen) put in the cart. Every change is a plain POST and
 * redirect, so lists work without JavaScript.
 */
@Controller
class ListsController {

    static final String OVERVIEW_VIEW = "lists/overview";
    static final String LIST_VIEW = "lists/list";

    private final ShoppingLists lists;
    private final ListPricing pricing;
    private final Carts carts;
    private final CurrentCustomer currentCustomer;

    ListsController(ShoppingLists lists, ListPricing pricing, Carts carts, CurrentCustomer currentCustomer) {
        this.lists = lists;
        this.pricing = pricing;
        this.carts = carts;
        this.currentCustomer = currentCustomer;
    }

    @GetMapping("/lists")
    String overview(Model model) {
        model.addAttribute("lists", lists.overview(buyer()));
        return OVERVIEW_VIEW;
    }

    @PostMapping("/lists")
    String create(@RequestParam(required = false) String name, Model model, RedirectAttributes redirect) {
        ShoppingLists.Result created = lists.create(buyer(), name);
        if (created.problem() != null) {
            model.addAttribute("lists", lists.overview(buyer()));
            model.addAttribute("nameProblem", created.problem());
            model.addAttribute("typedName", name);
            return OVERVIEW_VIEW;
        }
        redirect.addFlashAttribute("notice", "created");
        return "redirect:/lists/" + created.id();
    }

    @GetMapping("/lists/{id}")
    String list(@PathVariable long id, Model model) {
        ShoppingLists.Summary list = lists.find(buyer(), id).orElseThrow(ListNotFoundException::new);
        model.addAttribute("view", pricing.price(customerId(), list, lists.lines(buyer(), id)));
        return LIST_VIEW;
    }

    @PostMapping("/lists/{id}/rename")
    String rename(@PathVariable long id, @RequestParam(required = false) String name, RedirectAttributes redirect) {
        lists.rename(buyer(), id, name).ifPresentOrElse(problem -> redirect.addFlashAttribute("problem", problem),
                () -> redirect.addFlashAttribute("notice", "renamed"));
        return "redirect:/lists/" + id;
    }

    @PostMapping("/lists/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        String name = lists.find(buyer(), id).orElseThrow(ListNotFoundException::new).name();
        lists.delete(buyer(), id);
        redirect.addFlashAttribute("deleted", name);
        return "redirect:/lists";
    }

    @PostMapping("/lists/{id}/lines")
    String add(@PathVariable long id, @RequestParam(required = false) String sku, @RequestParam(required = false) String qty,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        Optional<ShoppingLists.Problem> problem = lists.add(buyer(), id, sku, qty, note);
        problem.ifPresentOrElse(p -> {
            redirect.addFlashAttribute("problem", p);
            redirect.addFlashAttribute("typedSku", sku);
            redirect.addFlashAttribute("typedQty", qty);
            redirect.addFlashAttribute("typedNote", note);
        }, () -> redirect.addFlashAttribute("added", sku == null ? "" : sku.strip().toUpperCase(java.util.Locale.ROOT)));
        return "redirect:/lists/" + id;
    }

    /** From a product page: the list is chosen in the form. */
    @PostMapping("/lists/add")
    String addToChosen(@RequestParam long list, @RequestParam(required = false) String sku,
            @RequestParam(required = false) String qty, RedirectAttributes redirect) {
        return add(list, sku, qty, null, redirect);
    }

    @PostMapping("/lists/{id}/lines/{sku}")
    String change(@PathVariable long id, @PathVariable String sku, @RequestParam(required = false) String qty,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        lists.change(buyer(), id, sku, qty, note).ifPresent(problem -> {
            redirect.addFlashAttribute("problem", problem);
            redirect.addFlashAttribute("problemSku", sku);
        });
        return "redirect:/lists/" + id;
    }

    @PostMapping("/lists/{id}/lines/{sku}/remove")
    String remove(@PathVariable long id, @PathVariable String sku) {
        lists.remove(buyer(), id, sku);
        return "redirect:/lists/" + id;
    }

    /** Puts the chosen lines ({@code sku} values; none chosen: every line) in the cart at the list's quantities. */
    @PostMapping("/lists/{id}/cart")
    String toCart(@PathVariable long id, @RequestParam(name = "sku", required = false) List<String> chosen,
            RedirectAttributes redirect) {
        ShoppingLists.Summary list = lists.find(buyer(), id).orElseThrow(ListNotFoundException::new);
        Set<String> only = chosen == null ? Set.of() : Set.copyOf(chosen);
        List<Carts.Request> requests = lists.lines(buyer(), id).stream().filter(line -> only.isEmpty() || only.contains(line.sku()))
                .map(line -> new Carts.Request(line.sku(), Integer.toString(line.quantity()))).toList();
        if (requests.isEmpty()) {
            return "redirect:/lists/" + id;
        }
        List<Carts.Change> changes = carts.addAll(new Carts.Owner(customerId(), user().id()), requests);
        redirect.addFlashAttribute("fromList", Map.of("count", changes.stream().filter(Carts.Change::done).count(),
                "name", list.name()));
        redirect.addFlashAttribute("reorderProblems", changes.stream().filter(change -> !change.done()).toList());
        return "redirect:/cart";
    }

    /** One line of a file that was not added, and why (kept in the session across the redirect). */
    record ImportProblem(long line, String sku, ShoppingLists.Problem problem) implements Serializable {
    }

    /** What an import did. */
    record ImportReport(long added, List<ImportProblem> problems) implements Serializable {
    }

    /** The list as CSV (sku, quantity, note, name), safe to open in a spreadsheet. */
    @GetMapping("/lists/{id}/export.csv")
    ResponseEntity<String> export(@PathVariable long id) {
        ShoppingLists.Summary list = lists.find(buyer(), id).orElseThrow(ListNotFoundException::new);
        return CsvDownload.attachment(list.name(), ListCsv.write(pricing.price(customerId(), list, lists.lines(buyer(), id)).rows()));
    }

    /** Lines from a CSV file (sku, quantity, note): the good ones added, each bad one reported with its line number. */
    @PostMapping("/lists/{id}/import")
    String importCsv(@PathVariable long id, @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        lists.find(buyer(), id).orElseThrow(ListNotFoundException::new);
        ListCsv.Parsed parsed = ListCsv.read(file == null ? "" : new String(file.getBytes(), StandardCharsets.UTF_8));
        if (parsed.problem() != null) {
            redirect.addFlashAttribute("importProblem", parsed.problem());
            return "redirect:/lists/" + id;
        }
        List<Optional<ShoppingLists.Problem>> outcomes = lists.addAll(buyer(), id, parsed.rows().stream()
                .map(row -> new ShoppingLists.Request(row.sku(), row.quantity(), row.note())).toList());
        List<ImportProblem> problems = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            ListCsv.Row row = parsed.rows().get(i);
            outcomes.get(i).ifPresent(problem -> problems.add(new ImportProblem(row.lineNumber(), row.sku(), problem)));
        }
        redirect.addFlashAttribute("importReport", new ImportReport(outcomes.size() - problems.size(), problems));
        return "redirect:/lists/" + id;
    }

    /** The cart as it is now, kept as a new shared list (a template to order from again). */
    @PostMapping("/lists/from-cart")
    String fromCart(@RequestParam(required = false) String name, RedirectAttributes redirect) {
        List<ShoppingLists.Line> content = carts.lines(new Carts.Owner(customerId(), user().id())).stream()
                .map(line -> new ShoppingLists.Line(line.sku(), line.quantity(), null)).toList();
        ShoppingLists.Result saved = lists.saveAs(buyer(), name, content);
        if (saved.problem() != null) {
            redirect.addFlashAttribute("saveAsProblem", saved.problem());
            redirect.addFlashAttribute("typedListName", name);
            return "redirect:/cart";
        }
        redirect.addFlashAttribute("notice", "savedFromCart");
        return "redirect:/lists/" + saved.id();
    }

    private ShoppingLists.Buyer buyer() {
        return lists.currentBuyer();
    }

    private String customerId() {
        return currentCustomer.id().orElseThrow();
    }

    private SignedInUser user() {
        return currentCustomer.currentUser().orElseThrow();
    }
}
