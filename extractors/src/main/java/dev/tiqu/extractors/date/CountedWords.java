package dev.tiqu.extractors.date;

import static dev.tiqu.extractors.date.DateText.CN_DIGITS;
import static dev.tiqu.extractors.date.DateText.closedWithin;
import static dev.tiqu.extractors.date.DateText.followedBy;
import static dev.tiqu.extractors.date.DateText.followedByWord;
import static dev.tiqu.extractors.date.DateText.lookingAt;
import static dev.tiqu.extractors.date.DateText.number;

import dev.tiqu.core.Lexicon;
import dev.tiqu.extractors.date.CountedSpan.Unit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date expressions counted from the publication date ({@link CountedSpan}): offsets
 * ({@code 10天后}, {@code 五年前}, {@code 三个月后}), the last units before it ({@code 过去二十年},
 * {@code 近三个月}), relative quarters ({@code 上季度}, {@code 本季度末}), bare weekdays
 * ({@code 周五召开}), and two spans written with absolute years: decades ({@code 60年代},
 * {@code 上世纪80年代}, {@code 1990年代}) and a two-digit year alone at a clause start
 * ({@code 23年全市…}), and two neighbouring days or years named together ({@code 明后天},
 * {@code 今明两年}). The words and guards are {@code relative_quarters.tsv}, {@code relative_pairs.tsv}
 * and {@code counted_guards.tsv} (each line says why).
 *
 * <p>Immutable and thread-safe. Example: {@code find("近五年，…", 0)} is 近五年 = (YEAR, -5, -1).
 */
final class CountedWords {

    private static final String NUMBER = "(\\d{1,3}|[一二两三四五六七八九十百]{1,4})";
    private static final String UNITS = " ?(天|周|个星期|个月|年)";
    private static final Pattern OFFSET = Pattern.compile(NUMBER + UNITS + "(之后|以后|后|之前|以前|前)");
    private static final Pattern RECENT = Pattern.compile("(过去|最近|近)(?:的)? ?" + NUMBER + UNITS);
    private static final Pattern DECADE = Pattern.compile(
            "(上世纪|上个世纪|20世纪|二十世纪|本世纪|21世纪|二十一世纪)?(\\d0|[二三四五六七八九]十|(?:1[0-9]|20)\\d0)年代");
    private static final Pattern WEEKDAY = Pattern.compile("(周|星期|礼拜)([一二三四五六日天])");
    private static final Pattern SHORT_YEAR = Pattern.compile("(\\d{2})年");
    private static final String WEEKDAY_CHARS = "一二三四五六日天";
    private static final String STARTS = "过最近上本下这季周星礼今明昨";
    /** Every character one of these expressions may begin with: {@link #STARTS}, digits and Chinese digits. */
    private static final BitSet FIRST_CHARS = new BitSet();

    static {
        (STARTS + CN_DIGITS + "0123456789").chars().forEach(FIRST_CHARS::set);
    }

    private record QuarterWord(String word, int offset, boolean end) {
    }

    private record PairWord(String word, CountedSpan span) {
    }

    private final List<QuarterWord> quarters = new ArrayList<>();
    private final List<PairWord> pairs = new ArrayList<>();
    private final String offsetAfter;
    private final String offsetNotBefore;
    private final String recentNotAfter;
    private final String recentNotBefore;
    private final List<String> bareWeekdayBefore;
    private final String bareWeekdayNotAfter;
    private final List<String> shortYearBefore;
    private final int decadePivot;
    private final List<String> clockNotAfter;
    private final DateWords words;

    CountedWords(DateWords words) {
        this.words = words;
        for (String line : Lexicon.lines(DateWords.RESOURCES + "relative_quarters.tsv")) {
            String[] f = line.split("\t");
            quarters.add(new QuarterWord(f[0].strip(), Integer.parseInt(f[1].strip()), f[2].strip().equals("end")));
        }
        quarters.sort(Comparator.comparingInt((QuarterWord q) -> q.word().length()).reversed());
        for (String line : Lexicon.lines(DateWords.RESOURCES + "relative_pairs.tsv")) {
            String[] f = line.split("\t");
            Unit unit = f[1].strip().equals("year") ? Unit.YEAR : Unit.DAY;
            pairs.add(new PairWord(f[0].strip(), new CountedSpan(unit, Integer.parseInt(f[2].strip()), Integer.parseInt(f[3].strip()))));
        }
        pairs.sort(Comparator.comparingInt((PairWord w) -> w.word().length()).reversed());
        Map<String, String> g = Lexicon.pairs(DateWords.RESOURCES + "counted_guards.tsv");
        offsetAfter = guard(g, "offset_after_chars");
        offsetNotBefore = guard(g, "offset_not_before_chars");
        recentNotAfter = guard(g, "recent_not_after_chars");
        recentNotBefore = guard(g, "recent_not_before_chars");
        bareWeekdayBefore = List.of(guard(g, "bare_weekday_before_words").split(" +"));
        bareWeekdayNotAfter = guard(g, "bare_weekday_not_after_chars");
        shortYearBefore = List.of(guard(g, "short_year_before_words").split(" +"));
        decadePivot = Integer.parseInt(guard(g, "decade_pivot"));
        clockNotAfter = List.of(guard(g, "clock_not_after_words").split(" +"));
    }

    /**
     * Whether a clock time with no day at {@code i} recurs ({@code 每天上午9时}, also when read from
     * its digits, after the period word): then it is no date.
     */
    boolean recurringClock(String t, int i) {
        for (int k = i; k >= Math.max(0, i - 2); k--) {
            String period = k == i ? "" : words.period(t, k);
            if (period != null && k + period.length() == i && DateText.precededByWord(t, k, clockNotAfter)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of these expressions may begin at {@code i}: its first two characters are checked. */
    boolean mayStart(String t, int i) {
        char c = t.charAt(i);
        if (!FIRST_CHARS.get(c)) {
            return false;
        }
        if (c >= '0' && c <= '9' || CN_DIGITS.indexOf(c) >= 0) {
            return true;
        }
        if (i + 1 >= t.length()) {
            return false;
        }
        String next = switch (c) {
            case '过' -> "去";
            case '最' -> "近";
            case '近' -> CN_DIGITS + "0123456789";
            case '上', '下' -> "季一个世";
            case '本' -> "季世";
            case '这' -> "一个";
            case '季' -> "度";
            case '周' -> WEEKDAY_CHARS;
            case '星' -> "期";
            case '今', '昨' -> "明今";
            case '明' -> "后";
            default -> "拜"; // 礼
        };
        return next.indexOf(t.charAt(i + 1)) >= 0;
    }

    /** The expression at {@code i}, or null. */
    DateExpression find(String t, int i) {
        char c = t.charAt(i);
        char prev = i == 0 ? '，' : t.charAt(i - 1);
        if (Character.isDigit(prev) || CN_DIGITS.indexOf(prev) >= 0 || prev == '.' || prev == '第') {
            return null;
        }
        if (c >= '0' && c <= '9' || CN_DIGITS.indexOf(c) >= 0) {
            if (!closedWithin(t, i, 9, "前后代年")) {
                return null; // what an offset, a decade and a two-digit year close with
            }
            DateExpression e = offset(t, i, prev);
            if (e == null) {
                e = decade(t, i);
            }
            return e != null ? e : shortYear(t, i, prev);
        }
        if ("过最近".indexOf(c) >= 0) {
            return recent(t, i, prev);
        }
        if ("今明昨".indexOf(c) >= 0) {
            return pair(t, i);
        }
        DateExpression e = c == '周' || c == '星' || c == '礼' ? weekday(t, i, prev) : quarter(t, i);
        return e != null ? e : decade(t, i);
    }

    /** {@code 10天后}, {@code 五年前}: a point that many units from the page date. */
    private DateExpression offset(String t, int i, char prev) {
        if (i > 0 && offsetAfter.indexOf(prev) < 0 && prev != ' ' || !closedWithin(t, i, 8, "前后")) {
            return null;
        }
        Matcher m = lookingAt(OFFSET, t, i);
        Integer n = m == null ? null : number(m.group(1));
        if (n == null || n < 1 || followedBy(t, m.end(), offsetNotBefore)) {
            return null;
        }
        int k = m.group(3).contains("前") ? -n : n;
        return counted(i, m.end(), span(m.group(2), k, k));
    }

    /**
     * {@code 过去二十年}, {@code 近三个月}: the whole units before the page's own; like an offset only
     * where a clause or the page's time line begins ({@code 节省近4个月} is nearly four months).
     */
    private DateExpression recent(String t, int i, char prev) {
        boolean timeLine = i == 0 || prev == ' ' || offsetAfter.indexOf(prev) >= 0 || t.charAt(i) == '过' && prev == '在';
        if (!timeLine || recentNotAfter.indexOf(prev) >= 0 || !closedWithin(t, i, 9, "天周期月年")) {
            return null;
        }
        Matcher m = lookingAt(RECENT, t, i);
        Integer n = m == null ? null : number(m.group(2));
        if (n == null || n < 1 || followedBy(t, m.end(), recentNotBefore)) {
            return null;
        }
        return counted(i, m.end(), span(m.group(3), -n, -1));
    }

    private static CountedSpan span(String unit, int from, int to) {
        return switch (unit) {
            case "天" -> new CountedSpan(Unit.DAY, from, to);
            case "周", "个星期" -> new CountedSpan(Unit.DAY, from * 7, to == -1 ? -1 : to * 7);
            case "个月" -> new CountedSpan(Unit.MONTH, from, to);
            default -> new CountedSpan(Unit.YEAR, from, to);
        };
    }

    /** {@code 上季度}, {@code 本季度}, {@code 季度末}: a quarter counted from the page's. */
    private DateExpression quarter(String t, int i) {
        if (!closedWithin(t, i - 1, 4, "季") || !words.relativeAllowed(t, i)) {
            return null;
        }
        for (QuarterWord q : quarters) {
            if (t.startsWith(q.word(), i)) {
                Unit unit = q.end() ? Unit.QUARTER_END : Unit.QUARTER;
                return counted(i, i + q.word().length(), new CountedSpan(unit, q.offset(), q.offset()));
            }
        }
        return null;
    }

    /** {@code 明后天}, {@code 今明两年}: two neighbouring days or years, not inside a longer word. */
    private DateExpression pair(String t, int i) {
        if (!words.relativeAllowed(t, i)) {
            return null;
        }
        for (PairWord w : pairs) {
            if (t.startsWith(w.word(), i)) {
                return counted(i, i + w.word().length(), w.span());
            }
        }
        return null;
    }

    /** {@code 周五召开}, {@code 星期一}: the nearest such weekday on or before the page date. */
    private DateExpression weekday(String t, int i, char prev) {
        Matcher m = lookingAt(WEEKDAY, t, i);
        if (m == null || bareWeekdayNotAfter.indexOf(prev) >= 0 || DateGrammar.CONNECTOR.matcher(t)
                .region(m.end(), t.length()).lookingAt() && followedBy(t, nextAfterConnector(t, m.end()), "周星礼")) {
            return null;
        }
        int end = m.end();
        boolean named = !m.group(1).equals("周");
        boolean closes = end == t.length() || !Character.isLetterOrDigit(t.charAt(end))
                || words.period(t, end) != null || followedByWord(t, end, bareWeekdayBefore);
        if (!named && !closes) {
            return null;
        }
        int day = Math.min(WEEKDAY_CHARS.indexOf(m.group(2)) + 1, 7);
        String period = words.period(t, end);
        if (period != null && !numeralAt(t, end + period.length())) {
            end += period.length(); // 周日晚: the day's part joins its span; a clock after it is read on its own
        }
        return counted(i, end, new CountedSpan(Unit.WEEKDAY, day, day));
    }

    private static boolean numeralAt(String t, int pos) {
        return pos < t.length() && (Character.isDigit(t.charAt(pos)) || CN_DIGITS.indexOf(t.charAt(pos)) >= 0);
    }

    private static int nextAfterConnector(String t, int pos) {
        Matcher c = DateGrammar.CONNECTOR.matcher(t).region(pos, t.length());
        return c.lookingAt() ? c.end() : pos;
    }

    /** {@code 60年代} (1960/1969), {@code 上世纪80年代}, {@code 1990年代}, {@code 20年代} (the 2020s). */
    private DateExpression decade(String t, int i) {
        Matcher m = closedWithin(t, i, 9, "代") ? lookingAt(DECADE, t, i) : null;
        Integer n = m == null ? null : number(m.group(2));
        if (n == null) {
            return null;
        }
        String century = m.group(1);
        int first;
        if (n >= 1000) {
            first = n;
        } else if (century == null) {
            first = (n <= decadePivot ? 2000 : 1900) + n;
        } else {
            first = (century.contains("本") || century.contains("21") || century.contains("二十一") ? 2000 : 1900) + n;
        }
        DatePoint a = DatePoint.EMPTY.withYear(first, null);
        DatePoint z = DatePoint.EMPTY.withYear(first + 9, null);
        return new DateExpression(i, m.end(), m.end(), a, z, false);
    }

    /** {@code 23年全市…}: a two-digit year alone at a clause start, before a word of the page's time line. */
    private DateExpression shortYear(String t, int i, char prev) {
        if (i + 3 >= t.length() || t.charAt(i + 2) != '年' || i > 0 && Character.isLetter(prev)
                || !followedByWord(t, i + 3, shortYearBefore)) {
            return null;
        }
        Matcher m = lookingAt(SHORT_YEAR, t, i);
        if (m == null) {
            return null;
        }
        int n = Integer.parseInt(m.group(1));
        int year = n <= words.guards().shortYearPivot ? 2000 + n : 1900 + n;
        DatePoint p = DatePoint.EMPTY.withYear(year, null);
        return new DateExpression(i, m.end(), m.end(), p, null, false);
    }

    private static DateExpression counted(int start, int end, CountedSpan span) {
        return new DateExpression(start, end, end, DatePoint.EMPTY, null, false, span);
    }

    private static String guard(Map<String, String> g, String name) {
        return DateText.required(g, "counted_guards.tsv", name);
    }
}
