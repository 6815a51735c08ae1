package dev.tiqu.names;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words the rule layers ask about during one extraction call. A sentence's words come from
 * the backend's recognition pass ({@link #sentence}); a piece of that sentence which starts and
 * ends on its word boundaries is answered from them, and only a piece cutting through a word is
 * segmented again by the {@link WordAnalyzer}, once. One per call, never shared between threads;
 * the results are read-only. Example: after {@code sentence("来自芦淞区住建局", words)},
 * {@code of(text, 0, 5)} is the words {@code 来自 芦淞区} with no new segmentation.
 */
final class WordMemo {

    private final WordAnalyzer analyzer;
    private final Map<String, List<Word>> words = new HashMap<>();
    private final Map<String, boolean[]> boundaries = new HashMap<>();

    WordMemo(WordAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Remembers the words of {@code text} from the backend's pass over it, if that pass gave any. */
    void sentence(String text, List<Word> segmentation) {
        if (!segmentation.isEmpty()) {
            words.put(text, segmentation);
        }
    }

    /** The words of {@code text[start, end)}: a slice of the remembered words when it falls on their boundaries. */
    List<Word> of(String text, int start, int end) {
        List<Word> known = words.get(text);
        if (known != null) {
            boolean[] b = boundaries(text);
            if (b[start] && b[end]) {
                return slice(known, start, end);
            }
        }
        return of(text.substring(start, end));
    }

    private List<Word> of(String text) {
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

    private static List<Word> slice(List<Word> words, int start, int end) {
        int from = -1;
        int pos = 0;
        for (int k = 0; k < words.size(); k++) {
            if (pos == start) {
                from = k;
            }
            if (pos == end) {
                return words.subList(from, k);
            }
            pos += words.get(k).text().length();
        }
        return words.subList(from, words.size());
    }
}
