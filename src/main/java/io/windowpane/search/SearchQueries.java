package io.windowpane.search;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.springframework.stereotype.Component;

/**
 * Turns what a buyer typed into a Lucene query. Every word must match (in the name, or in the SKU, category or
 * marketing text, the name weighing most), a synonym counting as the word; a word of five letters or more may
 * be misspelt by one letter (two from eight). Besides the words, the text as a SKU key finds that SKU first,
 * and SKUs starting with it after ("fas1000" → FAS-10000 … FAS-10009).
 */
@Component
class SearchQueries {

    private static final int FUZZY_FROM = 5;
    private static final int TWO_EDITS_FROM = 8;
    private static final int SKU_PREFIX_FROM = 3;

    private final Analyzer analyzer;

    SearchQueries(SearchProperties properties) {
        this.analyzer = CatalogAnalyzer.forQueries(synonyms(properties));
    }

    Query forText(String text) {
        if (text == null || text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        List<List<String>> words = words(text);
        if (!words.isEmpty()) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            words.forEach(alternatives -> all.add(word(alternatives), Occur.MUST));
            any.add(all.build(), Occur.SHOULD);
        }
        String key = CatalogAnalyzer.skuKey(text);
        if (!key.isEmpty()) {
            any.add(new BoostQuery(new TermQuery(new Term(CatalogIndex.SKU_KEY, key)), 50), Occur.SHOULD);
            if (key.length() >= SKU_PREFIX_FROM) {
                any.add(new BoostQuery(new PrefixQuery(new Term(CatalogIndex.SKU_KEY, key)), 10), Occur.SHOULD);
            }
        }
        BooleanQuery query = any.build();
        return query.clauses().isEmpty() ? new MatchNoDocsQuery() : query;
    }

    /** What is being typed: the words before the last as in a search, the last as the start of a word or a SKU. */
    Query forTyping(String text) {
        String typed = text.strip();
        int lastSpace = typed.lastIndexOf(' ');
        String last = typed.substring(lastSpace + 1).toLowerCase(Locale.ROOT);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        if (lastSpace > 0) {
            words(typed.substring(0, lastSpace)).forEach(alternatives -> all.add(word(alternatives), Occur.MUST));
        }
        BooleanQuery.Builder lastWord = new BooleanQuery.Builder()
                .add(new BoostQuery(new PrefixQuery(new Term(CatalogIndex.NAME, last)), 2), Occur.SHOULD)
                .add(new PrefixQuery(new Term(CatalogIndex.TEXT, last)), Occur.SHOULD);
        String key = CatalogAnalyzer.skuKey(typed);
        if (!key.isEmpty()) {
            lastWord.add(new BoostQuery(new PrefixQuery(new Term(CatalogIndex.SKU_KEY, key)), 5), Occur.SHOULD);
        }
        all.add(lastWord.build(), Occur.MUST);
        return all.build();
    }

    /** The text with each word the index does not know replaced by the closest one it does, if any changed. */
    Optional<String> corrected(String text, IndexReader reader) throws IOException {
        DirectSpellChecker speller = new DirectSpellChecker();
        speller.setMinPrefix(0);
        speller.setMinQueryLength(3);
        List<String> words = new ArrayList<>();
        boolean changed = false;
        for (String word : text.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
            List<List<String>> analysed = words(word);
            boolean known = analysed.isEmpty() || analysed.stream().allMatch(alternatives -> alternatives.stream()
                    .anyMatch(term -> known(reader, term)));
            if (known || !word.chars().allMatch(Character::isLetter)) {
                words.add(word);
                continue;
            }
            SuggestWord[] suggestions = speller.suggestSimilar(new Term(CatalogIndex.NAME, word), 1, reader,
                    SuggestMode.SUGGEST_ALWAYS);
            if (suggestions.length == 0) {
                words.add(word);
            } else {
                words.add(suggestions[0].string);
                changed = true;
            }
        }
        return changed ? Optional.of(String.join(" ", words)) : Optional.empty();
    }

    private static boolean known(IndexReader reader, String term) {
        try {
            return reader.docFreq(new Term(CatalogIndex.NAME, term)) > 0 || reader.docFreq(new Term(CatalogIndex.TEXT, term)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The analysed words of the text: at each position the word and its synonyms. */
    List<List<String>> words(String text) {
        List<List<String>> words = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(CatalogIndex.NAME, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (increment.getPositionIncrement() > 0 || words.isEmpty()) {
                    words.add(new ArrayList<>());
                }
                words.get(words.size() - 1).add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static Query word(List<String> alternatives) {
        BooleanQuery.Builder word = new BooleanQuery.Builder();
        for (String alternative : alternatives) {
            word.add(new BoostQuery(new TermQuery(new Term(CatalogIndex.NAME, alternative)), 3), Occur.SHOULD);
            word.add(new TermQuery(new Term(CatalogIndex.TEXT, alternative)), Occur.SHOULD);
            if (alternative.length() >= FUZZY_FROM && alternative.chars().allMatch(Character::isLetter)) {
                int edits = alternative.length() >= TWO_EDITS_FROM ? 2 : 1;
                word.add(new BoostQuery(new FuzzyQuery(new Term(CatalogIndex.NAME, alternative), edits, 1), 0.5f), Occur.SHOULD);
                word.add(new BoostQuery(new FuzzyQuery(new Term(CatalogIndex.TEXT, alternative), edits, 1), 0.2f), Occur.SHOULD);
            }
        }
        return word.build();
    }

    private static SynonymMap synonyms(SearchProperties properties) {
        if (properties.synonyms() == null || !properties.synonyms().exists()) {
            return null;
        }
        try (Reader rules = new InputStreamReader(properties.synonyms().getInputStream(), StandardCharsets.UTF_8)) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, CatalogAnalyzer.forQueries(null));
            parser.parse(rules);
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("The search synonyms in " + properties.synonyms() + " cannot be read: "
                    + e.getMessage(), e);
        }
    }
}
