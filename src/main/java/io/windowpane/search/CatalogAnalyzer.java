package io.windowpane.search;

import java.io.Reader;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.pattern.PatternTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Text analysis for an industrial catalog, the same for item names and for what buyers type, so that
 * "Hex Bolt M12 x 60 mm" is found by "hex bolts", "M12x60" and "m12 x 60", and {@code 1/4"-20} by "1/4-20":
 * inch marks dropped, dimensions written "12x60" split at the x, fractions kept whole, hyphenated words split
 * (and, in the index, also joined: "hot-dip" is found by "hotdip"), plurals and other inflections stemmed
 * (KStem: bolts → bolt, boxes → box). Buyers' text also gets the synonyms (single words: "ppe" → safety).
 * Words are not split where letters meet digits: M12, 18V and 14AWG stay whole.
 */
final class CatalogAnalyzer extends Analyzer {

    private static final Pattern INCH_MARKS = Pattern.compile("[\"\u201d\u2033]");
    // a full stop that is not a decimal point ("Zinc.", "no.5") separates; "2.5" stays one number
    private static final Pattern STOPS = Pattern.compile("(?<!\\d)\\.|\\.(?!\\d)");
    private static final Pattern DIMENSION = Pattern.compile("(\\d)\\s*[x\u00d7]\\s*(?=\\d)", Pattern.CASE_INSENSITIVE);
    // a token is letters, digits and the / . - that belong inside sizes (1/4-20, 2.5) and compound words
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}/.\\-]+");
    private static final CharArraySet STOP_WORDS = new CharArraySet(
            Arrays.asList("x", "a", "an", "and", "of", "for", "with", "the", "in", "to"), true);
    private static final byte[] DELIMITERS = delimiters();

    private final boolean forIndex;
    private final SynonymMap synonyms;

    private CatalogAnalyzer(boolean forIndex, SynonymMap synonyms) {
        this.forIndex = forIndex;
        this.synonyms = synonyms;
    }

    /** For what is indexed: every part of a compound, the compound whole and its parts joined. */
    static CatalogAnalyzer forIndex() {
        return new CatalogAnalyzer(true, null);
    }

    /** For what buyers type: the parts only (each must match), with the synonyms. */
    static CatalogAnalyzer forQueries(SynonymMap synonyms) {
        return new CatalogAnalyzer(false, synonyms);
    }

    /** A SKU as a single key, whatever the buyer put between its parts: "FAS 10004", "fas-10004" → fas10004. */
    static String skuKey(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        Reader marksGone = new PatternReplaceCharFilter(STOPS, " ", new PatternReplaceCharFilter(INCH_MARKS, " ", reader));
        return new PatternReplaceCharFilter(DIMENSION, "$1 x ", marksGone);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new PatternTokenizer(SEPARATORS, -1);
        int flags = WordDelimiterGraphFilter.GENERATE_WORD_PARTS | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
                | WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE;
        if (forIndex) {
            flags |= WordDelimiterGraphFilter.CATENATE_WORDS | WordDelimiterGraphFilter.PRESERVE_ORIGINAL;
        }
        TokenStream stream = new WordDelimiterGraphFilter(tokenizer, true, DELIMITERS, flags, null);
        if (forIndex) {
            stream = new FlattenGraphFilter(stream);
        }
        stream = new KStemFilter(new StopFilter(new LowerCaseFilter(stream), STOP_WORDS));
        // synonyms match stemmed words: the file's words are stemmed the same way when it is read
        if (synonyms != null && synonyms.fst != null) {
            stream = new SynonymGraphFilter(stream, synonyms, true);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    // only the hyphen splits a token: "/" and "." stay inside numbers (1/4, 2.5), letters and digits stay
    // together (M12, 18V)
    private static byte[] delimiters() {
        byte[] table = WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE.clone();
        table['/'] = (byte) WordDelimiterIterator.ALPHANUM;
        table['.'] = (byte) WordDelimiterIterator.ALPHANUM;
        return table;
    }
}
