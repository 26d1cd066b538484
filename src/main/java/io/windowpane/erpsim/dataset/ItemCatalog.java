package io.windowpane.erpsim.dataset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The simulated distributor's catalog: items generated from the seed, reading like an industrial-supplies
 * range (fasteners, tools, safety, electrical, plumbing, ...).
 */
public final class ItemCatalog {

    public static final String CURRENCY = "USD";

    private record Product(String noun, double minPrice, double maxPrice) {
    }

    private record Range(SimCategory category, List<String> uoms, List<Product> products, List<String> variants,
            List<String> qualifiers) {
    }

    private static final List<String> BRANDS = List.of("Ridgeline", "Kessler", "Northbay", "Ironclad", "Vantor",
            "Harbor Pro", "Stanmore", "Corvex");

    private static final List<Range> RANGES = List.of(
            new Range(new SimCategory("FAS", "Fasteners", null), List.of("BX", "BX", "EA"),
                    List.of(new Product("Hex Bolt", 8, 60), new Product("Socket Cap Screw", 10, 75),
                            new Product("Flat Washer", 3, 18), new Product("Nylon Lock Nut", 5, 30),
                            new Product("Carriage Bolt", 9, 55), new Product("Self-Drilling Screw", 7, 40),
                            new Product("Wedge Anchor", 15, 90), new Product("Threaded Rod", 4, 35)),
                    List.of("M6 x 20 mm", "M8 x 40 mm", "M10 x 50 mm", "M12 x 60 mm", "1/4\"-20 x 1\"",
                            "5/16\"-18 x 1-1/2\"", "3/8\"-16 x 2\"", "1/2\"-13 x 3\""),
                    List.of("Zinc Plated", "Stainless 304", "Stainless 316", "Black Oxide", "Hot-Dip Galvanized",
                            "Grade 8 Yellow Zinc")),
            new Range(new SimCategory("TLS", "Hand & Power Tools", null), List.of("EA"),
                    List.of(new Product("Cordless Drill 18V", 89, 320), new Product("Torque Wrench", 65, 380),
                            new Product("Combination Wrench Set", 35, 210), new Product("Screwdriver Set", 18, 95),
                            new Product("Angle Grinder", 70, 260), new Product("Hacksaw", 12, 45),
                            new Product("Utility Knife", 6, 28), new Product("Socket Set", 40, 350)),
                    List.of("Compact", "Heavy Duty", "Professional", "Metric", "SAE", "Insulated 1000V",
                            "Kit with Case", "Bare Tool"),
                    List.of("", "", "Gen 2", "with 2 Batteries", "Magnetic Tips", "Ratcheting")),
            new Range(new SimCategory("SAF", "Safety & PPE", null), List.of("PR", "EA", "BX"),
                    List.of(new Product("Nitrile Gloves", 9, 38), new Product("Cut-Resistant Gloves", 8, 32),
                            new Product("Safety Glasses", 4, 25), new Product("Hard Hat", 14, 60),
                            new Product("Hi-Vis Vest", 7, 30), new Product("Foam Ear Plugs", 20, 55),
                            new Product("N95 Respirator", 18, 70), new Product("Face Shield", 9, 40)),
                    List.of("Size S", "Size M", "Size L", "Size XL", "Universal", "ANSI Class 2", "ANSI Class 3",
                            "Anti-Fog"),
                    List.of("Blue", "Black", "Orange", "Clear Lens", "Box of 100", "Case of 10")),
            new Range(new SimCategory("ELE", "Electrical", null), List.of("EA", "RL", "BX"),
                    List.of(new Product("THHN Wire", 45, 260), new Product("Cable Ties", 6, 35),
                            new Product("Circuit Breaker", 12, 140), new Product("Duplex Receptacle", 3, 22),
                            new Product("LED High Bay", 95, 340), new Product("Electrical Tape", 2, 12),
                            new Product("Junction Box", 4, 38), new Product("Wire Connectors", 8, 40)),
                    List.of("12 AWG", "14 AWG", "10 AWG", "15A", "20A", "30A", "150W", "240W"),
                    List.of("500 ft", "100 pack", "Single Pole", "Double Pole", "UL Listed", "Weatherproof")),
            new Range(new SimCategory("PLB", "Plumbing", null), List.of("EA", "EA", "BX"),
                    List.of(new Product("Copper Elbow 90\u00b0", 2, 16), new Product("PVC Pipe Sch 40", 6, 48),
                            new Product("Brass Ball Valve", 12, 95), new Product("PTFE Thread Tape", 1, 6),
                            new Product("Compression Fitting", 3, 20), new Product("Pipe Wrench", 22, 110),
                            new Product("Check Valve", 18, 130), new Product("PEX Crimp Ring", 9, 45)),
                    List.of("1/2\"", "3/4\"", "1\"", "1-1/4\"", "1-1/2\"", "2\"", "10 ft", "Lead-Free"),
                    List.of("Copper", "Brass", "PVC", "Stainless", "NPT", "Sweat")),
            new Range(new SimCategory("ABR", "Abrasives", null), List.of("BX", "EA"),
                    List.of(new Product("Flap Disc", 25, 90), new Product("Cut-Off Wheel", 18, 75),
                            new Product("Sanding Belt", 15, 60), new Product("Wire Wheel", 9, 48),
                            new Product("Sanding Disc Hook & Loop", 12, 55), new Product("Grinding Wheel", 14, 70)),
                    List.of("4-1/2\"", "5\"", "6\"", "7\"", "1 x 30\"", "3 x 21\""),
                    List.of("40 Grit", "60 Grit", "80 Grit", "120 Grit", "Zirconia", "Ceramic")),
            new Range(new SimCategory("MHS", "Material Handling & Storage", null), List.of("EA"),
                    List.of(new Product("Hand Truck", 120, 480), new Product("Pallet Jack", 380, 1400),
                            new Product("Steel Shelving Unit", 160, 720), new Product("Stackable Storage Bin", 4, 28),
                            new Product("Stretch Film", 22, 75), new Product("Platform Cart", 140, 620)),
                    List.of("Light Duty", "Heavy Duty", "5-Shelf", "4-Shelf", "18\" Roll", "48 x 24\""),
                    List.of("Gray", "Blue", "Red", "Galvanized", "1,000 lb Capacity", "2,500 lb Capacity")),
            new Range(new SimCategory("JAN", "Janitorial & Facility", null), List.of("CS", "EA"),
                    List.of(new Product("Trash Can Liners", 25, 70), new Product("Paper Towel Rolls", 30, 85),
                            new Product("Industrial Degreaser", 15, 60), new Product("Floor Cleaner", 12, 45),
                            new Product("Mop Head", 5, 20), new Product("Hand Soap", 18, 55)),
                    List.of("33 gal", "55 gal", "1 gal", "5 gal", "Large", "Refill"),
                    List.of("Case of 6", "Case of 12", "Citrus", "Unscented", "Heavy Duty", "Green Seal")));

    private final List<SimItem> items;
    private final Map<String, SimItem> bySku;
    // what ERP users changed since start (by SKU), and the SKUs they added, in the order they were added
    private final Map<String, SimItem> changed = new ConcurrentHashMap<>();
    private final List<String> added = new CopyOnWriteArrayList<>();

    ItemCatalog(Seeds seeds, int size) {
        this.items = new ArrayList<>(size);
        this.bySku = new HashMap<>(size * 2);
        for (int i = 0; i < size; i++) {
            SimItem item = generate(seeds, i);
            items.add(item);
            bySku.put(item.sku(), item);
        }
    }

    private static SimItem generate(Seeds seeds, int index) {
        Range range = RANGES.get(index % RANGES.size());
        String sku = range.category().code() + "-" + (10000 + index / RANGES.size());
        Product product = seeds.pick(sku, 1, range.products());
        String qualifier = seeds.pick(sku, 4, range.qualifiers());
        String name = String.join(" ", seeds.pick(sku, 2, BRANDS), product.noun(), seeds.pick(sku, 3, range.variants()),
                qualifier).strip();
        // a "Case of 10" is sold by the case and a "Box of 100" by the box, whatever the range's usual units
        String uom = qualifier.startsWith("Case of") ? "CS" : qualifier.startsWith("Box of") ? "BX" : seeds.pick(sku, 5, range.uoms());
        return item(sku, name, range.category().code(), uom, seeds.amount(sku, 6, product.minPrice(), product.maxPrice()),
                seeds.percent(sku, 7, 30), seeds.percent(sku, 8, 2));
    }

    static SimItem item(String sku, String name, String category, String uom, java.math.BigDecimal listPrice,
            boolean backorderable, boolean discontinued) {
        return new SimItem(sku, name, category, uom, listPrice, CURRENCY, backorderable, discontinued,
                (name + " " + sku).toLowerCase(Locale.ROOT));
    }

    /** Adds an item, or replaces one (as an ERP user edits it); answers whether it is new. */
    boolean put(SimItem item) {
        boolean isNew = find(item.sku()).isEmpty();
        if (isNew) {
            added.add(item.sku());
        }
        changed.put(item.sku(), item);
        return isNew;
    }

    /** Undoes the changes to one item: an added one is gone, a generated one is as generated; answers whether it was generated. */
    Optional<Boolean> undo(String sku) {
        if (changed.remove(sku) == null) {
            return Optional.empty();
        }
        added.remove(sku);
        return Optional.of(bySku.containsKey(sku));
    }

    /** Back to the generated catalog; answers the SKUs that were changed (true) or added (false). */
    Map<String, Boolean> reset() {
        Map<String, Boolean> undone = new HashMap<>();
        changed.keySet().forEach(sku -> undone.put(sku, bySku.containsKey(sku)));
        changed.clear();
        added.clear();
        return undone;
    }

    public List<SimCategory> categories() {
        return RANGES.stream().map(Range::category).toList();
    }

    public Optional<SimItem> find(String sku) {
        return Optional.ofNullable(sku == null ? null : changed.getOrDefault(sku, bySku.get(sku)));
    }

    public List<SimItem> findAll(Collection<String> skus) {
        return skus.stream().distinct().map(this::find).flatMap(Optional::stream).toList();
    }

    /** The generated catalog, as at start (order history is generated from it). */
    public List<SimItem> all() {
        return items;
    }

    // the catalog as it stands: generated items as changed since, then the added ones
    private Stream<SimItem> current() {
        return Stream.concat(items.stream().map(item -> changed.getOrDefault(item.sku(), item)), added.stream().map(changed::get));
    }

    public Page<SimItem> search(String query, String category, int page, int size) {
        String[] terms = query == null || query.isBlank() ? new String[0]
                : query.toLowerCase(Locale.ROOT).trim().split("\\s+");
        Predicate<SimItem> inCategory = category == null || category.isBlank() ? item -> true
                : item -> item.category().equalsIgnoreCase(category);
        return Page.of(current().filter(inCategory).filter(item -> item.matches(terms)), page, size);
    }
}
