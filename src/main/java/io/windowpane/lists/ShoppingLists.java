package io.windowpane.lists;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.windowpane.account.CurrentCustomer;
import io.windowpane.account.SignedInUser;
import io.windowpane.erp.ErpReads;
import io.windowpane.erp.ErpUnavailableException;
import io.windowpane.web.QuantityInput;

/**
 * The lists module's API: a customer's shared shopping lists and each buyer's favourites. A list is seen only
 * by the customer it belongs to (favourites only by their buyer); anything else is not found.
 */
@Service
public class ShoppingLists {

    /** Who works with lists: the customer, and the person (a buyer, or a rep acting for the customer). */
    public record Buyer(String customerId, long userId, String name) {
    }

    /** A list as the overview shows it. */
    public record Summary(long id, String name, boolean favourites, long lines, String createdBy, java.time.Instant updatedAt) {
    }

    /** A line of a list. */
    public record Line(String sku, int quantity, String note) {
    }

    /** Why a change was not made. */
    public enum Problem {
        NAME_REQUIRED, NAME_TOO_LONG, NAME_TAKEN, UNKNOWN_SKU, INVALID_QUANTITY, NOTE_TOO_LONG, LIST_FULL, NOT_IN_LIST
    }

    static final int MAX_NAME = 80;
    static final int MAX_NOTE = 200;
    static final int MAX_LINES = 500;
    private static final Pattern SKU = Pattern.compile("[A-Z0-9][A-Z0-9._/-]{0,63}");

    private final ShoppingListRepository lists;
    private final ShoppingListLineRepository lines;
    private final JdbcClient jdbc;
    private final ErpReads erp;
    private final MessageSource messages;
    private final Clock clock;
    private final CurrentCustomer currentCustomer;

    ShoppingLists(ShoppingListRepository lists, ShoppingListLineRepository lines, JdbcClient jdbc, ErpReads erp,
            MessageSource messages, Clock clock, CurrentCustomer currentCustomer) {
        this.lists = lists;
        this.lines = lines;
        this.jdbc = jdbc;
        this.erp = erp;
        this.messages = messages;
        this.clock = clock;
        this.currentCustomer = currentCustomer;
    }

    /** The signed-in person working for the current customer. */
    public Buyer currentBuyer() {
        SignedInUser user = currentCustomer.currentUser().orElseThrow();
        return new Buyer(currentCustomer.id().orElseThrow(), user.id(), user.displayName());
    }

    /** The buyer's favourites first, then the customer's shared lists, most recently changed first. */
    @Transactional(readOnly = true)
    public List<Summary> overview(Buyer buyer) {
        List<ShoppingList> all = new java.util.ArrayList<>();
        lists.findFavourites(buyer.customerId(), buyer.userId()).ifPresent(all::add);
        all.addAll(lists.findShared(buyer.customerId()));
        Map<Long, Long> counts = all.isEmpty() ? Map.of() : lines.countLines(all.stream().map(ShoppingList::id).toList())
                .stream().collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return all.stream().map(list -> summary(list, counts.getOrDefault(list.id(), 0L))).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Summary> find(Buyer buyer, long id) {
        return visible(buyer, id).map(list -> summary(list, lines.countLines(list.id())));
    }

    @Transactional(readOnly = true)
    public List<Line> lines(Buyer buyer, long id) {
        return visible(buyer, id).map(list -> lines.findLines(list.id()).stream()
                .map(line -> new Line(line.sku(), line.quantity(), line.note())).toList()).orElse(List.of());
    }

    /** Creates a shared list; answers its id, or the problem with the name. */
    @Transactional
    public Result create(Buyer buyer, String name) {
        String clean = name == null ? "" : name.strip();
        Optional<Problem> problem = nameProblem(buyer.customerId(), clean, -1);
        if (problem.isPresent()) {
            return Result.refused(problem.get());
        }
        return Result.done(lists.save(ShoppingList.shared(buyer.customerId(), clean, buyer.name(), clock.instant())).id());
    }

    /** Saves lines as a new shared list (a cart or an order kept as a template). */
    @Transactional
    public Result saveAs(Buyer buyer, String name, List<Line> content) {
        Result created = create(buyer, name);
        if (created.problem() == null) {
            content.stream().limit(MAX_LINES).forEach(line ->
                    lines.save(new ShoppingListLine(created.id(), line.sku(), line.quantity(), line.note(), clock.instant())));
        }
        return created;
    }

    @Transactional
    public Optional<Problem> rename(Buyer buyer, long id, String name) {
        ShoppingList list = shared(buyer, id);
        String clean = name == null ? "" : name.strip();
        Optional<Problem> problem = nameProblem(buyer.customerId(), clean, id);
        problem.ifPresentOrElse(p -> { }, () -> list.rename(clean, clock.instant()));
        return problem;
    }

    @Transactional
    public void delete(Buyer buyer, long id) {
        lists.delete(shared(buyer, id));
    }

    /** Adds the SKU (its quantity added to a line already there); the ERP is asked whether the item exists. */
    @Transactional
    public Optional<Problem> add(Buyer buyer, long id, String typedSku, String typedQuantity, String note) {
        return addAll(buyer, id, List.of(new Request(typedSku, typedQuantity, note))).get(0);
    }

    /** A line to add as typed (from a file): the SKU, the quantity and a note. */
    public record Request(String sku, String quantity, String note) {
    }

    /** Adds many lines with one ERP read; answers, per request in order, the problem or empty when added. */
    @Transactional
    public List<Optional<Problem>> addAll(Buyer buyer, long id, List<Request> requests) {
        ShoppingList list = visible(buyer, id).orElseThrow(ListNotFoundException::new);
        List<String> wellFormed = requests.stream().map(request -> canonicalSku(request.sku()))
                .filter(sku -> SKU.matcher(sku).matches()).distinct().toList();
        Set<String> known = known(wellFormed);
        List<Optional<Problem>> outcomes = new java.util.ArrayList<>();
        for (Request request : requests) {
            String sku = canonicalSku(request.sku());
            Optional<Integer> quantity = QuantityInput.parse(request.quantity());
            Optional<Problem> problem = !SKU.matcher(sku).matches() || (known != null && !known.contains(sku))
                    ? Optional.of(Problem.UNKNOWN_SKU) : formProblem(quantity, request.note());
            outcomes.add(problem.isPresent() ? problem : write(list, sku, quantity.get(), request.note()));
        }
        list.touched(clock.instant());
        return outcomes;
    }

    @Transactional
    public Optional<Problem> change(Buyer buyer, long id, String sku, String typedQuantity, String note) {
        ShoppingList list = visible(buyer, id).orElseThrow(ListNotFoundException::new);
        Optional<Integer> quantity = QuantityInput.parse(typedQuantity);
        if (quantity.isEmpty()) {
            return Optional.of(Problem.INVALID_QUANTITY);
        }
        if (note != null && note.strip().length() > MAX_NOTE) {
            return Optional.of(Problem.NOTE_TOO_LONG);
        }
        Optional<ShoppingListLine> line = lines.findLine(list.id(), canonicalSku(sku));
        if (line.isEmpty()) {
            return Optional.of(Problem.NOT_IN_LIST);
        }
        line.get().change(quantity.get(), blankToNull(note));
        list.touched(clock.instant());
        return Optional.empty();
    }

    @Transactional
    public void remove(Buyer buyer, long id, String sku) {
        ShoppingList list = visible(buyer, id).orElseThrow(ListNotFoundException::new);
        if (lines.deleteLine(list.id(), canonicalSku(sku)) > 0) {
            list.touched(clock.instant());
        }
    }

    /** Stars or unstars an item in the buyer's favourites; answers whether it is a favourite now. */
    @Transactional
    public boolean toggleFavourite(Buyer buyer, String typedSku) {
        String sku = canonicalSku(typedSku);
        ShoppingList favourites = favouritesOf(buyer);
        if (lines.deleteLine(favourites.id(), sku) > 0) {
            return false;
        }
        Set<String> known = SKU.matcher(sku).matches() ? known(List.of(sku)) : Set.of();
        if ((known != null && !known.contains(sku)) || lines.countLines(favourites.id()) >= MAX_LINES) {
            return false;
        }
        lines.save(new ShoppingListLine(favourites.id(), sku, 1, null, clock.instant()));
        return true;
    }

    /**
     * Which of these SKUs the buyer has starred: asked by every catalog and product page, so one plain statement
     * (an array parameter, one plan for any number of SKUs) without an entity manager or a transaction.
     */
    public Set<String> favourites(Buyer buyer, Collection<String> skus) {
        if (skus.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                select line.sku from shopping_list_line line join shopping_list list on list.id = line.list_id
                where list.customer_id = ? and list.favourites_of = ? and line.sku = any(?)""")
                .params(buyer.customerId(), buyer.userId(), skus.toArray(String[]::new)).query(String.class).list());
    }

    /** The outcome of creating a list: its id, or why not. */
    public record Result(long id, Problem problem) {
        static Result done(long id) {
            return new Result(id, null);
        }

        static Result refused(Problem problem) {
            return new Result(-1, problem);
        }
    }

    private ShoppingList favouritesOf(Buyer buyer) {
        return lists.findFavourites(buyer.customerId(), buyer.userId()).orElseGet(() -> {
            String name = messages.getMessage("lists.favourites", null, LocaleContextHolder.getLocale());
            try {
                return lists.saveAndFlush(ShoppingList.favourites(buyer.customerId(), buyer.userId(), name, buyer.name(),
                        clock.instant()));
            } catch (DataIntegrityViolationException createdMeanwhile) {
                return lists.findFavourites(buyer.customerId(), buyer.userId()).orElseThrow();
            }
        });
    }

    private Optional<ShoppingList> visible(Buyer buyer, long id) {
        return lists.findById(id).filter(list -> list.customerId().equals(buyer.customerId()))
                .filter(list -> !list.isFavourites() || list.isFavouritesOf(buyer.userId()));
    }

    // rename and delete are for shared lists; the favourites are kept (emptied line by line)
    private ShoppingList shared(Buyer buyer, long id) {
        return visible(buyer, id).filter(list -> !list.isFavourites()).orElseThrow(ListNotFoundException::new);
    }

    private Optional<Problem> nameProblem(String customerId, String name, long exceptId) {
        if (name.isEmpty()) {
            return Optional.of(Problem.NAME_REQUIRED);
        }
        if (name.length() > MAX_NAME) {
            return Optional.of(Problem.NAME_TOO_LONG);
        }
        return lists.nameTaken(customerId, name, exceptId) ? Optional.of(Problem.NAME_TAKEN) : Optional.empty();
    }

    // one line written: added to a line already there, or new while the list has room
    private Optional<Problem> write(ShoppingList list, String sku, int quantity, String note) {
        Optional<ShoppingListLine> existing = lines.findLine(list.id(), sku);
        if (existing.isPresent()) {
            ShoppingListLine line = existing.get();
            line.change(Math.min(QuantityInput.MAX, line.quantity() + quantity), note == null || note.isBlank() ? line.note() : note.strip());
            return Optional.empty();
        }
        if (lines.countLines(list.id()) >= MAX_LINES) {
            return Optional.of(Problem.LIST_FULL);
        }
        lines.save(new ShoppingListLine(list.id(), sku, quantity, blankToNull(note), clock.instant()));
        return Optional.empty();
    }

    private static Optional<Problem> formProblem(Optional<Integer> quantity, String note) {
        if (quantity.isEmpty()) {
            return Optional.of(Problem.INVALID_QUANTITY);
        }
        return note != null && note.strip().length() > MAX_NOTE ? Optional.of(Problem.NOTE_TOO_LONG) : Optional.empty();
    }

    // the SKUs the ERP knows, in one read; null when it could not be asked (the lines are kept, shown unconfirmed)
    private Set<String> known(List<String> skus) {
        if (skus.isEmpty()) {
            return Set.of();
        }
        try {
            return erp.items(skus).keySet();
        } catch (ErpUnavailableException e) {
            return null;
        }
    }

    private static Summary summary(ShoppingList list, long lineCount) {
        return new Summary(list.id(), list.name(), list.isFavourites(), lineCount, list.createdBy(), list.updatedAt());
    }

    private static String canonicalSku(String sku) {
        return sku == null ? "" : sku.strip().toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
