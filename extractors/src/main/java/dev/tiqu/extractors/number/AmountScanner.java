package dev.tiqu.extractors.number;

import dev.tiqu.core.mention.Qualifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts in a sentence: a numeral ({@link ChineseNumerals}) with a unit before or after
 * it, an optional range ({@code 5-10万元}, {@code 2%至3%}), rate ({@code /月/人}, {@code 每人每月})
 * and qualifier words ({@link Qualifiers}). What counts as a unit is the caller's
 * {@link Units}; MONEY, PERCENT and QUANTITY share this scanner and differ only in their units.
 *
 * <p>The span of a phrase covers the numbers, units and rate ({@code 700元/月}, {@code 2%至3%});
 * qualifier words around it are not in the span. A numeral that is part of a malformed number
 * (a digit, decimal point, letter or 第 before it, a decimal point after it) is skipped.
 *
 * <p>Example: in {@code 提高到不低于700元/月}, with 元 as a unit: one phrase {@code 700元/月},
 * value 700, per 月, qualifier AT_LEAST. Immutable and thread-safe if {@code units} is.
 *
 * @param <U> the caller's unit type
 */
public final class AmountScanner<U> {

    /** The units of one mention type. */
    public interface Units<U> {

        /** The unit written at {@code pos}, just after a number, if any (longest match). */
        Optional<UnitHit<U>> after(String text, int pos);

        /** The unit written just before {@code pos} (人民币, 百分之), if any. */
        default Optional<UnitHit<U>> before(String text, int pos) {
            return Optional.empty();
        }

        /**
         * The unit of a number written between two different units, {@code before} it and
         * {@code after} it ({@code 港币100元} → HKD), if they go together; otherwise the unit after
         * the number is taken alone.
         */
        default Optional<U> between(String text, UnitHit<U> before, UnitHit<U> after) {
            return Optional.empty();
        }

        /** Whether {@code number} with {@code unit} in {@code text} is a mention (calendar years, set phrases…). */
        default boolean accepts(String text, Token number, UnitHit<U> unit) {
            return true;
        }
    }

    /** A unit found at {@code [start, end)} of the text. */
    public record UnitHit<U>(U unit, int start, int end) {
        public UnitHit {
            Objects.requireNonNull(unit, "unit");
        }
    }

    /** A numeral at {@code [start, end)} and its parse. */
    public record Token(int start, int end, String text, Numeral numeral) {
    }

    /**
     * An amount found in a sentence.
     *
     * @param start     start of the span (the first number, or the unit before it)
     * @param end       end of the span (after unit and rate)
     * @param unit      the unit (of the upper bound for a range)
     * @param unitSurface the unit as written
     * @param value     the (lower) number, multipliers applied, unit factor NOT applied
     * @param max       the upper bound of a range, or {@code null}
     * @param per       rate denominators joined by {@code /}, or empty
     * @param qualifier from the words around, else from 余/多/几 markers, RANGE for ranges
     * @param number    the (upper) numeral
     */
    public record Phrase<U>(int start, int end, U unit, String unitSurface, BigDecimal value, BigDecimal max,
                            String per, Qualifier qualifier, Token number) {
    }

    private static final Pattern NUMERAL = Pattern.compile(ChineseNumerals.REGEX);
    private static final Pattern UPPER_MULTIPLIER = Pattern.compile("(万亿|亿|万)$");
    private static final String SEPARATORS = "-－~～〜—–至到";
    private static final String CN_DIGITS = "零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖";
    private static final int MAX_INTEGER_DIGITS = 13;

    private final Units<U> units;
    private final boolean rates;
    private final Qualifiers qualifiers = Qualifiers.standard();

    /**
     * @param units the units of the mention type
     * @param rates whether amounts of this type take rate denominators (/月, 每人)
     */
    public AmountScanner(Units<U> units, boolean rates) {
        this.units = Objects.requireNonNull(units, "units");
        this.rates = rates;
    }

    /** The amounts in {@code text}, in order, not overlapping. */
    public List<Phrase<U>> scan(String text) {
        List<Phrase<U>> out = new ArrayList<>();
        Matcher m = NUMERAL.matcher(text);
        int from = 0;
        while (from < text.length() && findFrom(m, text, from)) {
            int s = m.start();
            int e = m.end();
            from = e;
            if (!leftBoundaryOk(text, s) || malformedAfter(text, e)) {
                continue;
            }
            Phrase<U> p = phrase(text, s, e);
            if (p != null) {
                out.add(p);
                from = Math.max(from, p.end());
            }
        }
        return out;
    }

    /**
     * The well-formed numerals of {@code text} with nothing required around them (as the
     * scanner would read them before looking for a unit): for callers that read a bare number
     * from its context.
     */
    public static List<Token> numerals(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = NUMERAL.matcher(text);
        for (int from = 0; findFrom(m, text, from); from = m.end()) {
            if (leftBoundaryOk(text, m.start()) && !malformedAfter(text, m.end())) {
                Token t = token(text, m.start(), m.end());
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /**
     * {@code m.find(from)} without the regex engine's scan: every numeral begins with an Arabic
     * digit or a Chinese numeral character, so the match is tried only where one is.
     */
    private static boolean findFrom(Matcher m, String text, int from) {
        for (int p = from; p < text.length(); p++) {
            char c = text.charAt(p);
            if (ChineseNumerals.isNumeralChar(c)
                    && m.region(p, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private Phrase<U> phrase(String text, int s, int e) {
        Optional<UnitHit<U>> pre = units.before(text, s);
        Measured<U> lower = measured(text, s, e);
        Bounds<U> b = lower != null ? measuredBounds(text, lower) : bareBounds(text, s, e, pre);
        if (b == null) {
            return null;
        }
        Measured<U> last = b.upper() != null ? b.upper() : b.lower();
        UnitHit<U> unit = last != null ? last.unit() : pre.get();
        if (pre.isPresent() && last != null && !pre.get().unit().equals(last.unit().unit())) {
            Optional<U> both = units.between(text, pre.get(), last.unit());
            if (both.isPresent()) {
                unit = new UnitHit<>(both.get(), unit.start(), unit.end());
            } else {
                pre = Optional.empty();
            }
        }
        int start = pre.map(UnitHit::start).orElse(s);
        int end = last != null ? last.unit().end() : e;
        return withContext(text, start, end, last != null, unit, b);
    }

    /**
     * The numbers of a phrase: the lower numeral, the lower and upper numerals with their units
     * (either may be null), the (lower) value and the upper bound of a range or null.
     */
    private record Bounds<U>(Token low, Measured<U> lower, Measured<U> upper, BigDecimal value, BigDecimal max) {
    }

    /** Bounds of a numeral with its unit after it, and an upper bound with the same unit if a range follows. */
    private Bounds<U> measuredBounds(String text, Measured<U> lower) {
        Measured<U> upper = rangeUpper(text, lower.unit().end(), lower.unit().unit());
        BigDecimal value = lower.token().numeral().value();
        BigDecimal max = null;
        if (upper != null) {
            BigDecimal hi = upper.token().numeral().value();
            if (value.compareTo(hi) < 0) {
                max = hi;
            } else {
                upper = null;
            }
        }
        return new Bounds<>(lower.token(), lower, upper, value, max);
    }

    /**
     * Bounds of a numeral with no unit after it: the lower end of a range ({@code 5-10万元}) or a
     * number after a unit ({@code 人民币500}); null if it is neither.
     */
    private Bounds<U> bareBounds(String text, int s, int e, Optional<UnitHit<U>> pre) {
        Measured<U> upper = rangeUpper(text, e, null);
        if (upper == null && pre.isEmpty()) {
            return null; // neither a unit before it nor a range after it: no amount, whatever the numeral
        }
        Token low = token(text, s, e);
        if (low == null) {
            return null;
        }
        if (upper != null) {
            BigDecimal value = lowerBound(low, upper.token());
            if (value != null) {
                return new Bounds<>(low, null, upper, value, upper.token().numeral().value());
            }
        }
        if (pre.isEmpty() || !units.accepts(text, low, pre.get())) {
            return null;
        }
        return new Bounds<>(low, null, null, low.numeral().value(), null);
    }

    /** The phrase {@code [start, end)} with its rate (when {@code measured}) and the qualifier words around it. */
    private Phrase<U> withContext(String text, int start, int spanEnd, boolean measured, UnitHit<U> unit, Bounds<U> b) {
        int end = spanEnd;
        String per = "";
        if (rates && measured) {
            Optional<Rates.Suffix> suffix = Rates.standard().after(text, end);
            if (suffix.isPresent()) {
                per = suffix.get().per();
                end = suffix.get().end();
            }
        }
        Optional<Qualifiers.Match> before = qualifiers.before(text, start);
        Optional<Qualifiers.Match> after = qualifiers.after(text, end);
        if (rates && per.isEmpty()) {
            per = Rates.standard().before(text, before.map(Qualifiers.Match::start).orElse(start));
        }
        Token number = b.upper() != null ? b.upper().token() : b.low();
        String surface = text.substring(unit.start(), unit.end());
        Qualifier q;
        if (b.max() != null) {
            q = Qualifier.RANGE;
        } else if (before.isPresent()) {
            q = before.get().qualifier();
        } else if (after.isPresent()) {
            q = after.get().qualifier();
        } else if (surface.indexOf('多') >= 0 || surface.indexOf('余') >= 0) {
            q = Qualifier.MORE_THAN;
        } else {
            q = number.numeral().marker();
        }
        return new Phrase<>(start, end, unit.unit(), surface, b.value(), b.max(), per, q, number);
    }

    /** A numeral with its unit after it. */
    private record Measured<U>(Token token, UnitHit<U> unit) {
    }

    /**
     * The shortest numeral from {@code s} (within the regex match {@code [s, e)}) that a unit
     * follows: {@code 500千瓦} is 500 + 千瓦, not 500千 + 瓦; {@code 3500万吨} is 3500万 + 吨.
     */
    private Measured<U> measured(String text, int s, int e) {
        for (int end = s + 1; end <= e; end++) {
            int u = end < text.length() && text.charAt(end) == ' ' ? end + 1 : end;
            Optional<UnitHit<U>> hit = units.after(text, u);
            if (hit.isEmpty()) {
                continue;
            }
            Token t = token(text, s, end);
            if (t != null && units.accepts(text, t, hit.get())) {
                return new Measured<>(t, hit.get());
            }
        }
        return null;
    }

    /** The upper bound of a range: a separator at {@code pos}, then a numeral with a unit. */
    private Measured<U> rangeUpper(String text, int pos, U sameUnit) {
        if (pos >= text.length() - 1 || SEPARATORS.indexOf(text.charAt(pos)) < 0) {
            return null;
        }
        Matcher m = NUMERAL.matcher(text).region(pos + 1, text.length());
        if (!m.lookingAt() || malformedAfter(text, m.end())) {
            return null;
        }
        Measured<U> up = measured(text, m.start(), m.end());
        if (up == null || (sameUnit != null && !sameUnit.equals(up.unit().unit()))) {
            return null;
        }
        return up;
    }

    /**
     * The lower bound of {@code 5-10万}: a lower numeral without 万/亿 takes the upper one's
     * multiplier when that keeps it below the upper bound; null if no reading is below it.
     */
    private static BigDecimal lowerBound(Token low, Token high) {
        BigDecimal hi = high.numeral().value();
        BigDecimal lo = low.numeral().value();
        String highCore = high.text().replaceAll("[余多几]", "");
        Matcher mult = UPPER_MULTIPLIER.matcher(highCore);
        if (mult.find() && low.text().indexOf('万') < 0 && low.text().indexOf('亿') < 0) {
            BigDecimal factor = ChineseNumerals.value("1" + mult.group(1)).orElse(BigDecimal.ONE);
            BigDecimal scaled = lo.multiply(factor);
            if (scaled.compareTo(hi) < 0) {
                return scaled;
            }
        }
        return lo.compareTo(hi) < 0 ? lo : null;
    }

    /** A numeral at {@code [s, end)}, or null if it is not a plausible number on its own. */
    private static Token token(String text, int s, int end) {
        String t = text.substring(s, end);
        if (!plausible(t)) {
            return null;
        }
        return ChineseNumerals.parse(t).map(n -> new Token(s, end, t, n)).orElse(null);
    }

    /**
     * Rejects what parses but is no amount: over-long digit strings (IDs, phone numbers
     * with area codes), leading zeros, a bare multiplier first (百余, 千万), and Chinese digit
     * strings without units (二〇二五, 五一, 七八).
     */
    private static boolean plausible(String t) {
        char c0 = t.charAt(0);
        if (c0 >= '0' && c0 <= '9') {
            int digits = 0;
            int i = 0;
            while (i < t.length() && ((t.charAt(i) >= '0' && t.charAt(i) <= '9') || t.charAt(i) == ',')) {
                if (t.charAt(i) != ',') {
                    digits++;
                }
                i++;
            }
            boolean fraction = i < t.length() && t.charAt(i) == '.';
            return digits <= MAX_INTEGER_DIGITS && !(c0 == '0' && digits > 1 && !fraction);
        }
        if ("万亿".indexOf(c0) >= 0 || ("百千佰仟".indexOf(c0) >= 0 && t.indexOf('万') < 0 && t.indexOf('亿') < 0)) {
            return false; // 万人, 千家: a bare multiplier; but 百万, 千亿 are numbers
        }
        String core = t.replaceAll("[余多几]", "");
        if (core.length() > 1 && core.chars().allMatch(c -> CN_DIGITS.indexOf(c) >= 0)) {
            return false;
        }
        return true;
    }

    /** Whether a numeral may start at {@code s}: not inside a longer number, code or ordinal. */
    static boolean leftBoundaryOk(String text, int s) {
        if (s == 0) {
            return true;
        }
        char c = text.charAt(s - 1);
        if (Character.isDigit(c) || ".．#＃_第".indexOf(c) >= 0 || isAsciiLetter(c)) {
            return false;
        }
        if ((c == '/' || c == '／' || c == ',') && s >= 2 && Character.isDigit(text.charAt(s - 2))) {
            return false; // 1/3, 2024/11, 15,20 (an ASCII comma elsewhere is punctuation)
        }
        boolean chinese = ChineseNumerals.isChineseNumeral(text.charAt(s));
        if (chinese && (c == '几' || c == '数' || c == '上' || c == '成')) {
            return false; // 几十个, 数十家, 上百万, 成千上万: vague, not a count
        }
        if (SEPARATORS.indexOf(c) >= 0 && s >= 2) {
            char b = text.charAt(s - 2);
            // the upper end of a range whose lower end was not read (2019-2024年, 第1-3名)
            return !(Character.isDigit(b) || ChineseNumerals.isChineseNumeral(b) || b == '%' || b == '％');
        }
        return true;
    }

    /** A decimal point right after a numeral means it is malformed (5.万元, 1..5万元). */
    static boolean malformedAfter(String text, int e) {
        return e < text.length() && (text.charAt(e) == '.' || text.charAt(e) == '．');
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
