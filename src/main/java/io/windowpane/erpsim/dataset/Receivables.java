package io.windowpane.erpsim.dataset;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.windowpane.erpsim.dataset.SimInvoice.Settlement;
import io.windowpane.erpsim.dataset.SimInvoice.Settlement.Kind;
import io.windowpane.erpsim.dataset.SimOrder.Status;
import io.windowpane.erpsim.dataset.SimStatement.Aging;
import io.windowpane.erpsim.dataset.SimStatement.Entry;
import io.windowpane.erpsim.dataset.SimStatement.EntryType;

/**
 * The simulated ERP's receivables: one invoice per invoiced order, the payments and credit memos that settle them,
 * statements and aging. A customer's balance is the sum of its open invoice amounts, always: a balance an ERP user
 * sets (through {@code /sim}) is kept as an adjustment on top of the invoices (a balance-adjustment invoice when
 * higher, a payment on the oldest invoices when lower), so that setting the generated balance again undoes it.
 */
final class Receivables {

    private static final String ADJUSTMENT = "ADJ-";
    private static final Comparator<SimInvoice> NEWEST_FIRST = Comparator.comparing(SimInvoice::invoiceDate)
            .thenComparing(SimInvoice::number).reversed();

    private final Seeds seeds;
    private final Map<String, SimInvoice> invoices = new ConcurrentHashMap<>();
    private final Map<String, List<String>> numbersByCustomer = new ConcurrentHashMap<>();
    private final Map<String, Adjustment> adjustments = new ConcurrentHashMap<>();

    private record Adjustment(BigDecimal amount, LocalDate date, Instant at) {
    }

    Receivables(Seeds seeds) {
        this.seeds = seeds;
    }

    void clear() {
        invoices.clear();
        numbersByCustomer.clear();
        adjustments.clear();
    }

    // ---- the generated history ----

    /**
     * Invoices the customer's invoiced orders and settles them as of {@code today}: without a target balance as a
     * customer of this kind pays (most on time, some late, a few very late); with one, the newest invoices stay open
     * until they make up the target. Answers the orders, those whose invoice is paid now closed.
     */
    List<SimOrder> bill(SimCustomer customer, List<SimOrder> orders, LocalDate today, BigDecimal targetBalance) {
        List<SimOrder> result = new ArrayList<>(orders.size());
        List<SimInvoice> billed = new ArrayList<>();
        for (SimOrder order : orders) {
            if (order.status() == Status.INVOICED) {
                billed.add(invoiceOf(order, customer, invoiceDate(order, today), order.modifiedAt()));
            }
        }
        billed.sort(NEWEST_FIRST);
        BigDecimal open = BigDecimal.ZERO;
        for (SimInvoice invoice : billed) {
            SimInvoice settled;
            if (targetBalance == null) {
                settled = settleAsUsual(invoice, today);
            } else {
                BigDecimal stillOpen = targetBalance.subtract(open).max(BigDecimal.ZERO).min(invoice.total());
                settled = stillOpen.compareTo(invoice.total()) == 0 ? invoice
                        : paid(invoice, invoice.total().subtract(stillOpen), today);
                open = open.add(stillOpen);
            }
            store(settled);
        }
        for (SimOrder order : orders) {
            boolean paid = order.status() == Status.INVOICED
                    && invoices.get(invoiceNumber(order.number())).status() == SimInvoice.Status.PAID;
            result.add(paid ? order.with(Status.CLOSED, order.lines(), order.shipments(), order.modifiedAt()) : order);
        }
        numbersByCustomer.putIfAbsent(customer.id(), new CopyOnWriteArrayList<>());
        return result;
    }

    private LocalDate invoiceDate(SimOrder order, LocalDate today) {
        LocalDate shipped = order.shipments().stream().map(s -> s.shippedAt().atZone(ZoneOffset.UTC).toLocalDate())
                .max(Comparator.naturalOrder()).orElse(order.orderDate().plusDays(1));
        LocalDate date = shipped.plusDays(seeds.below(order.number(), 70, 2));
        return date.isAfter(today) ? today : date;
    }

    private SimInvoice settleAsUsual(SimInvoice invoice, LocalDate today) {
        String key = invoice.number();
        long daysLate = ChronoUnit.DAYS.between(invoice.dueDate(), today);
        boolean open = daysLate <= 0 ? !seeds.percent(key, 71, 15)
                : daysLate <= 45 ? seeds.percent(key, 72, 25) : daysLate <= 120 && seeds.percent(key, 72, 5);
        if (!open) {
            return paid(invoice, invoice.total(), today);
        }
        if (daysLate > 0 && seeds.percent(key, 73, 20)) {
            return paid(invoice, Seeds.money(invoice.total().multiply(BigDecimal.valueOf(seeds.between(key, 74, 20, 60), 2))), today);
        }
        return invoice;
    }

    /** Settles {@code amount} of the invoice by a payment around its due date, now and then partly by a credit memo. */
    private SimInvoice paid(SimInvoice invoice, BigDecimal amount, LocalDate today) {
        if (amount.signum() <= 0) {
            return invoice;
        }
        String key = invoice.number();
        LocalDate date = within(invoice.dueDate().minusDays(seeds.between(key, 75, -6, 10)), invoice, today);
        SimInvoice result = invoice;
        BigDecimal rest = amount;
        if (amount.compareTo(invoice.total()) == 0 && seeds.percent(key, 76, 5)) {
            BigDecimal credited = Seeds.money(amount.multiply(BigDecimal.valueOf(seeds.between(key, 77, 5, 25), 2)));
            LocalDate creditedOn = within(invoice.invoiceDate().plusDays(seeds.between(key, 78, 2, 9)), invoice, date);
            result = result.settled(new Settlement(creditedOn, credited, "CM" + key.substring(3), Kind.CREDIT_MEMO),
                    invoice.modifiedAt());
            rest = rest.subtract(credited);
        }
        String reference = seeds.percent(key, 79, 70) ? String.format("ACH %08d", seeds.below(key, 80, 100_000_000))
                : String.format("CHK %06d", seeds.below(key, 80, 1_000_000));
        return result.settled(new Settlement(date, rest, reference, Kind.PAYMENT), invoice.modifiedAt());
    }

    private static LocalDate within(LocalDate date, SimInvoice invoice, LocalDate latest) {
        LocalDate earliest = invoice.invoiceDate().plusDays(1).isAfter(latest) ? latest : invoice.invoiceDate().plusDays(1);
        return date.isBefore(earliest) ? earliest : date.isAfter(latest) ? latest : date;
    }

    // ---- the ERP at work ----

    /** Invoices a shipped order today: its total becomes open on the customer's account. */
    SimInvoice invoice(SimOrder order, SimCustomer customer, LocalDate today, Instant at) {
        SimInvoice invoice = invoiceOf(order, customer, today, at);
        store(invoice);
        return invoice;
    }

    /** Records a customer's payment against one invoice (not against a balance adjustment). */
    SimInvoice pay(String number, BigDecimal amount, String reference, LocalDate today, Instant at) {
        SimInvoice invoice = Optional.ofNullable(invoices.get(number))
                .orElseThrow(() -> SimRejection.notFound("Invoice", number));
        if (amount == null || amount.signum() <= 0 || amount.compareTo(invoice.openAmount()) > 0) {
            throw new SimRejection(400, "INVALID_AMOUNT", "A payment must be above zero and at most the open amount "
                    + invoice.openAmount());
        }
        SimInvoice paid = invoice.settled(new Settlement(today, Seeds.money(amount),
                reference == null || reference.isBlank() ? "Payment" : reference.trim(), Kind.PAYMENT), at);
        invoices.put(number, paid);
        return paid;
    }

    /** An ERP user sets the customer's balance: kept as an adjustment on top of the invoices (see the class). */
    void setBalance(SimCustomer customer, BigDecimal balance, LocalDate today, Instant at) {
        BigDecimal invoiced = baseInvoices(customer.id()).stream().map(SimInvoice::openAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal amount = balance.subtract(invoiced);
        if (amount.signum() == 0) {
            adjustments.remove(customer.id());
        } else {
            adjustments.put(customer.id(), new Adjustment(amount, today, at));
        }
    }

    // ---- reads ----

    /** The customer's invoices, newest first. */
    List<SimInvoice> of(SimCustomer customer) {
        List<SimInvoice> all = new ArrayList<>(baseInvoices(customer.id()));
        Adjustment adjustment = adjustments.get(customer.id());
        if (adjustment != null && adjustment.amount().signum() > 0) {
            all.add(new SimInvoice(ADJUSTMENT + customer.id(), customer.id(), null, null, adjustment.date(),
                    adjustment.date().plusDays(customer.paymentTerms().dueDays()), customer.currency(), List.of(),
                    adjustment.amount(), BigDecimal.ZERO.setScale(2), adjustment.amount(), List.of(), adjustment.at()));
        } else if (adjustment != null) {
            all = applyOldestFirst(all, adjustment.amount().negate(), adjustment);
        }
        all.sort(NEWEST_FIRST);
        return all;
    }

    Optional<String> customerOf(String invoiceNumber) {
        if (invoiceNumber.startsWith(ADJUSTMENT)) {
            return Optional.of(invoiceNumber.substring(ADJUSTMENT.length()));
        }
        return Optional.ofNullable(invoices.get(invoiceNumber)).map(SimInvoice::customerId);
    }

    BigDecimal balance(SimCustomer customer) {
        return of(customer).stream().map(SimInvoice::openAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal overdue(SimCustomer customer, LocalDate today) {
        return of(customer).stream().filter(i -> i.dueDate().isBefore(today)).map(SimInvoice::openAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    SimStatement statement(SimCustomer customer, LocalDate from, LocalDate to) {
        List<Entry> all = new ArrayList<>();
        List<SimInvoice> invoicesByThen = of(customer).stream().filter(i -> !i.invoiceDate().isAfter(to)).toList();
        for (SimInvoice invoice : invoicesByThen) {
            all.add(new Entry(invoice.invoiceDate(), EntryType.INVOICE, invoice.number(), invoice.number(), invoice.total(), null));
            invoice.settlements().forEach(s -> all.add(new Entry(s.date(),
                    s.kind() == Kind.PAYMENT ? EntryType.PAYMENT : EntryType.CREDIT_MEMO, s.reference(), invoice.number(),
                    s.amount().negate(), null)));
        }
        all.sort(Comparator.comparing(Entry::date).thenComparing(Entry::type).thenComparing(Entry::reference));
        BigDecimal opening = all.stream().filter(e -> e.date().isBefore(from)).map(Entry::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal running = opening;
        List<Entry> entries = new ArrayList<>();
        for (Entry entry : all) {
            if (!entry.date().isBefore(from) && !entry.date().isAfter(to)) {
                running = running.add(entry.amount());
                entries.add(new Entry(entry.date(), entry.type(), entry.reference(), entry.invoiceNumber(), entry.amount(), running));
            }
        }
        return new SimStatement(customer.id(), from, to, opening, List.copyOf(entries), running, aging(invoicesByThen, to),
                customer.currency());
    }

    private static Aging aging(List<SimInvoice> invoices, LocalDate day) {
        BigDecimal[] buckets = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (SimInvoice invoice : invoices) {
            BigDecimal open = invoice.openAmountOn(day);
            if (open.signum() != 0) {
                long late = ChronoUnit.DAYS.between(invoice.dueDate(), day);
                int bucket = late <= 0 ? 0 : late <= 30 ? 1 : late <= 60 ? 2 : late <= 90 ? 3 : 4;
                buckets[bucket] = buckets[bucket].add(open);
            }
        }
        return new Aging(buckets[0].setScale(2), buckets[1].setScale(2), buckets[2].setScale(2), buckets[3].setScale(2),
                buckets[4].setScale(2));
    }

    // ---- internals ----

    static String invoiceNumber(String orderNumber) {
        return "INV" + orderNumber.substring(2);
    }

    private SimInvoice invoiceOf(SimOrder order, SimCustomer customer, LocalDate date, Instant at) {
        List<SimInvoice.Line> lines = order.lines().stream().map(l -> new SimInvoice.Line(l.lineNo(), l.sku(), l.name(),
                l.qty(), l.uom(), l.unitPrice(), l.lineTotal())).toList();
        return new SimInvoice(invoiceNumber(order.number()), customer.id(), order.number(), order.customerPoNumber(),
                date, date.plusDays(customer.paymentTerms().dueDays()), order.currency(), lines, order.subtotal(),
                order.tax(), order.total(), List.of(), at);
    }

    private void store(SimInvoice invoice) {
        invoices.put(invoice.number(), invoice);
        numbersByCustomer.computeIfAbsent(invoice.customerId(), id -> new CopyOnWriteArrayList<>()).add(invoice.number());
    }

    private List<SimInvoice> baseInvoices(String customerId) {
        return numbersByCustomer.getOrDefault(customerId, List.of()).stream().map(invoices::get).toList();
    }

    private static List<SimInvoice> applyOldestFirst(List<SimInvoice> all, BigDecimal amount, Adjustment adjustment) {
        List<SimInvoice> oldestFirst = new ArrayList<>(all);
        oldestFirst.sort(NEWEST_FIRST.reversed());
        List<SimInvoice> result = new ArrayList<>();
        BigDecimal left = amount;
        for (SimInvoice invoice : oldestFirst) {
            BigDecimal applied = left.min(invoice.openAmount());
            if (applied.signum() > 0) {
                LocalDate date = adjustment.date().isBefore(invoice.invoiceDate()) ? invoice.invoiceDate() : adjustment.date();
                result.add(invoice.settled(new Settlement(date, applied, "Balance adjustment", Kind.PAYMENT), adjustment.at()));
                left = left.subtract(applied);
            } else {
                result.add(invoice);
            }
        }
        return result;
    }
}
