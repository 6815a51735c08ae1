package dev.tiqu.names;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link WordAnalyzer} results remembered for one extraction call, so that a text the rule
 * layers ask about several times (a sentence's word boundaries, the words before a recurring
 * suffix) is segmented once. One per call, never shared between threads; the results are
 * read-only. Example: {@code boundaries(s)} twice segments {@code s} once.
 */
final class WordMemo {

    private final WordAnalyzer analyzer;
    private final Map<String, List<Word>> words = new HashMap<>();
    private final Map<String, boolean[]> boundaries = new HashMap<>();

    WordMemo(WordAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The words of {@code text}, as {@link WordAnalyzer#words}. */
    List<Word> of(String text) {
        return words.computeIfAbsent(text, analyzer::words);
    }

    /** Whether {@code word} is an ordinary word of the backend's dictionary, as {@link WordAnalyzer#isOrdinaryWord}. */
    boolean ordinary(String word) {
        return analyzer.isOrdinaryWord(word);
    }

    /** The word boundaries of {@code text}, as {@link WordAnalyzer#boundaries}. */
    boolean[] boundaries(String text) {
        boolean[] b = boundaries.get(text);
        if (b == null) {
            b = WordAnalyzer.boundaries(text, of(text));
            boundaries.put(text, b);
        }
        return b;
    }
}
