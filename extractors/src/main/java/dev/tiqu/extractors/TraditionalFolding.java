package dev.tiqu.extractors;

import dev.tiqu.core.Lexicon;
import java.util.Map;

/**
 * Folds traditional Chinese characters to simplified ones, character by character, so that the
 * extractors' simplified lexicons and patterns match traditional text.
 *
 * <p>Contract: the result has the same length as the input and every character stays at its
 * offset, so spans found in the folded text are spans of the original; extractors print the
 * original text of a span, never the folded one. The map is {@code traditional_to_simplified.tsv}
 * (derived from HanLP's Apache-2.0 table; its header says how). Thread-safe, stateless.
 *
 * <p>Example: {@code fold("人民幣5億元")} is {@code 人民币5亿元}.
 */
public final class TraditionalFolding {

    private static final char[] MAP = load();

    private TraditionalFolding() {
    }

    /** {@code text} with each traditional character replaced by its simplified one; {@code text} itself if none is. */
    public static String fold(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char s = MAP[c];
            if (s != 0) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = s;
            }
        }
        return out == null ? text : new String(out);
    }

    private static char[] load() {
        char[] map = new char[Character.MAX_VALUE + 1];
        Map<String, String> pairs = Lexicon.pairs("/dev/tiqu/extractors/traditional_to_simplified.tsv");
        pairs.forEach((t, s) -> {
            if (t.length() != 1 || s.length() != 1) {
                throw new IllegalStateException("traditional_to_simplified.tsv: one character each side, got " + t + " " + s);
            }
            map[t.charAt(0)] = s.charAt(0);
        });
        return map;
    }
}
