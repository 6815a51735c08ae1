package dev.tiqu.extractors.money;

import dev.tiqu.core.Lexicon;
import dev.tiqu.extractors.number.AmountScanner;
import dev.tiqu.extractors.number.ChineseNumerals;
import dev.tiqu.extractors.number.LongestMatch;
import dev.tiqu.extractors.quantity.QuantityUnits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Money as it is spoken or posted, read from a numeral the amount scanner found no currency for:
 * a thousand or ten-thousand letter ({@code 20k}, {@code 40w}; the caller checks the money word
 * before it) and 块 for 元 with the 角 digit after it ({@code 三块五} → 3.5). The letters and the
 * 块 word are {@code money/spoken.tsv}; the 角 words after the digit are {@code subunits.tsv}'s.
 *
 * <p>Immutable and thread-safe. Example: {@code letter("月薪20k", token 20)} is 20000, ending at 5.
 */
final class SpokenMoney {

    private static final String RESOURCE = "/dev/tiqu/extractors/money/spoken.tsv";

    /** What was read: the value in yuan and where it ends. */
    record Reading(BigDecimal yuan, int end) {
    }

    private final Map<Character, BigDecimal> letters = new HashMap<>();
    private final String kuai;
    private final BigDecimal kuaiDigit;
    private final LongestMatch<BigDecimal> subunits;
    private final List<String> kuaiVerbs = new ArrayList<>();

    SpokenMoney(LongestMatch<BigDecimal> subunits) {
        this.subunits = subunits;
        String k = null;
        BigDecimal kd = null;
        for (Map.Entry<String, String> e : Lexicon.pairs(RESOURCE).entrySet()) {
            String[] name = e.getKey().split(":", 2);
            switch (name[0]) {
                case "letter" -> letters.put(name[1].charAt(0), new BigDecimal(e.getValue()));
                case "kuai" -> {
                    k = name[1];
                    kd = new BigDecimal(e.getValue());
                }
                case "kuai_verbs" -> kuaiVerbs.addAll(List.of(e.getValue().split(" +")));
                default -> throw new IllegalStateException(RESOURCE + ": unknown name " + e.getKey());
            }
        }
        this.kuai = k;
        this.kuaiDigit = kd;
    }

    /** Whether what follows a numeral ending at {@code end} may make it spoken money (a letter, 块): a cheap test first. */
    boolean mayFollow(String text, int end) {
        if (end >= text.length()) {
            return false;
        }
        char c = text.charAt(end);
        return c == kuai.charAt(0) || c < 128 && letters.containsKey(c);
    }

    /** {@code 20k}, {@code 40w}: an Arabic number with a letter after it and no other letter or digit; else empty. */
    Optional<Reading> letter(String text, AmountScanner.Token t) {
        int end = t.end();
        BigDecimal factor = end < text.length() && Character.isDigit(t.text().charAt(0)) ? letters.get(text.charAt(end)) : null;
        if (factor == null || end + 1 < text.length() && isAsciiLetterOrDigit(text.charAt(end + 1))) {
            return Optional.empty();
        }
        return Optional.of(new Reading(t.numeral().value().multiply(factor), end + 1));
    }

    /**
     * {@code 三块五}, {@code 12块8毛}: a whole number, 块, one digit and an optional 角 word, not
     * followed by a unit or another numeral (三块五亩地, 切成三块五块); or {@code 要五十块}: 块 closing a
     * clause right after a verb of paying ({@code kuai_verbs}) or, when {@code moneyWord}, a money word
     * ({@code 罚款一百块}); else empty.
     */
    Optional<Reading> kuai(String text, AmountScanner.Token t, boolean moneyWord) {
        int digitAt = t.end() + kuai.length();
        if (!text.startsWith(kuai, t.end()) || t.numeral().max() != null) {
            return Optional.empty();
        }
        if (digitAt >= text.length() || !Character.isLetterOrDigit(text.charAt(digitAt))) {
            boolean paid = moneyWord || kuaiVerbs.stream().anyMatch(v -> t.start() >= v.length() && text.startsWith(v, t.start() - v.length()));
            return paid ? Optional.of(new Reading(t.numeral().value(), digitAt)) : Optional.empty();
        }
        Optional<java.math.BigDecimal> digit = ChineseNumerals.value(text.subSequence(digitAt, digitAt + 1));
        if (digit.isEmpty() || digit.get().signum() <= 0 || digit.get().compareTo(BigDecimal.TEN) >= 0) {
            return Optional.empty();
        }
        int end = digitAt + 1;
        end = subunits.startingAt(text, end).map(LongestMatch.Hit::end).orElse(end);
        if (end < text.length() && (ChineseNumerals.isNumeralChar(text.charAt(end))
                || QuantityUnits.standard().startsAt(text, end))) {
            return Optional.empty();
        }
        return Optional.of(new Reading(t.numeral().value().add(digit.get().multiply(kuaiDigit)), end));
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
