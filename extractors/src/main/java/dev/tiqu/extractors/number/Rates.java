package dev.tiqu.extractors.number;

import dev.tiqu.core.Lexicon;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rate denominators of an amount, as written: after it ({@code 元/月/人 → 月/人}) or before
 * it in the same clause ({@code 每人每月90元 → 人/月}; {@code 月均标准为91.4元 → 月}).
 * Lexicons: {@code number/denominators.tsv} (what may follow 每 or /) and
 * {@code number/averages.tsv} (月均 → 月, 人均 → 人…). Immutable and thread-safe.
 */
public final class Rates {

    private static final String DENOMINATORS = "/dev/tiqu/extractors/number/denominators.tsv";
    private static final String AVERAGES = "/dev/tiqu/extractors/number/averages.tsv";
    private static final Rates STANDARD = new Rates();
    /** How far before a number a rate word may stand, in characters. */
    private static final int WINDOW = 12;
    private static final String CLAUSE_STOPS = "，。；：、,;:！？!?（）()“”\"‘’《》【】%％";

    private final LongestMatch<String> denominators;
    private final LongestMatch<String> averages;

    /** A rate written after an amount: the denominators joined by {@code /}, ending at {@code end}. */
    public record Suffix(String per, int end) {
    }

    private Rates() {
        Map<String, String> dens = new LinkedHashMap<>();
        for (String d : Lexicon.lines(DENOMINATORS)) {
            dens.put(d, d);
        }
        this.denominators = new LongestMatch<>(dens);
        this.averages = new LongestMatch<>(Lexicon.pairs(AVERAGES));
    }

    /** The lexicons shipped with tiqu, loaded once. */
    public static Rates standard() {
        return STANDARD;
    }

    /** {@code /月/人} (or {@code /人·月}) starting at {@code pos}, if any. */
    public Optional<Suffix> after(CharSequence text, int pos) {
        List<String> dens = new ArrayList<>();
        int p = pos;
        while (p < text.length()) {
            char c = text.charAt(p);
            boolean joiner = c == '/' || c == '／' || (c == '·' && !dens.isEmpty());
            if (!joiner) {
                break;
            }
            var d = denominators.startingAt(text, p + 1);
            if (d.isEmpty()) {
                break;
            }
            dens.add(d.get().value());
            p = d.get().end();
        }
        if (dens.isEmpty() || (p < text.length() && isAsciiLetter(text.charAt(p)) && isAsciiLetter(text.charAt(p - 1)))) {
            return Optional.empty();
        }
        return Optional.of(new Suffix(String.join("/", dens), p));
    }

    /**
     * Rate words in the clause before {@code pos} (每人, 每月, 月均…), at most a few characters
     * back and not across punctuation or another number: the denominators joined by {@code /},
     * or empty.
     */
    public String before(CharSequence text, int pos) {
        int start = pos;
        while (start > 0 && pos - start < WINDOW) {
            char c = text.charAt(start - 1);
            if (CLAUSE_STOPS.indexOf(c) >= 0 || (c >= '0' && c <= '9')) {
                break;
            }
            start--;
        }
        List<String> dens = new ArrayList<>();
        CharSequence head = text.subSequence(0, pos);
        int i = start;
        while (i < pos) {
            if (text.charAt(i) == '每') {
                var d = denominators.startingAt(head, i + 1);
                if (d.isPresent()) {
                    dens.add(d.get().value());
                    i = d.get().end();
                    continue;
                }
            }
            var a = averages.startingAt(head, i);
            if (a.isPresent()) {
                dens.add(a.get().value());
                i = a.get().end();
                continue;
            }
            i++;
        }
        return String.join("/", dens);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
