package io.windowpane.erpsim.dataset;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.windowpane.erpsim.dataset.SimCustomer.Blocked;
import io.windowpane.erpsim.dataset.SimCustomer.PaymentTerms;
import io.windowpane.erpsim.dataset.SimCustomer.ShipTo;

/**
 * Generates the customer accounts. The first three are the demo customers of ARCHITECTURE.md §7:
 * C1000 (ample credit) and C1001 (close to its limit) assigned to rep R01, C1002 assigned to R02.
 */
final class CustomerGenerator {

    private static final List<PaymentTerms> TERMS = List.of(new PaymentTerms("NET30", "Net 30 days", 30),
            new PaymentTerms("NET45", "Net 45 days", 45), new PaymentTerms("NET60", "Net 60 days", 60),
            new PaymentTerms("2/10NET30", "2% 10 days, net 30 days", 30));
    private static final List<String> NAME_HEADS = List.of("Northwind", "Great Lakes", "Summit", "Keystone",
            "Red River", "Blue Ridge", "Prairie", "Harborview", "Ironwood", "Granite State", "Lone Star", "Cascade",
            "Tri-County", "Riverside", "Pioneer", "Atlas");
    private static final List<String> NAME_TRADES = List.of("Machining", "Mechanical", "Fabrication",
            "Facility Services", "Electric", "Plumbing & Heating", "Construction", "Manufacturing", "Maintenance",
            "Millwork");
    private static final List<String> NAME_FORMS = List.of("Inc.", "LLC", "Co.", "Corp.", "Group");
    private static final List<String[]> CITIES = List.of(new String[] {"Chicago", "60607"},
            new String[] {"Milwaukee", "53204"}, new String[] {"Dallas", "75207"}, new String[] {"Houston", "77002"},
            new String[] {"Newark", "07105"}, new String[] {"Columbus", "43215"}, new String[] {"Denver", "80216"},
            new String[] {"Atlanta", "30318"}, new String[] {"Kansas City", "64120"}, new String[] {"Nashville", "37210"});
    private static final List<String> STREETS = List.of("Industrial Pkwy", "Commerce Dr", "Foundry St", "Mill Rd",
            "Enterprise Ave", "Harbor Blvd", "Rail Yard Way", "Depot St");
    private static final List<String> SITE_NAMES = List.of("Main Plant", "Warehouse", "Service Center", "Job Site Yard");
    private static final List<BigDecimal> TAX_RATES = List.of(new BigDecimal("0.0625"), new BigDecimal("0.0700"),
            new BigDecimal("0.0825"), new BigDecimal("0.0600"));

    private record Demo(String name, String domain, String rep, int coverage, int discount) {
    }

    private static final List<Demo> DEMO = List.of(
            new Demo("Acme Industrial Supply", "acme.test", "R01", 60, 18),
            new Demo("Bolt & Beam Fabrication", "bolt.test", "R01", 50, 12),
            new Demo("Cobalt Mechanical Contractors", "cobalt.test", "R02", 40, 10));

    private final Seeds seeds;
    private final Instant at;

    CustomerGenerator(Seeds seeds, Instant at) {
        this.seeds = seeds;
        this.at = at;
    }

    List<SimCustomer> generate(int count) {
        List<SimCustomer> customers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            customers.add(i < DEMO.size() ? demo(i, DEMO.get(i)) : generated(i));
        }
        return customers;
    }

    private SimCustomer demo(int index, Demo demo) {
        String id = id(index);
        return new SimCustomer(id, number(index), demo.name(), ItemCatalog.CURRENCY, demo.rep(), TERMS.get(0),
                Blocked.NONE, shipTos(id, demo.name(), 2), at, new BigDecimal("0.0825"), demo.coverage(),
                demo.discount(), demo.domain());
    }

    private SimCustomer generated(int index) {
        String id = id(index);
        String name = String.join(" ", seeds.pick(id, 41, NAME_HEADS), seeds.pick(id, 42, NAME_TRADES),
                seeds.pick(id, 43, NAME_FORMS));
        String domain = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "").substring(0, 10) + ".test";
        // one in twenty accounts is blocked in the ERP, in one way or the other
        Blocked blocked = index % 20 == 19 ? (index % 40 == 39 ? Blocked.ALL : Blocked.SHIP) : Blocked.NONE;
        String rep = "R0" + (1 + index % 8);
        return new SimCustomer(id, number(index), name, ItemCatalog.CURRENCY, rep, seeds.pick(id, 44, TERMS),
                blocked, shipTos(id, name, seeds.between(id, 45, 1, 3)), at, seeds.pick(id, 46, TAX_RATES),
                seeds.between(id, 47, 0, 60), seeds.between(id, 48, 5, 20), domain);
    }

    private List<ShipTo> shipTos(String id, String name, int count) {
        List<ShipTo> shipTos = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            String key = id + "/ship" + n;
            String[] city = seeds.pick(key, 49, CITIES);
            shipTos.add(new ShipTo(id + "-" + n, name + " \u2013 " + SITE_NAMES.get(n - 1),
                    seeds.between(key, 50, 100, 9899) + " " + seeds.pick(key, 51, STREETS), city[0], city[1], "US"));
        }
        return List.copyOf(shipTos);
    }

    static String id(int index) {
        return "C" + (1000 + index);
    }

    private static String number(int index) {
        return "CUST-" + (1000 + index);
    }
}
