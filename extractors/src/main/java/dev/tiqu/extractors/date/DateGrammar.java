package dev.tiqu.extractors.date;

import static dev.tiqu.extractors.date.DateText.asciiDigitAt;
import static dev.tiqu.extractors.date.DateText.closedWithin;
import static dev.tiqu.extractors.date.DateText.followedBy;
import static dev.tiqu.extractors.date.DateText.followedByWord;
import static dev.tiqu.extractors.date.DateText.isArabic;
import static dev.tiqu.extractors.date.DateText.lookingAt;
import static dev.tiqu.extractors.date.DateText.number;
import static dev.tiqu.extractors.date.DateText.space;

import dev.tiqu.extractors.date.DateWords.HolidayWord;
import dev.tiqu.extractors.date.DateWords.PeriodKind;
import dev.tiqu.extractors.date.DateWords.RangeWord;
import dev.tiqu.extractors.date.DateWords.RelWord;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date and time expressions in one sentence and reads their fields; resolution against
 * the publication date is left to {@link DateResolver}.
 *
 * <p>Recognized: absolute and partial dates ({@code 2024年11月22日}, {@code 二〇二五年},
 * {@code 2024年度}, {@code 6月}, {@code 22日}, {@code 2024.11.22}, {@code 2024-11-22}), intervals
 * ({@code 1-10月}, {@code 11月19日至21日}, {@code 2019—2020年}, {@code 2022年至今}), relative words
 * from lexicons ({@code 今年}, {@code 昨日}, {@code 上月}, {@code 当晚}), times of day
 * ({@code 上午10时}, {@code 31日晚7时}, {@code 下午1时至5时}, {@code 9时30分}, {@code 10:30}, read by
 * {@link TimeOfDay}), parts of a year ({@code 今年上半年}), plan periods ({@code 十四五}), weeks
 * ({@code 上周}, {@code 下周三}, {@code 本周末}) and festivals ({@code 春节}, {@code 2025年元旦},
 * {@code 国庆期间}, {@code 立秋}), and what {@link CountedWords} reads ({@code 10天后}, {@code 近五年},
 * {@code 上季度}, {@code 周五}, {@code 60年代}). Durations ({@code 9个月}, {@code 5年来}), bare numbers ({@code 2312班}) and
 * lunar dates (after 农历 or 甲辰年) are not. The word lists are {@link DateWords}'.
 *
 * <p>Immutable and thread-safe once built.
 */
final class DateGrammar {

    private static final Pattern YEAR = Pattern.compile("(\\d{4}|[〇零一二三四五六七八九]{4}) ?年");
    private static final Pattern MONTH = Pattern.compile("(\\d{1,2}|十[一二]?|[一二三四五六七八九]) ?月(?:份)?");
    private static final Pattern DAY = Pattern.compile("(\\d{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]) ?([日号])");
    /** The first day of a list sharing one 日: {@code 11月22、23日} (the others are found alone). */
    private static final Pattern DAY_LIST = Pattern.compile("(\\d{1,2})(?=(?:[、,，和及]\\d{1,2})+ ?[日号])");
    private static final Pattern DOTTED = Pattern.compile("(\\d{4})([./-])(\\d{1,2})\\2(\\d{1,2})(?!\\d|\\.\\d)");
    /** The first months of a year: {@code 前4个月}, {@code 今年前五个月} (January to the fourth, fifth month). */
    private static final Pattern FIRST_MONTHS = Pattern.compile("前 ?(\\d{1,2}|十[一二]?|[一二两三四五六七八九]) ?个月(?:份)?");
    /** What joins the two ends of an interval (also of a clock range). */
    static final Pattern CONNECTOR = Pattern.compile(" ?(?:至|到|——|—|–|－|~|～|-) ?");
    /** The characters a {@link #CONNECTOR} contains. */
    private static final String CONNECTOR_CHARS = "至到—–－~～-";
    private static final Pattern BARE = Pattern.compile("(\\d{1,4}|[一二三四五六七八九十]{1,3})");
    /** {@code 今日8版}: a masthead's page count, not a date. */
    private static final Pattern PAGE_NUMBER = Pattern.compile(" ?\\d+ ?版");
    /** A two-digit year before a month ({@code 19年5月}) or between 自/从 and 起/以来/底/末/初 ({@code 自18年起}). */
    private static final Pattern SHORT_YEAR = Pattern.compile(
            "(\\d{2})年(?= ?(?:\\d{1,2}|十[一二]?|[一二三四五六七八九]) ?月|起|以来|底|末|初)");

    private final DateWords words = new DateWords();
    private final DateGuards guards = words.guards();
    private final TimeOfDay time = new TimeOfDay(words);
    private final RelativeWeeks weeks = new RelativeWeeks(words, time);
    private final CountedWords counted = new CountedWords(words);

    /** The date expressions of {@code text}, left to right, not overlapping. */
    List<DateExpression> find(String text) {
        List<DateExpression> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            DateExpression span = counted.mayStart(text, i) ? counted.find(text, i) : null;
            if (span != null) {
                if (!words.isLunar(text, i)) {
                    out.add(span);
                }
                i = span.end();
                continue;
            }
            if (!words.mayStart(text, i) && !(words.mayStartHoliday(c) && words.holidayAt(text, i) != null)) {
                i++;
                continue;
            }
            Found f = expression(text, i);
            if (f == null) {
                i++;
                continue;
            }
            if (!f.lunar) {
                out.add(f.expression);
            }
            i = Math.max(f.expression.end(), i + 1);
        }
        return out;
    }

    private record Found(DateExpression expression, boolean lunar) {
    }

    /** A point read up to {@code end}, and the end of a clock range written after it (下午1时至5时), or null. */
    private record Parsed(DatePoint point, int end, DatePoint timeRangeEnd) {

        Parsed(DatePoint point, int end) {
            this(point, end, null);
        }
    }

    /**
     * A step of reading a point: what was read so far up to {@code pos}; {@code closed} when
     * nothing finer may follow (a part word: 年底, 上半年); {@code implied} the period of the day
     * a relative day word implies.
     */
    private record Step(DatePoint point, int pos, boolean closed, PeriodKind implied) {

        Step(DatePoint point, int pos) {
            this(point, pos, false, null);
        }
    }

    /** A step that rejects the whole candidate. */
    private static final Step REJECT = new Step(DatePoint.EMPTY, -1);

    private Found expression(String t, int i) {
        RangeWord plan = words.planAt(t, i);
        if (plan != null) {
            int end = i + plan.word().length();
            return new Found(new DateExpression(i, end, end, DatePoint.EMPTY.withPlan(plan.range()), null, false), false);
        }
        DateExpression week = weeks.find(t, i);
        if (week != null) {
            return new Found(week, false);
        }
        if (!startAllowed(t, i)) {
            return null;
        }
        Parsed first = point(t, i, true);
        if (first == null) {
            return bareRange(t, i);
        }
        boolean lunar = words.isLunar(t, i);
        int end = first.end;
        DatePoint from = first.point;
        if (first.timeRangeEnd != null) {
            return new Found(new DateExpression(i, end, end, from, first.timeRangeEnd, false), lunar);
        }
        if (from.months() == null && !from.timeOnly()) {
            Found range = rangeAfter(t, i, from, end, lunar);
            if (range != null) {
                return range;
            }
            Found inner = innerRange(t, i, from, end, lunar);
            if (inner != null) {
                return inner;
            }
        }
        return new Found(new DateExpression(i, end, end, from, null, false), lunar);
    }

    /**
     * {@code 2022年至今}, {@code 11月19日至11月21日}, {@code 2023年1月1日起至2025年12月31日止}: a connector
     * (after 起, the span then closing with 止) and a second point of the same unit after {@code from}.
     */
    private Found rangeAfter(String t, int i, DatePoint from, int end, boolean lunar) {
        boolean since = t.startsWith("起", end) && followedBy(t, end + 1, "至到");
        Matcher c = CONNECTOR.matcher(t).region(since ? end + 1 : end, t.length());
        if (!c.lookingAt()) {
            return null;
        }
        int after = c.end();
        String connector = c.group().strip();
        boolean untilNow = t.startsWith("今", after) && !followedBy(t, after + 1, guards.untilNowNotBefore)
                && from.finest() != DatePoint.Unit.TIME && (connector.equals("至") || connector.equals("到"));
        if (untilNow) {
            return new Found(new DateExpression(i, after + 1, end, from, null, true), lunar);
        }
        Parsed second = point(t, after, false);
        if (second == null && from.day() != null && from.hour() == null) {
            second = lastDay(t, after, from.day());
        }
        if (second != null && second.point.finest() == from.finest() && !second.point.timeOnly()
                && second.point.months() == null && second.point.plan() == null) {
            int last = since && t.startsWith("止", second.end) ? second.end + 1 : second.end;
            return new Found(new DateExpression(i, last, end, from, second.point, false), lunar);
        }
        return null;
    }

    /**
     * The day closing a range after a first day ({@code 七月一日至十五日}, {@code 12月9号到15号}): in
     * Chinese numerals or with 号 too, which alone would not be read as a day; null if none.
     */
    private Parsed lastDay(String t, int pos, int firstDay) {
        Matcher d = closedWithin(t, pos, 4, "日号") ? lookingAt(DAY, t, pos) : null;
        Integer day = d == null ? null : number(d.group(1));
        if (day == null || day <= firstDay || day > 31 || words.standaloneDayBlocked(t, d.end())) {
            return null;
        }
        return new Parsed(DatePoint.EMPTY.withDay(day, null), d.end());
    }

    /** {@code 2024年1-10月}, {@code 11月19-21日}: a bare number range for the next finer unit. */
    private Found innerRange(String t, int i, DatePoint from, int pos, boolean lunar) {
        boolean yearOnly = from.hasYear() && !from.hasMonth() && !from.hasDay() && from.months() == null;
        boolean monthOnly = from.month() != null && !from.hasDay() && from.hour() == null;
        if (!yearOnly && !monthOnly || from.partSuffix()) {
            return null;
        }
        Matcher b = BARE.matcher(t).region(pos, t.length());
        if (!b.lookingAt()) {
            return null;
        }
        Matcher c = CONNECTOR.matcher(t).region(b.end(), t.length());
        if (!c.lookingAt()) {
            return null;
        }
        Integer first = number(b.group(1));
        Matcher m = (yearOnly ? MONTH : DAY).matcher(t).region(c.end(), t.length());
        if (first == null || !m.lookingAt()) {
            return null;
        }
        Integer last = number(m.group(1));
        int max = yearOnly ? 12 : 31;
        if (last == null || first < 1 || first > max || last < 1 || last > max || first >= last) {
            return null;
        }
        DatePoint a = yearOnly ? from.withMonth(first, null) : from.withDay(first, null);
        DatePoint z = yearOnly ? DatePoint.EMPTY.withMonth(last, null) : DatePoint.EMPTY.withDay(last, null);
        return new Found(new DateExpression(i, m.end(), pos, a, z, false), lunar);
    }

    /** {@code 1-10月}, {@code 2019—2020年}, {@code 19至21日}: a bare number, a connector, a point. */
    private Found bareRange(String t, int i) {
        if (!closedWithin(t, i, 5, CONNECTOR_CHARS) || !words.numeralStartAllowed(t, i)) {
            return null; // a bare number (at most 4 characters) and a space come before the connector
        }
        Matcher b = BARE.matcher(t).region(i, t.length());
        if (!b.lookingAt()) {
            return null;
        }
        Matcher c = CONNECTOR.matcher(t).region(b.end(), t.length());
        if (!c.lookingAt()) {
            return null;
        }
        Parsed second = point(t, c.end(), false);
        if (second == null || second.point.isRelative() || second.point.coarsest() != second.point.finest()
                || second.point.months() != null || second.point.plan() != null || second.point.timeOnly()) {
            return null;
        }
        Integer n = number(b.group(1));
        DatePoint a = n == null ? null : bareStart(second.point, n, b.group(1).length());
        return a == null ? null : new Found(new DateExpression(i, second.end, b.end(), a, second.point, false), false);
    }

    /** The first point of a bare range ending at {@code z}: {@code z} with its only unit set to {@code n}, or null. */
    private static DatePoint bareStart(DatePoint z, int n, int digits) {
        return switch (z.finest()) {
            case YEAR -> digits != 4 || n < 1000 || n >= z.year() ? null : z.withYear(n, null);
            case MONTH -> n < 1 || n >= z.month() ? null : z.withMonth(n, null);
            case DAY -> n < 1 || n >= z.day() ? null : z.withDay(n, null);
            default -> null;
        };
    }

    /**
     * One point at {@code i}: [year | relative year] [part of year | month | relative month]
     * [day | relative day] [weekday] [period of day] [clock], or a date written with dots or dashes,
     * or a clock time alone; null if none.
     */
    private Parsed point(String t, int i, boolean start) {
        Matcher dotted = asciiDigitAt(t, i) ? lookingAt(DOTTED, t, i) : null;
        if (dotted != null) {
            return dotted(t, dotted);
        }
        Step s = year(t, i, start);
        if (s == REJECT) {
            return null;
        }
        Parsed closed = yearClosed(t, s, start);
        if (closed != null) {
            return closed;
        }
        s = month(t, s, start);
        if (s == REJECT) {
            return null;
        }
        if (s.closed) {
            return new Parsed(s.point, s.pos);
        }
        s = day(t, s, start);
        if (s == REJECT) {
            return null;
        }
        if (s.closed) {
            return new Parsed(s.point, s.pos);
        }
        return timeAfter(t, s);
    }

    /** {@code 2024.11.22}, {@code 2024-11-22} and a time of day after it. */
    private Parsed dotted(String t, Matcher dotted) {
        Integer y = number(dotted.group(1));
        Integer m = number(dotted.group(3));
        Integer d = number(dotted.group(4));
        if (y == null || y < 1000 || y > 2199 || m == null || m < 1 || m > 12 || d == null || d < 1 || d > 31) {
            return null;
        }
        DatePoint p = DatePoint.EMPTY.withYear(y, null).withMonth(m, null).withDay(d, null);
        TimeOfDay.Reading r = time.read(t, dotted.end(), null, true);
        return new Parsed(r.applyTo(p), r.end(), r.rangeEnd());
    }

    /** A year ({@code 2024年}, {@code 二〇二五年度}) or relative year ({@code 去年}) at {@code pos}. */
    private Step year(String t, int pos, boolean start) {
        Matcher y = closedWithin(t, pos, 5, "年") ? lookingAt(YEAR, t, pos) : null;
        if (y != null) {
            Integer year = number(y.group(1));
            boolean duration = followedByWord(t, y.end(), guards.yearDurationWords);
            if (year == null || year < 1000 || year > 2199 || followedBy(t, y.end(), guards.yearNotBefore) || duration) {
                return REJECT;
            }
            int end = t.startsWith("度", y.end()) ? y.end() + 1 : y.end();
            return new Step(DatePoint.EMPTY.withYear(year, null), end);
        }
        Step shortYear = shortYear(t, pos);
        if (shortYear != null) {
            return shortYear;
        }
        RelWord w = words.relYear(t, pos);
        if (w != null && (!start || words.relativeAllowed(t, pos))) {
            return new Step(DatePoint.EMPTY.withYear(null, w.rel()), pos + w.word().length());
        }
        return new Step(DatePoint.EMPTY, pos);
    }

    /**
     * A two-digit year ({@code 19年5月8日}, {@code 自18年起}): before a month, or after 自/从 and
     * before 起, 以来 or a part word; 00 to the pivot of {@code context_guards.tsv} are 20xx, the
     * others 19xx. Null if none.
     */
    private Step shortYear(String t, int pos) {
        boolean twoDigits = asciiDigitAt(t, pos) && asciiDigitAt(t, pos + 1)
                && pos + 2 < t.length() && t.charAt(pos + 2) == '年';
        Matcher y = twoDigits ? lookingAt(SHORT_YEAR, t, pos) : null;
        if (y == null) {
            return null;
        }
        boolean month = y.end() < t.length() && !followedBy(t, y.end(), "起以底末初");
        boolean since = pos > 0 && "自从".indexOf(t.charAt(pos - 1)) >= 0;
        if (!month && !since) {
            return null;
        }
        int n = Integer.parseInt(y.group(1));
        int year = n <= guards.shortYearPivot ? 2000 + n : 1900 + n;
        return new Step(DatePoint.EMPTY.withYear(year, null), y.end());
    }

    /** What closes a point right after its year: a festival, a part of a year (上半年, 前4个月) or a part word (年底). */
    private Parsed yearClosed(String t, Step s, boolean start) {
        DatePoint p = s.point;
        int pos = s.pos;
        HolidayWord holiday = words.holidayAt(t, pos);
        if (holiday != null) {
            return new Parsed(p.withHoliday(holiday.date()), pos + holiday.word().length());
        }
        if (p.hasYear() || start && words.standalonePartAllowed(t, pos)) {
            RangeWord part = words.yearPart(t, pos);
            if (part != null) {
                return partOfYear(t, p, part, pos + part.word().length());
            }
            Matcher firstMonths = t.startsWith("前", pos) ? lookingAt(FIRST_MONTHS, t, pos) : null;
            Integer n = firstMonths == null ? null : number(firstMonths.group(1));
            if (n != null && n >= 1 && n <= 12) {
                return new Parsed(p.withMonths(new int[] {1, n}), firstMonths.end());
            }
            String suffix = words.suffixWord(t, pos);
            if (suffix != null) {
                if (!p.hasYear() && suffix.startsWith("年")) { // 年初 alone: the page's year; 新年初一 is lunar
                    if (followedBy(t, pos + suffix.length(), DateText.CN_DIGITS)) {
                        return null;
                    }
                    p = p.withYear(null, new DatePoint.Rel(DatePoint.Base.PUB, 0));
                }
                DatePoint closed = p.hasYear() && words.isYearEnd(suffix) ? p.withMonth(12, null) : p;
                return new Parsed(closed.withPartSuffix(), pos + suffix.length());
            }
        }
        return null;
    }

    /** A part of a year ending at {@code end}; with 末 or 底 after it its last month ({@code 一季度末} → March). */
    private Parsed partOfYear(String t, DatePoint p, RangeWord part, int end) {
        if (followedBy(t, end, "末底") && !followedBy(t, end + 1, guards.endSuffixNotBefore)) {
            return new Parsed(p.withMonth(part.range()[1], null).withPartSuffix(), end + 1);
        }
        return new Parsed(p.withMonths(part.range()), end);
    }

    /** A month ({@code 3月}, {@code 十一月份}) or, with no year, a relative month ({@code 上月}), and a part word after it. */
    private Step month(String t, Step s, boolean start) {
        DatePoint p = s.point;
        int pos = s.pos;
        int monthAt = p.hasYear() ? space(t, pos) : pos;
        Matcher m = closedWithin(t, monthAt, 3, "月") ? lookingAt(MONTH, t, monthAt) : null;
        if (m != null && (p.hasYear() || !start || words.numeralStartAllowed(t, pos))) {
            Integer month = number(m.group(1));
            if (month == null || month < 1 || month > 12) {
                return REJECT;
            }
            return closedBySuffix(t, p.withMonth(month, null), m.end());
        }
        if (!p.hasYear()) {
            RelWord w = words.relMonth(t, pos);
            if (w != null && (!start || words.relativeAllowed(t, pos))) {
                return closedBySuffix(t, p.withMonth(null, w.rel()), pos + w.word().length());
            }
        }
        return s;
    }

    /** {@code p} read up to {@code pos}, closed by a part word there (月底, 中旬) if one is. */
    private Step closedBySuffix(String t, DatePoint p, int pos) {
        int suffix = words.suffix(t, pos);
        return suffix > pos ? new Step(p.withPartSuffix(), suffix, true, null) : new Step(p, pos);
    }

    /** A day: after a month {@code 22日} or a list {@code 22、23日}; with neither year nor month {@code 22日} or {@code 昨日}. */
    private Step day(String t, Step s, boolean start) {
        DatePoint p = s.point;
        int pos = s.pos;
        if (p.hasMonth()) {
            int dayAt = space(t, pos);
            Matcher d = closedWithin(t, dayAt, 4, "日号") ? lookingAt(DAY, t, dayAt) : null;
            Matcher list = d == null && asciiDigitAt(t, dayAt) ? lookingAt(DAY_LIST, t, dayAt) : null;
            Matcher found = d != null ? d : list;
            if (found == null) {
                return s;
            }
            Integer day = number(found.group(1));
            if (day == null || day < 1 || day > 31) {
                return REJECT;
            }
            return new Step(p.withDay(day, null), found.end(), d == null, null);
        }
        return p.hasYear() ? s : dayAlone(t, s, start);
    }

    /** With neither year nor month: {@code 22日} (Arabic digits and 日 only) or a relative day ({@code 昨日}, {@code 当晚}). */
    private Step dayAlone(String t, Step s, boolean start) {
        int pos = s.pos;
        Matcher d = closedWithin(t, pos, 4, "日号") ? lookingAt(DAY, t, pos) : null;
        boolean everyMonth = pos > 0 && t.charAt(pos - 1) == '月';
        if (d != null && isArabic(d.group(1)) && "日".equals(d.group(2)) && !everyMonth
                && (!start || words.numeralStartAllowed(t, pos)) && !words.standaloneDayBlocked(t, d.end())) {
            Integer day = number(d.group(1));
            if (day == null || day < 1 || day > 31) {
                return REJECT;
            }
            return new Step(s.point.withDay(day, null), d.end());
        }
        RelWord w = words.relDay(t, pos);
        if (w == null) {
            return s;
        }
        int end = pos + w.word().length();
        boolean pageCount = PAGE_NUMBER.matcher(t).region(end, t.length()).lookingAt();
        boolean naturalGas = w.word().endsWith("天") && followedBy(t, end, guards.tianNotBefore);
        if ((!start || words.relativeAllowed(t, pos)) && !pageCount && !naturalGas) {
            return new Step(s.point.withDay(null, w.rel()), end, false, w.period());
        }
        return s;
    }

    /** The end of a point: a weekday and time of day after a day, a clock time alone, or nothing more. */
    private Parsed timeAfter(String t, Step s) {
        DatePoint p = s.point;
        if (p.hasDay()) {
            TimeOfDay.Reading r = time.read(t, words.weekday(t, s.pos), s.implied, true);
            return new Parsed(r.applyTo(p), r.end(), r.rangeEnd());
        }
        if (p.isEmpty()) {
            TimeOfDay.Reading r = time.read(t, s.pos, null, false);
            if (r.hour() == null || counted.recurringClock(t, s.pos)) {
                return null;
            }
            return new Parsed(p.withClock(r.hour(), r.minute(), true), r.end(), r.rangeEnd());
        }
        return new Parsed(p, s.pos);
    }

    /** Whether an expression may start at {@code i}: not inside a number, not after a duration word. */
    private boolean startAllowed(String t, int i) {
        char c = t.charAt(i);
        if (Character.isDigit(c) || DateText.CN_DIGITS.indexOf(c) >= 0) {
            return words.numeralStartAllowed(t, i);
        }
        return true;
    }
}
