package dev.tiqu.text;

import dev.tiqu.core.text.AlignedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits cleaned running text into sentences after Chinese and ASCII sentence punctuation
 * (。！？；!?; and …… ), keeping closing quotes and brackets with the sentence they end
 * ({@code “……。”}), and at line breaks that the cleaner kept as paragraph ends.
 *
 * <p>Stateless and thread-safe. Line breaks ({@code \n}) are dropped from the sentences;
 * empty sentences are not produced.
 */
public final class SentenceSplitter {

    private static final String ENDERS = "。！？；!?;…";
    private static final String CLOSERS = "”’」』）)】\"'";

    private SentenceSplitter() {
    }

    /** Splits {@code text}; the pieces keep their alignment to the original document. */
    public static List<AlignedText> split(AlignedText text) {
        List<AlignedText> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(out, text, start, i);
                start = i + 1;
            } else if (ENDERS.indexOf(c) >= 0) {
                int end = i + 1;
                while (end < n && (ENDERS.indexOf(text.charAt(end)) >= 0 || CLOSERS.indexOf(text.charAt(end)) >= 0)) {
                    end++;
                }
                add(out, text, start, end);
                start = end;
                i = end - 1;
            }
        }
        add(out, text, start, n);
        return out;
    }

    private static void add(List<AlignedText> out, AlignedText text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(text.subSequence(start, end));
        }
    }
}
