package io.windowpane.erp.tryton;

import static io.windowpane.erp.tryton.TrytonValues.amount;
import static io.windowpane.erp.tryton.TrytonValues.orZero;
import static io.windowpane.erp.tryton.TrytonValues.stream;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.windowpane.erp.CreditAccount;
import io.windowpane.erp.Customer;
import io.windowpane.erp.CustomerSummary;
import io.windowpane.erp.ErpNotFoundException;
import io.windowpane.erp.SalesRep;
import tools.jackson.databind.JsonNode;

/**
 * Customers, their reps and credit on Tryton: customer id = party code, rep code = the commission agent's party
 * code; payment terms, delivery addresses and credit are Tryton's own.
 */
class TrytonParties {

    private final TrytonRpc rpc;
    private final TrytonCompany company;
    private final Clock clock;

    TrytonParties(TrytonRpc rpc, TrytonCompany company, Clock clock) {
        this.rpc = rpc;
        this.company = company;
        this.clock = clock;
    }

    Customer customer(String customerId) {
        JsonNode party = party(customerId, "code", "name", "customer_payment_term", "customer_payment_term.name",
                "write_date", "create_date");
        Instant now = clock.instant();
        long partyId = party.get("id").asLong();
        List<Customer.ShipTo> shipTos = stream(rpc.model("party.address.search_read",
                List.of(List.of("party", "=", partyId), List.of("delivery", "=", true)), 0, null, null,
                List.of("rec_name", "name", "street", "city", "postal_code", "country.code")))
                .map(a -> new Customer.ShipTo(a.get("id").asString(), a.path("name").isNull() || a.path("name").asString().isBlank()
                        ? party.get("name").asString() : a.get("name").asString(), TrytonValues.text(a, "street"),
                        TrytonValues.text(a, "city"), TrytonValues.text(a, "postal_code"), TrytonValues.text(a, "country.code")))
                .toList();
        String term = TrytonValues.text(party, "customer_payment_term.name");
        Customer.PaymentTerms terms = term == null ? null
                : new Customer.PaymentTerms(term, term, dueDays(party.get("customer_payment_term").asLong()));
        return new Customer(customerId, customerId, party.get("name").asString(), company.currency(), repCodeOf(partyId), terms,
                Customer.OrderBlock.NONE, shipTos, TrytonValues.modified(party), now);
    }

    List<CustomerSummary> customersOfSalesRep(String salesRepCode) {
        Instant now = clock.instant();
        return stream(rpc.model("commission.agent.selection.search_read",
                List.of(List.of("agent.party.code", "=", salesRepCode)), 0, null, List.of(List.of("party.code", "ASC")),
                List.of("party.code", "party.name")))
                .map(s -> new CustomerSummary(TrytonValues.text(s, "party.code"), TrytonValues.text(s, "party.code"),
                        TrytonValues.text(s, "party.name"), now))
                .filter(distinct(CustomerSummary::id)).toList();
    }

    SalesRep salesRep(String code) {
        JsonNode agents = rpc.model("commission.agent.search_read", List.of(List.of("party.code", "=", code)), 0, 1, null,
                List.of("party", "party.name"));
        if (agents.isEmpty()) {
            throw new ErpNotFoundException("Tryton has no sales rep (commission agent) with code " + code);
        }
        JsonNode agent = agents.get(0);
        Map<String, String> contacts = new HashMap<>();
        stream(rpc.model("party.contact_mechanism.search_read", List.of(List.of("party", "=", agent.get("party").asLong())),
                0, null, null, List.of("type", "value"))).forEach(c -> contacts.putIfAbsent(c.get("type").asString(), c.get("value").asString()));
        return new SalesRep(code, TrytonValues.text(agent, "party.name"), contacts.get("email"), contacts.get("phone"), clock.instant());
    }

    /**
     * Credit as Tryton's {@code sale_credit_limit} sees it: {@code credit_amount} is the receivable plus confirmed
     * orders not yet invoiced, so balance = receivable and open orders = the difference. Tryton refuses to confirm
     * a sale above the limit, hence policy BLOCK; a party without a limit has none.
     */
    CreditAccount credit(String customerId) {
        JsonNode party = party(customerId, "credit_limit_amount", "credit_amount", "receivable", "receivable_today",
                "write_date", "create_date");
        Currency money = company.currency();
        BigDecimal limit = TrytonValues.decimal(party.get("credit_limit_amount"));
        BigDecimal used = orZero(TrytonValues.decimal(party.get("credit_amount")));
        BigDecimal balance = orZero(TrytonValues.decimal(party.get("receivable")));
        BigDecimal overdue = orZero(TrytonValues.decimal(party.get("receivable_today"))).max(BigDecimal.ZERO);
        CreditAccount.CreditPolicy policy = limit == null ? CreditAccount.CreditPolicy.NONE : CreditAccount.CreditPolicy.BLOCK;
        BigDecimal shownLimit = limit == null ? BigDecimal.ZERO : limit;
        return new CreditAccount(customerId, amount(shownLimit, money), amount(balance, money), amount(overdue, money),
                amount(used.subtract(balance), money), amount(shownLimit.subtract(used), money), policy,
                TrytonValues.modified(party), clock.instant());
    }

    JsonNode party(String customerId, String... fields) {
        JsonNode found = rpc.model("party.party.search_read", List.of(List.of("code", "=", customerId)), 0, 1, null, List.of(fields));
        if (found.isEmpty()) {
            throw new ErpNotFoundException("Tryton has no party with code " + customerId);
        }
        return found.get(0);
    }

    private String repCodeOf(long partyId) {
        JsonNode selections = rpc.model("commission.agent.selection.search_read", List.of(List.of("party", "=", partyId)), 0, 1,
                null, List.of("agent.party.code"));
        return selections.isEmpty() ? null : TrytonValues.text(selections.get(0), "agent.party.code");
    }

    private int dueDays(long paymentTermId) {
        return stream(rpc.model("account.invoice.payment_term.line.delta.search_read",
                List.of(List.of("line.payment", "=", paymentTermId)), 0, null, null, List.of("days")))
                .mapToInt(d -> d.path("days").asInt()).max().orElse(0);
    }
    Customer.ShipTo address(long id) {
        JsonNode a = rpc.model("party.address.read", List.of(id), List.of("name", "party.name", "street", "city", "postal_code",
                "country.code")).get(0);
        String name = a.path("name").isNull() || a.path("name").asString().isBlank() ? TrytonValues.text(a, "party.name") : a.get("name").asString();
        return new Customer.ShipTo(a.get("id").asString(), name, TrytonValues.text(a, "street"), TrytonValues.text(a, "city"),
                TrytonValues.text(a, "postal_code"), TrytonValues.text(a, "country.code"));
    }

    private static <T> java.util.function.Predicate<T> distinct(Function<T, ?> key) {
        Set<Object> seen = new java.util.HashSet<>();
        return value -> seen.add(key.apply(value));
    }
}
