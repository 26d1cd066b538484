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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.windowpane.account.CurrentCustomer;
import io.windowpane.account.SignedInUser;
import io.windowpane.erp.ErpReads;
import io.windowpane.erp.ErpUnavailableException;
import io.windowpane.erp.Item;
import io.windowpane.erp.Reading;
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
    private final ErpReads erp;
    private final MessageSource messages;
    private final Clock clock;
    private final CurrentCustomer currentCustomer;

    ShoppingLists(ShoppingListRepository lists, ShoppingListLineRepository lines, ErpReads erp, MessageSource messages,
            Clock clock, CurrentCustomer currentCustomer) {
        this.lists = lists;
        this.lines = lines;
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
        return visible(buyer, id).map(list -> summary(list, lines.findLines(list.id()).size()));
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
        ShoppingList list = visible(buyer, id).orElseThrow(ListNotFoundException::new);
        String sku = canonicalSku(typedSku);
        Optional<Integer> quantity = QuantityInput.parse(typedQuantity);
        Optional<Problem> problem = lineProblem(sku, quantity, note);
        if (problem.isPresent()) {
            return problem;
        }
        Optional<ShoppingListLine> existing = lines.findLine(list.id(), sku);
        if (existing.isPresent()) {
            ShoppingListLine line = existing.get();
            line.change(Math.min(QuantityInput.MAX, line.quantity() + quantity.get()), note == null || note.isBlank() ? line.note() : note.strip());
        } else {
            if (lines.findLines(list.id()).size() >= MAX_LINES) {
                return Optional.of(Problem.LIST_FULL);
            }
            lines.save(new ShoppingListLine(list.id(), sku, quantity.get(), blankToNull(note), clock.instant()));
        }
        list.touched(clock.instant());
        return Optional.empty();
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
        if (lineProblem(sku, Optional.of(1), null).isPresent() || lines.findLines(favourites.id()).size() >= MAX_LINES) {
            return false;
        }
        lines.save(new ShoppingListLine(favourites.id(), sku, 1, null, clock.instant()));
        return true;
    }

    /** Which of these SKUs the buyer has starred. */
    @Transactional(readOnly = true)
    public Set<String> favourites(Buyer buyer, Collection<String> skus) {
        if (skus.isEmpty()) {
            return Set.of();
        }
        return lists.findFavourites(buyer.customerId(), buyer.userId())
                .map(list -> (Set<String>) new HashSet<>(lines.findSkus(list.id(), skus))).orElse(Set.of());
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
                .filter(list -> !list.isFavourites() || isFavouritesOf(list, buyer));
    }

    private boolean isFavouritesOf(ShoppingList list, Buyer buyer) {
        return lists.findFavourites(buyer.customerId(), buyer.userId()).map(own -> own.id() == list.id()).orElse(false);
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

    private Optional<Problem> lineProblem(String sku, Optional<Integer> quantity, String note) {
        if (!SKU.matcher(sku).matches()) {
            return Optional.of(Problem.UNKNOWN_SKU);
        }
        if (quantity.isEmpty()) {
            return Optional.of(Problem.INVALID_QUANTITY);
        }
        if (note != null && note.strip().length() > MAX_NOTE) {
            return Optional.of(Problem.NOTE_TOO_LONG);
        }
        try {
            Reading<Item> item = erp.items(List.of(sku)).get(sku);
            return item == null ? Optional.of(Problem.UNKNOWN_SKU) : Optional.empty();
        } catch (ErpUnavailableException e) {
            return Optional.empty(); // kept; the list shows it as not confirmed until the ERP answers
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
