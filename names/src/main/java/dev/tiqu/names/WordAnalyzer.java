package dev.tiqu.names;

import java.util.List;

/**
 * The word lookups of the name rule layers, provided by each names backend from its own
 * dictionary and segmenter, so that the rules never reach into a particular NLP library.
 * Implementations are thread-safe. Example: {@code words("来自芦淞区住建局")} starts with
 * {@code 来自 → VERB}; {@code isOrdinaryWord("干部")} is true, {@code isOrdinaryWord("徐滔")} false.
 */
public interface WordAnalyzer {

    /** The words of {@code text} in order; their texts concatenate to {@code text}. */
    List<Word> words(String text);

    /**
     * Whether {@code candidate} is a word of the backend's dictionary that is never a personal
     * name ({@code 商量}, {@code 干部}): a name guessed from context alone must not be one.
     */
    boolean isOrdinaryWord(String candidate);

    /** {@code b[i]} is true when a word of {@code words} starts or ends at offset {@code i} of {@code text}. */
    static boolean[] boundaries(String text, List<Word> words) {
        boolean[] b = new boolean[text.length() + 1];
        int pos = 0;
        b[0] = true;
        for (Word word : words) {
            pos += word.text().length();
            if (pos <= text.length()) {
                b[pos] = true;
            }
        }
        b[text.length()] = true;
        return b;
    }
}
