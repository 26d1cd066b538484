package io.windowpane.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** Each normalisation the catalog's analysis promises, on both sides: what is indexed and what is typed. */
class CatalogAnalyzerTest {

    private final Analyzer index = CatalogAnalyzer.forIndex();
    private final Analyzer query = CatalogAnalyzer.forQueries(null);

    @Test
    void pluralsAndInflectionsAreStemmed() {
        assertThat(terms(query, "bolts")).containsExactly("bolt");
        assertThat(terms(query, "Hex Bolts")).containsExactly("hex", "bolt");
        assertThat(terms(query, "wrenches")).containsExactly("wrench");
        assertThat(terms(query, "boxes")).containsExactly("box");
        assertThat(terms(index, "Nitrile Gloves")).contains("nitrile", "glove");
    }

    @Test
    void dimensionsWrittenTogetherAreSplitAtTheX() {
        assertThat(terms(query, "M12x60")).containsExactly("m12", "60");
        assertThat(terms(query, "m12 x 60")).containsExactly("m12", "60");
        assertThat(terms(query, "M12\u00d760")).containsExactly("m12", "60");
        assertThat(terms(index, "Hex Bolt M12 x 60 mm")).contains("m12", "60", "mm").doesNotContain("x");
    }

    @Test
    void fractionsStayWholeAndInchMarksGo() {
        assertThat(terms(query, "1/4-20")).containsExactly("1/4", "20");
        assertThat(terms(index, "Hex Bolt 1/4\"-20 x 1\"")).contains("1/4", "20", "1");
        assertThat(terms(index, "Ball Valve 1-1/2\"")).contains("1", "1/2");
        assertThat(terms(query, "2.5 mm")).containsExactly("2.5", "mm");
    }

    @Test
    void lettersAndDigitsTogetherStayOneWord() {
        assertThat(terms(query, "18V drill")).containsExactly("18v", "drill");
        assertThat(terms(query, "12 AWG")).containsExactly("12", "awg");
    }

    @Test
    void hyphenatedWordsAreSplitAndInTheIndexAlsoJoined() {
        assertThat(terms(query, "hot-dip")).containsExactly("hot", "dip");
        assertThat(terms(index, "Hot-Dip Galvanized")).contains("hot", "dip", "hotdip", "galvanize");
    }

    @Test
    void aFullStopIsKeptOnlyAsADecimalPoint() {
        assertThat(terms(query, "Zinc. plated")).containsExactly("zinc", "plate");
    }

    @Test
    void skusHaveOneKeyWhateverSeparatesTheirParts() {
        assertThat(List.of("FAS-10004", "fas10004", "FAS 10004", "fas_10004", " Fas-10004 "))
                .extracting(CatalogAnalyzer::skuKey).containsOnly("fas10004");
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(CatalogIndex.NAME, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return terms;
    }
}
