package dev.tiqu.extractors.number;

import dev.tiqu.core.Lexicon;
import dev.tiqu.core.mention.Qualifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * (a digit, decimal point, letter or 第 before it, a decimal point after it) is skipped, unless the letters
 * before it are a unit written before numbers ({@code RMB350,000.00}).
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
    /** The separators that are dashes: a minus sign after one of them is a second dash, not a sign. */
    private static final String DASHES = "-－~～〜—–";
    private static final Map<String, String> SIGNS = Lexicon.pairs("/dev/tiqu/extractors/number/signs.tsv");
    private static final String MINUS = SIGNS.get("minus");
    private static final String MINUS_NOT_AFTER = SIGNS.get("not_after");
    /** How far before a dash a digit makes it a range dash, not a sign: a unit of up to three characters (100万千瓦-). */
    private static final int DASH_LOOKBACK = 4;
    /** The dashes a connector may double: {@code ——}, {@code --}. */
    private static final String DOUBLED = "-－—";
    /** Marks that a range's bound is included, written next to the connector. */
    private static final List<String> INCLUSIVE = List.of("（含）", "(含)");
    /** The multiplier characters a range's lower numeral may borrow from its upper one. */
    private static final String MULTIPLIERS = "十百千万亿拾佰仟";
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
            boolean letterUnit = s > 0 && isAsciiLetter(text.charAt(s - 1)) && units.before(text, s).isPresent(); // RMB350
            if (!(leftBoundaryOk(text, s) || letterUnit) || malformedAfter(text, e)) {
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
     * digit, a Chinese numeral character or a vague prefix (几, 数, 上), so the match is tried only where one is.
     */
    private static boolean findFrom(Matcher m, String text, int from) {
        for (int p = from; p < text.length(); p++) {
            char c = text.charAt(p);
            boolean vague = ChineseNumerals.isVaguePrefix(c) && p + 1 < text.length()
                    && ChineseNumerals.isChineseNumeral(text.charAt(p + 1));
            if ((ChineseNumerals.isNumeralChar(c) || vague) && m.region(p, text.length()).lookingAt()) {
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
        if (b.max() == null && minusBefore(text, start)) {
            return withContext(text, start - 1, end, last != null, unit, b.negated());
        }
        return withContext(text, start, end, last != null, unit, b);
    }

    /**
     * The numbers of a phrase: the lower numeral, the lower and upper numerals with their units
     * (either may be null), the (lower) value and the upper bound of a range or null.
     */
    private record Bounds<U>(Token low, Measured<U> lower, Measured<U> upper, BigDecimal value, BigDecimal max) {

        Bounds<U> negated() {
            return new Bounds<>(low, lower, upper, value.negate(), max);
        }
    }

    /**
     * Whether a minus sign ({@code signs.tsv}: 负, -, −, －) is right before {@code start} and
     * does not continue a number, code or word before it (3%-5%, A-3, 正负3%).
     */
    private static boolean minusBefore(String text, int start) {
        if (start < 1 || MINUS.indexOf(text.charAt(start - 1)) < 0) {
            return false;
        }
        if (start < 2) {
            return true;
        }
        char b = text.charAt(start - 2);
        boolean ascii = text.charAt(start - 1) != '负';
        return !(ChineseNumerals.isNumeralChar(b) || isAsciiLetter(b) || MINUS_NOT_AFTER.indexOf(b) >= 0
                || ascii && (DASHES.indexOf(b) >= 0 || amountJustBefore(text, start - 1)));
    }

    /** Whether a digit is among the few characters before {@code pos}: a dash there joins two amounts (100元-50元). */
    private static boolean amountJustBefore(String text, int pos) {
        for (int k = pos - 1; k >= 0 && k >= pos - DASH_LOOKBACK; k--) {
            if (Character.isDigit(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** Bounds of a numeral with its unit after it, and an upper bound with the same unit if a range follows. */
    private Bounds<U> measuredBounds(String text, Measured<U> lower) {
        Measured<U> upper = rangeUpper(text, lower.unit().end(), lower.unit().unit());
        BigDecimal value = lower.token().numeral().value();
        BigDecimal max = lower.token().numeral().max();
        if (upper != null) {
            BigDecimal hi = upper.token().numeral().value();
            if (value.compareTo(hi) < 0 && (max == null || max.compareTo(hi) < 0)) {
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
        return new Bounds<>(low, null, null, low.numeral().value(), low.numeral().max());
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
        if (b.max() != null && b.upper() != null) {
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
        int after = connectorEnd(text, pos);
        if (after < 0 || after >= text.length()) {
            return null;
        }
        Matcher m = NUMERAL.matcher(text).region(after, text.length());
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
     * The end of a range connector at {@code pos}, or -1: one separator ({@code -}, {@code ~},
     * {@code —}, {@code 至}, {@code 到}…), a doubled dash ({@code ——}, {@code --}), with an
     * inclusion mark before or after it ({@code 10万元（含）至20万元}).
     */
    private static int connectorEnd(String text, int pos) {
        int q = pastInclusive(text, pos);
        if (q >= text.length() || SEPARATORS.indexOf(text.charAt(q)) < 0) {
            return -1;
        }
        char c = text.charAt(q);
        q++;
        if (q < text.length() && text.charAt(q) == c && DOUBLED.indexOf(c) >= 0) {
            q++;
        }
        return pastInclusive(text, q);
    }

    /** {@code pos}, or past an inclusion mark there: （含）, (含). */
    private static int pastInclusive(String text, int pos) {
        for (String mark : INCLUSIVE) {
            if (text.startsWith(mark, pos)) {
                return pos + mark.length();
            }
        }
        return pos;
    }

    /**
     * The lower bound of {@code 5-10万}, {@code 两到三百}, {@code 3-5千万}: a lower numeral with no
     * multiplier of its own takes the upper one's trailing multipliers (百, 千, 万, 亿 and their
     * combinations; not a lone 十: {@code 一到二十} is 1 to 20) when that keeps it below the upper
     * bound; a lower numeral with 十/百/千 but no 万/亿 still takes 万/亿 ({@code 十到二十万}).
     * Null if no reading is below the upper bound.
     */
    private static BigDecimal lowerBound(Token low, Token high) {
        BigDecimal hi = high.numeral().value();
        BigDecimal lo = low.numeral().value();
        String highCore = high.text().replaceAll("[余多几]", "");
        String lowCore = low.text().replaceAll("[余多几]", "");
        String tail = trailingMultipliers(highCore);
        String borrowed = null;
        if (!tail.isEmpty() && !tail.equals("十") && trailingMultipliers(lowCore).isEmpty()) {
            borrowed = tail;
        } else {
            Matcher mult = UPPER_MULTIPLIER.matcher(highCore);
            if (mult.find() && lowCore.indexOf('万') < 0 && lowCore.indexOf('亿') < 0) {
                borrowed = mult.group(1);
            }
        }
        if (borrowed != null) {
            BigDecimal factor = ChineseNumerals.value("1" + borrowed).orElse(BigDecimal.ONE);
            BigDecimal scaled = lo.multiply(factor);
            if (scaled.compareTo(hi) < 0) {
                return scaled;
            }
        }
        return lo.compareTo(hi) < 0 ? lo : null;
    }

    /** The multiplier characters (十百千万亿) ending {@code numeral}, or "" ({@code 3千万} → 千万, {@code 三百五} → ""). */
    private static String trailingMultipliers(String numeral) {
        int k = numeral.length();
        while (k > 0 && MULTIPLIERS.indexOf(numeral.charAt(k - 1)) >= 0) {
            k--;
        }
        return numeral.substring(k);
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
            while (i < t.length() && ((t.charAt(i) >= '0' && t.charAt(i) <= '9') || t.charAt(i) == ',' || t.charAt(i) == '，')) {
                if (t.charAt(i) >= '0' && t.charAt(i) <= '9') {
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
        return !bareDigitString(t);
    }

    /** Whether {@code t} without 余, 多 and 几 is two or more Chinese digits and nothing else (二〇二五, 七八). */
    private static boolean bareDigitString(String t) {
        int digits = 0;
        for (int i = 0; i < t.length(); i++) {
            boolean digit = CN_DIGITS.indexOf(t.charAt(i)) >= 0;
            if (!digit && "余多几".indexOf(t.charAt(i)) < 0) {
                return false;
            }
            digits += digit ? 1 : 0;
        }
        return digits > 1;
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
            return false; // inside a vague numeral read from its prefix (几十个, 数十家, 上百万); 成千上万: no count
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
