package io.windowpane.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** What buyers type finds what they mean: the index with its query building, on items named like the catalog's. */
class CatalogIndexTest {

    private final SearchProperties properties = new SearchProperties(true, null, new ClassPathResource("search/synonyms.txt"), 200, 16, 100);
    private final CatalogIndex index = new CatalogIndex(properties, new SearchQueries(properties));

    CatalogIndexTest() throws IOException {
        index.put(List.of(
                item("FAS-10000", "Ironclad Socket Cap Screw 1/2\"-13 x 3\" Hot-Dip Galvanized", "FAS", 0),
                item("FAS-10001", "Kessler Hex Bolt M12 x 60 mm Zinc Plated", "FAS", 1),
                item("FAS-10002", "Northbay Hex Bolt 1/4\"-20 x 1\" Stainless 304", "FAS", 2),
                item("FAS-10003", "Vantor Carriage Bolt M8 x 40 mm Black Oxide", "FAS", 3),
                item("FAS-10004", "Corvex Flat Washer M12 x 60 mm Stainless 316", "FAS", 4),
                item("PLB-10000", "Stanmore PTFE Thread Tape 1/2\" Brass", "PLB", 5),
                item("SAF-10000", "Harbor Pro Nitrile Gloves Size L Box of 100", "SAF", 6),
                item("TLS-10000", "Ridgeline Socket Set Metric Ratcheting", "TLS", 7),
                item("FAS-10040", "Kessler Nylon Lock Nut M10 x 50 mm Zinc Plated", "FAS", 8)));
        index.markReady();
    }

    @AfterEach
    void close() throws IOException {
        index.destroy();
    }

    @Test
    void aRepeatedSearchAnswersTheSameUntilTheIndexChangesThenTheNewAnswer() throws IOException {
        assertThat(index.search("washer", null, 1, 10).orElseThrow().skus()).containsExactly("FAS-10004");
        assertThat(index.search("washer", null, 1, 10).orElseThrow().total()).isEqualTo(1);

        index.put(List.of(item("FAS-10005", "Corvex Fender Washer M8 Zinc Plated", "FAS", 9)));

        assertThat(index.search("washer", null, 1, 10).orElseThrow().skus()).containsExactlyInAnyOrder("FAS-10004", "FAS-10005");
        assertThat(index.search("washer", null, 1, 10).orElseThrow().total()).isEqualTo(2);
    }

    @Test
    void pluralsFindTheSingular() {
        assertThat(skus("bolts")).containsExactlyInAnyOrder("FAS-10001", "FAS-10002", "FAS-10003");
        assertThat(skus("hex bolts")).containsExactlyInAnyOrder("FAS-10001", "FAS-10002");
        assertThat(skus("glove")).containsExactly("SAF-10000");
    }

    @Test
    void aSkuIsFoundHoweverItIsWrittenAndComesFirst() {
        for (String typed : List.of("fas10004", "FAS 10004", "fas-10004", "FAS-10004")) {
            assertThat(skus(typed)).as(typed).first().isEqualTo("FAS-10004");
        }
        assertThat(skus("fas1000")).as("a SKU's start").contains("FAS-10000", "FAS-10004").doesNotContain("PLB-10000");
    }

    @Test
    void sizesAreFoundHoweverTheyAreWritten() {
        assertThat(skus("M12x60")).containsExactlyInAnyOrder("FAS-10001", "FAS-10004");
        assertThat(skus("m12 x 60")).containsExactlyInAnyOrder("FAS-10001", "FAS-10004");
        assertThat(skus("hex bolt m12x60")).containsExactly("FAS-10001");
        assertThat(skus("1/4-20")).containsExactly("FAS-10002");
        assertThat(skus("1/2\"-13")).containsExactly("FAS-10000");
    }

    @Test
    void aWordOfFiveLettersOrMoreMayBeMisspelt() {
        assertThat(skus("sokcet")).contains("FAS-10000", "TLS-10000");
        assertThat(skus("galvanised")).containsExactly("FAS-10000");
        assertThat(skus("blot")).as("four letters: no guessing").isEmpty();
    }

    @Test
    void synonymsComeFromTheFile() {
        assertThat(skus("teflon tape")).containsExactly("PLB-10000");
        assertThat(skus("ratchet")).containsExactly("TLS-10000");
    }

    @Test
    void compoundsAreFoundJoinedOrApart() {
        assertThat(skus("hotdip")).containsExactly("FAS-10000");
        assertThat(skus("hot dip")).containsExactly("FAS-10000");
    }

    @Test
    void aCategoryNarrowsAndNoWordsListsInTheErpsOrder() {
        assertThat(index.search("zinc", "FAS", 1, 10).orElseThrow().skus()).containsExactlyInAnyOrder("FAS-10001", "FAS-10040");
        CatalogIndex.Hits all = index.search("", null, 2, 4).orElseThrow();
        assertThat(all.skus()).containsExactly("FAS-10004", "PLB-10000", "SAF-10000", "TLS-10000");
        assertThat(all.total()).isEqualTo(9);
    }

    @Test
    void anItemChangedOrGoneIsReplacedInPlace() {
        index.put(List.of(item("FAS-10003", "Vantor Carriage Screw M8 x 40 mm Black Oxide", "FAS", 3)));
        index.remove("FAS-10002");

        assertThat(skus("bolts")).containsExactly("FAS-10001");
        assertThat(index.search("", null, 1, 4).orElseThrow().skus()).as("the ERP's order kept")
                .containsExactly("FAS-10000", "FAS-10001", "FAS-10003", "FAS-10004");
        assertThat(index.positionOf("FAS-10003")).hasValue(3);
    }

    @Test
    void whatIsBeingTypedIsSuggestedTheLastWordAsAStart() {
        assertThat(index.suggest("hex bo", 5)).extracting(CatalogIndex.Suggestion::sku)
                .containsExactlyInAnyOrder("FAS-10001", "FAS-10002");
        assertThat(index.suggest("fas-1000", 10)).extracting(CatalogIndex.Suggestion::sku).contains("FAS-10000", "FAS-10004");
        assertThat(index.suggest("nitr", 5)).singleElement()
                .isEqualTo(new CatalogIndex.Suggestion("SAF-10000", "Harbor Pro Nitrile Gloves Size L Box of 100"));
    }

    @Test
    void aSearchThatFindsNothingOffersTheClosestThatDoes() {
        assertThat(skus("hex blot")).isEmpty();
        assertThat(index.didYouMean("hex blot")).hasValue("hex bolt");
        assertThat(index.didYouMean("carriage bolt")).as("nothing to correct").isEmpty();
        assertThat(index.didYouMean("zzzzqqq")).as("nothing close").isEmpty();
    }

    @Test
    void nothingIsAnsweredBeforeTheFirstBuildIsComplete() throws IOException {
        CatalogIndex fresh = new CatalogIndex(properties, new SearchQueries(properties));
        try {
            assertThat(fresh.search("bolt", null, 1, 10)).isEmpty();
        } finally {
            fresh.destroy();
        }
    }

    private List<String> skus(String typed) {
        return index.search(typed, null, 1, 20).orElseThrow().skus();
    }

    private static IndexedItem item(String sku, String name, String category, long position) {
        return new IndexedItem(sku, name, category, category.equals("SAF") ? "Safety & PPE" : null, false, null, position);
    }
}
