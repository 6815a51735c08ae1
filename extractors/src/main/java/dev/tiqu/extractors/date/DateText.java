package dev.tiqu.extractors.date;

import dev.tiqu.extractors.number.ChineseNumerals;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Character-level look-ups the date grammar makes around a position of a sentence.
 *
 * <p>Stateless; every method treats a position past the end as "nothing there". Example:
 * {@code followedBy("2024年度", 5, "度")} is true.
 */
final class DateText {

    /** The Chinese numeral characters of dates and clock times. */
    static final String CN_DIGITS = "〇零一二两三四五六七八九十";

    private DateText() {
    }

    /** A matcher of {@code p} that matched at {@code pos}, or null if {@code p} does not match there. */
    static Matcher lookingAt(Pattern p, String t, int pos) {
        if (pos > t.length()) {
            return null;
        }
        Matcher m = p.matcher(t).region(pos, t.length());
        return m.lookingAt() ? m : null;
    }

    /** Whether an ASCII digit is at {@code pos}: what dotted dates, colon times and day lists begin with. */
    static boolean asciiDigitAt(String t, int pos) {
        return pos >= 0 && pos < t.length() && t.charAt(pos) >= '0' && t.charAt(pos) <= '9';
    }

    /**
     * Whether one of {@code closers} is within {@code span} characters after {@code pos}: a year,
     * month, day or clock ends its number with 年, 月, 日/号 or 时/点 at most that far on.
     */
    static boolean closedWithin(String t, int pos, int span, String closers) {
        int last = Math.min(pos + span, t.length() - 1);
        for (int k = pos + 1; k <= last; k++) {
            if (closers.indexOf(t.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code pos}, or past one space there (letter-spaced text: {@code 11 月 23 日}). */
    static int space(String t, int pos) {
        return pos < t.length() && t.charAt(pos) == ' ' ? pos + 1 : pos;
    }

    /** Whether one of {@code chars} is at {@code pos}. */
    static boolean followedBy(String t, int pos, String chars) {
        return pos < t.length() && chars.indexOf(t.charAt(pos)) >= 0;
    }

    /** Whether one of {@code words} starts at {@code pos}. */
    static boolean followedByWord(String t, int pos, List<String> words) {
        for (String w : words) {
            if (t.startsWith(w, pos)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of {@code words} ends just before {@code pos}. */
    static boolean precededByWord(String t, int pos, List<String> words) {
        for (String w : words) {
            if (pos >= w.length() && t.startsWith(w, pos - w.length())) {
                return true;
            }
        }
        return false;
    }

    static boolean isArabic(String s) {
        return !s.isEmpty() && Character.isDigit(s.charAt(0));
    }

    /** An integer numeral (Arabic or Chinese), or null. */
    static Integer number(String s) {
        Optional<BigDecimal> v = ChineseNumerals.value(s);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return v.get().intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** The value of {@code name} in a guards file {@code g} read from {@code file}; fails loudly when it is missing. */
    static String required(Map<String, String> g, String file, String name) {
        String v = g.get(name);
        if (v == null || v.isEmpty()) {
            throw new IllegalStateException(file + ": missing " + name);
        }
        return v;
    }
}
