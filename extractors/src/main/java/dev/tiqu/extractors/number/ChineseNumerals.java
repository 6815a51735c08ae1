package dev.tiqu.extractors.number;

import dev.tiqu.core.mention.Qualifier;
import java.math.BigDecimal;
import java.util.BitSet;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one numeral parser of tiqu: Arabic, Chinese and mixed numerals with 千/万/亿/万亿
 * multipliers and 余/多/几 markers.
 *
 * <p>Examples: {@code 3.5万 → 35000}; {@code 2849.529万 → 28495290}; {@code 1,200 → 1200}; {@code 1，234，567 → 1234567};
 * {@code 一百零五 → 105}; {@code 两千万 → 20000000}; {@code 二〇二五 → 2025}; {@code 3仟 → 3000} (financial
 * multipliers after Arabic digits too);
 * {@code 一点五亿 → 150000000}; {@code 80余万 → 800000 MORE_THAN}; {@code 十几 → 10 APPROX};
 * {@code 百亿 → 10000000000} (a leading 百 or 千 counts as one before 万 or 亿);
 * vague numerals as ranges: {@code 几千 → 1000..9999 APPROX}, {@code 三四十亿 → 3000000000..4000000000}
 * (the bounds of each vague form are listed in the README's mentions section).
 *
 * <p>Stateless and thread-safe. Input is expected cleaned (full-width digits folded).
 */
public final class ChineseNumerals {

    /** Arabic digits, with thousands separators (ASCII or full-width comma: 1,234 and 1，234,567). */
    private static final String ARABIC = "(?:\\d{1,3}(?:[,，]\\d{3})+(?!\\d)|\\d+)(?:\\.\\d+)?";
    private static final String CN_CHARS = "零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟";
    private static final String CHINESE = "[" + CN_CHARS + "]+(?:点[零〇一二三四五六七八九]+[十百千万亿]*|[余多几](?:万亿|万|亿))?";
    private static final String MARK = "[余多几]";
    /** 几, 数 or 上 before a multiplier: a vague order of magnitude (几千, 数百万, 上千万). */
    private static final String VAGUE_PREFIX = "(?:[几数上](?=[十百千万亿]))";
    /** {@code 几千}, {@code 数百万}, {@code 上亿}: a vague prefix, then multipliers only. */
    private static final Pattern VAGUE_MAGNITUDE = Pattern.compile("[几数上]([十百千万亿]+)");
    /**
     * The multiplier tails numbers are written with: one of 十/百/千, then 万 or 亿, then 亿, each
     * optional. Two large multipliers at most: 万亿 (10^12) and 亿亿 (10^16, 每秒亿亿次) are written,
     * 万亿亿, 亿亿亿 and 亿万 are not numbers.
     */
    private static final Pattern MULTIPLIER_TAIL = Pattern.compile("[十百千拾佰仟]?[万亿]?亿?");
    /** {@code 十几}, {@code 二十几万}: 几 as the units digit after 十, then 万/亿. */
    private static final Pattern VAGUE_UNITS = Pattern.compile("([一二两三四五六七八九]?)十几(万亿|万|亿)?");
    /** {@code 三四十亿}, {@code 五六百}, {@code 七八亿}: two adjacent digits, then multipliers. */
    private static final Pattern ADJACENT_DIGITS = Pattern.compile("([一二两三四五六七八九])([二三四五六七八九])([十百千万亿]+)");

    /**
     * A regular expression (no groups) matching one numeral as {@link #parse} accepts it,
     * markers included: {@code 3.5万}, {@code 80余万}, {@code 5亿多}, {@code 二十余}, {@code 十几}.
     * Callers must check the characters around a match (a preceding digit or decimal point
     * means the match is part of a malformed number).
     */
    public static final String REGEX = "(?:" + ARABIC + MARK + "?(?:[十百千拾佰仟]?(?:万亿|万|亿)|[十百千拾佰仟])?"
            + "|" + VAGUE_PREFIX + "?" + CHINESE + ")" + MARK + "?";

    private static final Pattern WHOLE = Pattern.compile(REGEX);
    private static final Pattern ARABIC_HEAD = Pattern.compile("^" + ARABIC);
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

    /** {@link #CN_CHARS} as a bitmap over UTF-16 characters, for per-character scans. */
    private static final BitSet CN = new BitSet();

    static {
        CN_CHARS.chars().forEach(CN::set);
    }

    private ChineseNumerals() {
    }

    /** Whether {@code c} is a Chinese numeral character ({@code 一}, {@code 万}, {@code 贰}…). */
    public static boolean isChineseNumeral(char c) {
        return CN.get(c);
    }

    /** Whether {@code c} may begin a vague numeral ({@code 几千}, {@code 数百万}, {@code 上亿}). */
    public static boolean isVaguePrefix(char c) {
        return c == '几' || c == '数' || c == '上';
    }

    /** Whether a numeral may contain {@code c}: an ASCII digit or a Chinese numeral character. */
    public static boolean isNumeralChar(char c) {
        return c >= '0' && c <= '9' || CN.get(c);
    }

    /** Parses a whole string as one numeral; empty if it is not one (e.g. {@code 1..5}, {@code 5.}). */
    public static Optional<Numeral> parse(CharSequence input) {
        if (input == null) {
            return Optional.empty();
        }
        String s = input.toString();
        if (s.isEmpty() || !WHOLE.matcher(s).matches()) {
            return Optional.empty();
        }
        Numeral vague = mayBeVague(s) ? vague(s) : null;
        if (vague != null) {
            return Optional.of(vague);
        }
        Qualifier marker = Qualifier.NONE;
        StringBuilder core = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '余' || c == '多') {
                marker = Qualifier.MORE_THAN;
            } else if (c == '几') {
                marker = Qualifier.APPROX;
            } else {
                core.append(c);
            }
        }
        if (core.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal value = Character.isDigit(core.charAt(0)) ? mixed(core.toString()) : chinese(core.toString());
        return value == null ? Optional.empty() : Optional.of(new Numeral(value, marker));
    }

    /** Whether {@code s} has what every vague form begins with or contains: 几/数/上 first, 几, two Chinese digits first. */
    private static boolean mayBeVague(String s) {
        char c0 = s.charAt(0);
        return isVaguePrefix(c0) || s.indexOf('几') >= 0 || s.length() > 2 && digit(c0) > 0 && digit(s.charAt(1)) > 0;
    }

    /**
     * A vague numeral as a range, or null if {@code s} is none. The bounds:
     * <ul>
     * <li>几, 数 or 上 before multipliers: from one of the first multiplier to ten of it less one,
     *     times the others: {@code 几千} 1000..9999, {@code 几十万} 100000..990000,
     *     {@code 数百万} 1000000..9990000, {@code 上千万} 10000000..99990000;</li>
     * <li>几 as the units digit after 十: {@code 十几} 11..19, {@code 二十几万} 210000..290000,
     *     {@code 十几亿} 1100000000..1900000000;</li>
     * <li>two adjacent digits, the second one more: each digit times the multipliers,
     *     {@code 五六百} 500..600, {@code 三四十亿} 3000000000..4000000000.</li>
     * </ul>
     */
    private static Numeral vague(String s) {
        Matcher m = VAGUE_MAGNITUDE.matcher(s);
        if (m.matches() && multiplier(m.group(1)) != null) {
            BigDecimal first = BigDecimal.TEN.pow(unit(m.group(1).charAt(0)));
            BigDecimal rest = multiplier(m.group(1).substring(1));
            return new Numeral(first.multiply(rest), first.multiply(BigDecimal.TEN).subtract(BigDecimal.ONE).multiply(rest),
                    Qualifier.APPROX);
        }
        m = VAGUE_UNITS.matcher(s);
        if (m.matches()) {
            int tens = m.group(1).isEmpty() ? 1 : digit(m.group(1).charAt(0));
            BigDecimal mult = multiplier(m.group(2) == null ? "" : m.group(2));
            return new Numeral(BigDecimal.valueOf(tens * 10L + 1).multiply(mult),
                    BigDecimal.valueOf(tens * 10L + 9).multiply(mult), Qualifier.APPROX);
        }
        m = ADJACENT_DIGITS.matcher(s);
        if (m.matches() && digit(m.group(2).charAt(0)) == digit(m.group(1).charAt(0)) + 1) {
            BigDecimal mult = multiplier(m.group(3));
            return mult == null ? null : new Numeral(BigDecimal.valueOf(digit(m.group(1).charAt(0))).multiply(mult),
                    BigDecimal.valueOf(digit(m.group(2).charAt(0))).multiply(mult), Qualifier.APPROX);
        }
        return null;
    }

    /** Parses and returns only the value; empty if not a numeral. */
    public static Optional<BigDecimal> value(CharSequence input) {
        return parse(input).map(Numeral::value);
    }

    /** Arabic digits followed by Chinese multipliers: 3.5万, 1,200, 2千万, 9佰. */
    private static BigDecimal mixed(String s) {
        var m = ARABIC_HEAD.matcher(s);
        if (!m.find()) {
            return null;
        }
        BigDecimal head = new BigDecimal(m.group().replace(",", "").replace("，", ""));
        BigDecimal mult = multiplier(s.substring(m.end()));
        return mult == null ? null : head.multiply(mult);
    }

    /**
     * The product of a tail of multiplier characters (十 百 千 万 亿); 1 for an empty tail; null
     * for a tail no number is written with (see {@link #MULTIPLIER_TAIL}): {@code 千万}, {@code 十万亿},
     * {@code 千万亿}, {@code 亿亿}, but not {@code 万亿亿}, {@code 亿万}, {@code 百千}.
     */
    private static BigDecimal multiplier(String tail) {
        if (!MULTIPLIER_TAIL.matcher(tail).matches()) {
            return null;
        }
        BigDecimal m = BigDecimal.ONE;
        for (int i = 0; i < tail.length(); i++) {
            int u = unit(tail.charAt(i));
            if (u == 0) {
                return null;
            }
            m = m.multiply(BigDecimal.TEN.pow(u));
        }
        return m;
    }

    private static BigDecimal chinese(String s) {
        int dot = s.indexOf('点');
        if (dot >= 0) {
            return withDecimals(s, dot);
        }
        boolean leadingHundreds = "百千佰仟".indexOf(s.charAt(0)) >= 0 && largeMultiplierAfter(s, 0);
        if (!leadingHundreds && s.chars().noneMatch(c -> digit((char) c) >= 0 || c == '十' || c == '拾')) {
            return null; // a bare multiplier (万, 亿) is not a number
        }
        boolean digitsOnly = s.length() > 1 && s.chars().allMatch(c -> digit((char) c) >= 0);
        return digitsOnly ? digitByDigit(s) : positional(s);
    }

    /** {@code 一点五亿}: the whole part before 点, the digits after it, then a multiplier tail. */
    private static BigDecimal withDecimals(String s, int dot) {
        BigDecimal whole = dot == 0 ? null : chinese(s.substring(0, dot));
        if (whole == null) {
            return null;
        }
        String rest = s.substring(dot + 1);
        int k = 0;
        StringBuilder frac = new StringBuilder("0.");
        while (k < rest.length() && digit(rest.charAt(k)) >= 0) {
            frac.append(digit(rest.charAt(k)));
            k++;
        }
        BigDecimal mult = multiplier(rest.substring(k));
        return mult == null ? null : whole.add(new BigDecimal(frac.toString())).multiply(mult);
    }

    /** {@code 二〇二五}: digits read one by one. */
    private static BigDecimal digitByDigit(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            b.append(digit(s.charAt(i)));
        }
        return new BigDecimal(b.toString());
    }

    /** {@code 三千五百万零八}: digits with the units 十百千 inside sections of 万 and 亿. */
    private static BigDecimal positional(String s) {
        Sections acc = Sections.START;
        for (int i = 0; i < s.length() && acc != null; i++) {
            char c = s.charAt(i);
            int d = digit(c);
            int u = unit(c);
            if (d >= 0) {
                acc = acc.digit(d);
            } else if (u >= 1 && u <= 3) {
                boolean leading = i == 0 || unit(s.charAt(i - 1)) >= 4;
                acc = acc.small(u, leading && (u == 1 || largeMultiplierAfter(s, i)));
            } else if (u == 4) {
                acc = i > 0 && s.charAt(i - 1) == '亿' ? null : acc.tenThousands(); // 亿万
            } else if (u == 8) {
                acc = stackedTwice(s, i) ? null : acc.hundredMillions();
            } else {
                acc = null;
            }
        }
        return acc == null ? null : acc.value(s);
    }

    /**
     * The running state of {@link #positional}: {@code total} (亿 and above, multiplied), {@code wan}
     * (the 万 part below 亿, multiplied), {@code section} (below 万), the pending digit ({@code -1}
     * if none), the last unit read and the smallest of 十百千 so far in this section (4 if none).
     * Each step returns the next state, or null if the numeral is malformed there.
     */
    private record Sections(BigDecimal total, BigDecimal wan, BigDecimal section, int number, int lastUnit,
                            int sectionUnit) {

        static final Sections START = new Sections(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, -1, 0, 4);

        Sections digit(int d) {
            if (number > 0 && d > 0) {
                return null; // two digits in a row with units elsewhere: 一二百
            }
            return new Sections(total, wan, section, d, lastUnit, sectionUnit);
        }

        /** 十, 百 or 千 (power {@code u}); {@code impliedOne}: with no digit before it, it counts one. */
        Sections small(int u, boolean impliedOne) {
            int n = number < 0 ? (impliedOne ? 1 : -1) : number;
            if (n < 0 || u >= sectionUnit) {
                return null; // 百 with no digit before it; 十十, 五十三百: units must descend
            }
            BigDecimal added = section.add(BigDecimal.valueOf(n).multiply(BigDecimal.TEN.pow(u)));
            return new Sections(total, wan, added, -1, u, u);
        }

        Sections tenThousands() {
            if (lastUnit == 4 && number < 0) {
                return null; // 万万
            }
            BigDecimal part = section.add(BigDecimal.valueOf(Math.max(number, 0)));
            return new Sections(total, wan.add(part.multiply(WAN)), BigDecimal.ZERO, -1, 4, 4);
        }

        Sections hundredMillions() {
            BigDecimal below = wan.add(section).add(BigDecimal.valueOf(Math.max(number, 0)));
            BigDecimal t = below.signum() == 0 && total.signum() > 0
                    ? total.multiply(YI) // 万亿 after a number already multiplied
                    : total.add(below).multiply(YI);
            return new Sections(t, BigDecimal.ZERO, BigDecimal.ZERO, -1, 8, 4);
        }

        /** The value once all of {@code s} is read: 一万五 means 15000, 三百五 350 (a trailing digit is one order below). */
        BigDecimal value(String s) {
            BigDecimal tail = BigDecimal.ZERO;
            if (number > 0) {
                tail = lastUnit >= 2 && s.charAt(s.length() - 2) != '零'
                        ? BigDecimal.valueOf(number).multiply(BigDecimal.TEN.pow(lastUnit == 8 ? 7 : lastUnit == 4 ? 3 : lastUnit - 1))
                        : BigDecimal.valueOf(number);
            }
            return total.add(wan).add(section).add(tail);
        }
    }

    /** Whether the 亿 at {@code i} is a third large multiplier in a row (万亿亿, 亿亿亿): no number is written so. */
    private static boolean stackedTwice(String s, int i) {
        return i >= 2 && s.charAt(i - 1) == '亿' && (s.charAt(i - 2) == '亿' || s.charAt(i - 2) == '万');
    }

    /** Whether 万 or 亿 follows position {@code i}: a leading 百/千 then means 一百/一千 (百万, 千亿). */
    private static boolean largeMultiplierAfter(String s, int i) {
        for (int k = i + 1; k < s.length(); k++) {
            if (s.charAt(k) == '万' || s.charAt(k) == '亿') {
                return true;
            }
        }
        return false;
    }

    private static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一', '壹' -> 1;
            case '二', '两', '贰' -> 2;
            case '三', '叁' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陆' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            default -> -1;
        };
    }

    /** The power of ten of a unit character, 0 if it is not one. */
    private static int unit(char c) {
        return switch (c) {
            case '十', '拾' -> 1;
            case '百', '佰' -> 2;
            case '千', '仟' -> 3;
            case '万' -> 4;
            case '亿' -> 8;
            default -> 0;
        };
    }
}
