package dev.tiqu.extractors.ner;

import com.hankcs.hanlp.seg.common.Term;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link Words} results remembered for one extraction call, so that a text the rule layers ask
 * about several times (a sentence's word boundaries, the words before a recurring suffix) is
 * segmented once. One per call, never shared between threads; the results are read-only.
 * Example: {@code boundaries(s)} twice segments {@code s} once.
 */
final class WordMemo {

    private final Map<String, List<Term>> terms = new HashMap<>();
    private final Map<String, boolean[]> boundaries = new HashMap<>();

    /** The words of {@code text}, as {@link Words#of}. */
    List<Term> of(String text) {
        return terms.computeIfAbsent(text, Words::of);
    }

    /** The word boundaries of {@code text}, as {@link Words#boundaries}. */
    boolean[] boundaries(String text) {
        boolean[] b = boundaries.get(text);
        if (b == null) {
            b = Words.boundaries(text, of(text));
            boundaries.put(text, b);
        }
        return b;
    }
}
