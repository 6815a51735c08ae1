package dev.tiqu.extractors.ner;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;

/**
 * HanLP's dictionary segmentation as a tool of the rule layers (whatever the recognition
 * backend): words with their part of speech, and word boundaries. Thread-safe.
 * Example: {@code boundaries("中国工程院院士")} has no boundary between 工 and 程.
 */
final class Words {

    private static final Segment SEGMENT = HanLP.newSegment();

    private Words() {
    }

    /** The words of {@code text} with HanLP's part-of-speech tags. */
    static List<Term> of(String text) {
        return SEGMENT.seg(text);
    }

    /** {@code b[i]} is true when a word starts or ends at offset {@code i} of {@code text}. */
    static boolean[] boundaries(String text) {
        return boundaries(text, SEGMENT.seg(text));
    }

    /** {@link #boundaries(String)} from the words of {@code text} already segmented. */
    static boolean[] boundaries(String text, List<Term> words) {
        boolean[] b = new boolean[text.length() + 1];
        int pos = 0;
        b[0] = true;
        for (Term term : words) {
            pos += term.word.length();
            if (pos <= text.length()) {
                b[pos] = true;
            }
        }
        b[text.length()] = true;
        return b;
    }
}
