package dev.tiqu.extractors.date;

import dev.tiqu.core.Lexicon;
import dev.tiqu.extractors.number.ChineseNumerals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * ({@code 上午10时}, {@code 31日晚7时}, {@code 下午1时至5时}, {@code 9时30分}, {@code 10:30}), parts
 * of a year ({@code 今年上半年}), plan periods ({@code 十四五}), weeks ({@code 上周},
 * {@code 下周三}, {@code 本周末}) and festivals ({@code 春节}, {@code 2025年元旦}, {@code 国庆期间}).
 * Durations ({@code 9个月}, {@code 5年来}), bare numbers ({@code 2312班}) and lunar dates (after
 * 农历 or 甲辰年) are not.
 *
 * <p>Immutable and thread-safe once built.
 */
final class DateGrammar {

    static final String RESOURCES = "/dev/tiqu/extractors/date/";

    private static final String CN_DIGITS = "〇零一二两三四五六七八九十";
    /** The weekday characters after 周 or 星期, Monday first (日 and 天 are both Sunday). */
    private static final String WEEKDAY_CHARS = "一二三四五六日天";
    private static final Pattern YEAR = Pattern.compile("(\\d{4}|[〇零一二三四五六七八九]{4}) ?年");
    private static final Pattern MONTH = Pattern.compile("(\\d{1,2}|十[一二]?|[一二三四五六七八九]) ?月(?:份)?");
    private static final Pattern DAY = Pattern.compile("(\\d{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]) ?([日号])");
    private static final Pattern CLOCK = Pattern.compile(
            "(\\d{1,2}|[零一二两三四五六七八九十]{1,3}) ?([时点])(?:(\\d{1,2}|[零〇一二三四五六七八九十]{1,3})分|(半)|整)?(?:许|左右)?");
    /** The first day of a list sharing one 日: {@code 11月22、23日} (the others are found alone). */
    private static final Pattern DAY_LIST = Pattern.compile("(\\d{1,2})(?=(?:[、,，和及]\\d{1,2})+ ?[日号])");
    private static final Pattern COLON = Pattern.compile("(\\d{1,2})[:：](\\d{2})(?![\\d:：])");
    private static final Pattern DOTTED = Pattern.compile("(\\d{4})([./-])(\\d{1,2})\\2(\\d{1,2})(?!\\d|\\.\\d)");
    private static final Pattern CONNECTOR = Pattern.compile(" ?(?:至|到|——|—|–|－|~|～|-) ?");
    /** The characters a {@link #CONNECTOR} contains. */
    private static final String CONNECTOR_CHARS = "至到—–－~～-";
    private static final Pattern BARE = Pattern.compile("(\\d{1,4}|[一二三四五六七八九十]{1,3})");
    /** {@code 今日8版}: a masthead's page count, not a date. */
    private static final Pattern PAGE_NUMBER = Pattern.compile(" ?\\d+ ?版");
    private static final Pattern GANZHI_YEAR = Pattern.compile("[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年$");

    /** The kind of a period of the day, which decides how a clock hour is read. */
    enum PeriodKind { EARLY, MORNING, NOON, AFTERNOON, EVENING, NIGHT }

    private record RelWord(String word, DatePoint.Rel rel, PeriodKind period) {
    }

    /** A festival word: its date key (see {@link Holidays}) and whether it is a date by itself. */
    private record HolidayWord(String word, String date, boolean alone) {
    }

    private final List<RelWord> relYears;
    private final List<RelWord> relMonths;
    private final List<RelWord> relDays;
    private final List<RelWord> relWeeks;
    private final List<HolidayWord> holidays;
    private final List<String> holidayContext;
    /** The first characters of each lexicon's words: a lookup at a position no word starts at is skipped. */
    private final BitSet relYearStarts;
    private final BitSet relMonthStarts;
    private final BitSet relDayStarts;
    private final BitSet relWeekStarts;
    private final BitSet periodStarts;
    private final BitSet yearPartStarts;
    private final BitSet planStarts;
    /** The first characters of the festival words (中, 国…: frequent, so tried apart from {@link #startChars}). */
    private final BitSet holidayStarts;
    private final Map<String, PeriodKind> periods;
    private final Map<String, int[]> yearParts;
    private final Map<String, int[]> plans;
    private final List<String> partSuffixes;
    private final List<String> durationPrefixes;
    private final String relativeBlockers;
    private final List<String> weekdays;
    /** Every character an expression may begin with: digits, Chinese numerals, lexicon words' first characters. */
    private final BitSet startChars;

    DateGrammar() {
        Map<String, PeriodKind> kinds = new LinkedHashMap<>();
        Lexicon.pairs(RESOURCES + "periods_of_day.tsv").forEach((k, v) -> kinds.put(k, PeriodKind.valueOf(v)));
        periods = java.util.Collections.unmodifiableMap(kinds);
        relYears = relWords("relative_years.tsv");
        relMonths = relWords("relative_months.tsv");
        relDays = relWords("relative_days.tsv");
        relWeeks = relWords("relative_weeks.tsv");
        holidays = holidayWords();
        holidayContext = Lexicon.lines(RESOURCES + "holiday_context.txt");
        yearParts = ranges("year_parts.tsv");
        plans = ranges("plan_periods.tsv");
        partSuffixes = longestFirst(Lexicon.lines(RESOURCES + "part_suffixes.txt"));
        durationPrefixes = longestFirst(Lexicon.lines(RESOURCES + "duration_prefixes.txt"));
        relativeBlockers = String.join("", Lexicon.lines(RESOURCES + "relative_blockers.txt"));
        weekdays = longestFirst(Lexicon.lines(RESOURCES + "weekdays.txt"));
        BitSet starts = new BitSet();
        for (char c : (CN_DIGITS + "0123456789").toCharArray()) {
            starts.set(c);
        }
        List<String> words = new ArrayList<>();
        for (List<RelWord> list : List.of(relYears, relMonths, relDays, relWeeks)) {
            list.forEach(w -> words.add(w.word));
        }
        words.addAll(periods.keySet());
        words.addAll(yearParts.keySet());
        words.addAll(plans.keySet());
        words.addAll(partSuffixes);
        relYearStarts = starts(relYears.stream().map(RelWord::word).toList());
        relMonthStarts = starts(relMonths.stream().map(RelWord::word).toList());
        relDayStarts = starts(relDays.stream().map(RelWord::word).toList());
        relWeekStarts = starts(relWeeks.stream().map(RelWord::word).toList());
        periodStarts = starts(periods.keySet());
        yearPartStarts = starts(yearParts.keySet());
        planStarts = starts(plans.keySet());
        holidayStarts = starts(holidays.stream().map(HolidayWord::word).toList());
        words.forEach(w -> starts.set(w.charAt(0)));
        startChars = starts;
    }

    /** Whether an expression may begin with {@code c}: every rule is anchored on its first character. */
    private boolean mayStart(char c) {
        return startChars.get(c) || Character.isDigit(c);
    }

    /** The date expressions of {@code text}, left to right, not overlapping. */
    List<DateExpression> find(String text) {
        List<DateExpression> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!mayStart(c) && !(holidayStarts.get(c) && holidayAt(text, i) != null)) {
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

    private record Parsed(DatePoint point, int end) {
    }

    private Found expression(String t, int i) {
        Optional<Map.Entry<String, int[]>> plan = planAt(t, i);
        if (plan.isPresent()) {
            DatePoint p = new DatePoint();
            p.plan = plan.get().getValue();
            int end = i + plan.get().getKey().length();
            return new Found(new DateExpression(i, end, end, p, null, false), false);
        }
        Found week = week(t, i);
        if (week != null) {
            return week;
        }
        if (!startAllowed(t, i)) {
            return null;
        }
        Parsed first = point(t, i, true);
        if (first == null) {
            return bareRange(t, i);
        }
        boolean lunar = isLunar(t, i);
        int end = first.end;
        DatePoint from = first.point;
        if (from.timeRangeEnd != null) {
            DatePoint to = from.timeRangeEnd;
            from.timeRangeEnd = null;
            return new Found(new DateExpression(i, end, end, from, to, false), lunar);
        }
        if (from.months == null && !from.timeOnly) {
            Matcher c = CONNECTOR.matcher(t).region(end, t.length());
            if (c.lookingAt()) {
                int after = c.end();
                String connector = c.group().strip();
                boolean untilNow = t.startsWith("今", after) && !followedBy(t, after + 1, "年天日晚晨")
                        && from.finest() != DatePoint.Unit.TIME && (connector.equals("至") || connector.equals("到"));
                if (untilNow) {
                    return new Found(new DateExpression(i, after + 1, end, from, null, true), lunar);
                }
                Parsed second = point(t, after, false);
                if (second != null && second.point.finest() == from.finest() && !second.point.timeOnly
                        && second.point.months == null && second.point.plan == null) {
                    return new Found(new DateExpression(i, second.end, end, from, second.point, false), lunar);
                }
            }
            Found inner = innerRange(t, i, from, end, lunar);
            if (inner != null) {
                return inner;
            }
        }
        return new Found(new DateExpression(i, end, end, from, null, false), lunar);
    }

    /** {@code 2024年1-10月}, {@code 11月19-21日}: a bare number range for the next finer unit. */
    private Found innerRange(String t, int i, DatePoint from, int pos, boolean lunar) {
        boolean yearOnly = from.hasYear() && !from.hasMonth() && !from.hasDay() && from.months == null;
        boolean monthOnly = from.month != null && !from.hasDay() && from.hour == null;
        if (!yearOnly && !monthOnly || from.partSuffix) {
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
        DatePoint a = from.copy();
        DatePoint z = new DatePoint();
        if (yearOnly) {
            a.month = first;
            z.month = last;
        } else {
            a.day = first;
            z.day = last;
        }
        return new Found(new DateExpression(i, m.end(), pos, a, z, false), lunar);
    }

    /** {@code 1-10月}, {@code 2019—2020年}, {@code 19至21日}: a bare number, a connector, a point. */
    private Found bareRange(String t, int i) {
        if (!closedWithin(t, i, 5, CONNECTOR_CHARS) || !numeralStartAllowed(t, i)) {
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
                || second.point.months != null || second.point.plan != null || second.point.timeOnly) {
            return null;
        }
        Integer n = number(b.group(1));
        if (n == null) {
            return null;
        }
        DatePoint z = second.point;
        DatePoint a = z.copy();
        switch (z.finest()) {
            case YEAR -> {
                if (b.group(1).length() != 4 || n < 1000 || n >= z.year) {
                    return null;
                }
                a.year = n;
            }
            case MONTH -> {
                if (n < 1 || n >= z.month) {
                    return null;
                }
                a.month = n;
            }
            case DAY -> {
                if (n < 1 || n >= z.day) {
                    return null;
                }
                a.day = n;
            }
            default -> {
                return null;
            }
        }
        return new Found(new DateExpression(i, second.end, b.end(), a, z, false), false);
    }

    /**
     * One point at {@code i}: [year | relative year] [part of year | month | relative month]
     * [day | relative day] [weekday] [period of day] [clock], or a date written with dots or dashes,
     * or a clock time alone.
     */
    private Parsed point(String t, int i, boolean start) {
        Matcher dotted = asciiDigitAt(t, i) ? lookingAt(DOTTED, t, i) : null;
        if (dotted != null) {
            Integer y = number(dotted.group(1));
            Integer m = number(dotted.group(3));
            Integer d = number(dotted.group(4));
            if (y == null || y < 1000 || y > 2199 || m == null || m < 1 || m > 12 || d == null || d < 1 || d > 31) {
                return null;
            }
            DatePoint p = new DatePoint();
            p.year = y;
            p.month = m;
            p.day = d;
            return new Parsed(p, timeOfDay(t, dotted.end(), p, null, true));
        }
        DatePoint p = new DatePoint();
        int pos = i;
        Matcher y = closedWithin(t, pos, 5, "年") ? lookingAt(YEAR, t, pos) : null;
        if (y != null) {
            Integer year = number(y.group(1));
            boolean duration = t.startsWith("历史", y.end()) || t.startsWith("的历史", y.end())
                    || t.startsWith("之久", y.end());
            if (year == null || year < 1000 || year > 2199 || followedBy(t, y.end(), "级代") || duration) {
                return null;
            }
            p.year = year;
            pos = y.end();
            if (t.startsWith("度", pos)) {
                pos++;
            }
        } else {
            RelWord w = word(relYears, relYearStarts, t, pos);
            if (w != null && (!start || relativeAllowed(t, pos))) {
                p.yearRel = w.rel;
                pos += w.word.length();
            }
        }
        HolidayWord holiday = holidayAt(t, pos);
        if (holiday != null) {
            p.holiday = holiday.date();
            return new Parsed(p, pos + holiday.word().length());
        }
        if (p.hasYear() || start && standalonePartAllowed(t, pos)) {
            String part = wordKey(yearParts, yearPartStarts, t, pos);
            if (part != null) {
                p.months = yearParts.get(part);
                return new Parsed(p, pos + part.length());
            }
            int s = suffix(t, pos);
            if (s > pos) {
                p.partSuffix = true;
                return new Parsed(p, s);
            }
        }
        int monthAt = p.hasYear() ? space(t, pos) : pos;
        Matcher m = closedWithin(t, monthAt, 3, "月") ? lookingAt(MONTH, t, monthAt) : null;
        if (m != null && (p.hasYear() || !start || numeralStartAllowed(t, pos))) {
            Integer month = number(m.group(1));
            if (month == null || month < 1 || month > 12) {
                return null;
            }
            p.month = month;
            pos = m.end();
            int s = suffix(t, pos);
            if (s > pos) {
                p.partSuffix = true;
                return new Parsed(p, s);
            }
        } else if (!p.hasYear()) {
            RelWord w = word(relMonths, relMonthStarts, t, pos);
            if (w != null && (!start || relativeAllowed(t, pos))) {
                p.monthRel = w.rel;
                pos += w.word.length();
                int s = suffix(t, pos);
                if (s > pos) {
                    p.partSuffix = true;
                    return new Parsed(p, s);
                }
            }
        }
        PeriodKind implied = null;
        if (p.hasMonth()) {
            int dayAt = space(t, pos);
            Matcher d = closedWithin(t, dayAt, 4, "日号") ? lookingAt(DAY, t, dayAt) : null;
            Matcher list = d == null && asciiDigitAt(t, dayAt) ? lookingAt(DAY_LIST, t, dayAt) : null;
            if (d != null) {
                Integer day = number(d.group(1));
                if (day == null || day < 1 || day > 31) {
                    return null;
                }
                p.day = day;
                pos = d.end();
            } else if (list != null) {
                Integer day = number(list.group(1));
                if (day == null || day < 1 || day > 31) {
                    return null;
                }
                p.day = day;
                return new Parsed(p, list.end());
            }
        } else if (!p.hasYear()) {
            Matcher d = closedWithin(t, pos, 4, "日号") ? lookingAt(DAY, t, pos) : null;
            boolean everyMonth = pos > 0 && t.charAt(pos - 1) == '月';
            if (d != null && isArabic(d.group(1)) && "日".equals(d.group(2)) && !everyMonth
                    && (!start || numeralStartAllowed(t, pos)) && !standaloneDayBlocked(t, d.end())) {
                Integer day = number(d.group(1));
                if (day == null || day < 1 || day > 31) {
                    return null;
                }
                p.day = day;
                pos = d.end();
            } else {
                RelWord w = word(relDays, relDayStarts, t, pos);
                boolean pageCount = w != null
                        && PAGE_NUMBER.matcher(t).region(pos + w.word.length(), t.length()).lookingAt();
                boolean naturalGas = w != null && w.word.endsWith("天") && followedBy(t, pos + w.word.length(), "然");
                if (w != null && (!start || relativeAllowed(t, pos)) && !pageCount && !naturalGas) {
                    p.dayRel = w.rel;
                    implied = w.period;
                    pos += w.word.length();
                }
            }
        }
        if (p.hasDay()) {
            pos = weekday(t, pos);
            return new Parsed(p, timeOfDay(t, pos, p, implied, true));
        }
        if (p.isEmpty()) {
            int end = timeOfDay(t, pos, p, null, false);
            if (p.hour == null) {
                return null;
            }
            p.timeOnly = true;
            return new Parsed(p, end);
        }
        return new Parsed(p, pos);
    }

    /**
     * Reads [period of day] [clock [connector [period] clock]] at {@code pos} into {@code p}; returns
     * the end. After a day a period alone extends the span ({@code 11月23日上午}); without a day a
     * clock is required, and Chinese numerals or 点 only after a period word.
     */
    private int timeOfDay(String t, int pos, DatePoint p, PeriodKind implied, boolean afterDay) {
        String periodWord = wordKey(periods, periodStarts, t, pos);
        PeriodKind kind = periodWord != null ? periods.get(periodWord) : implied;
        int q = periodWord != null ? pos + periodWord.length() : pos;
        boolean loose = afterDay || periodWord != null || implied != null;
        Clock c = clock(t, q, loose);
        if (c == null && afterDay && periodWord == null && q < t.length() && t.charAt(q) == ' ') {
            c = clock(t, q + 1, loose);
        }
        if (c == null) {
            return afterDay && periodWord != null ? q : pos;
        }
        Integer hour = hour(c.hour, kind);
        if (hour == null) {
            return afterDay && periodWord != null ? q : pos;
        }
        p.hour = hour;
        p.minute = c.minute;
        int end = c.end;
        Matcher conn = CONNECTOR.matcher(t).region(end, t.length());
        if (conn.lookingAt()) {
            String w2 = wordKey(periods, periodStarts, t, conn.end());
            PeriodKind kind2 = w2 != null ? periods.get(w2) : kind;
            int q2 = w2 != null ? conn.end() + w2.length() : conn.end();
            Clock c2 = clock(t, q2, loose);
            if (c2 != null) {
                Integer h2 = hour(c2.hour, kind2);
                if (h2 != null && h2 * 60 + c2.minute > hour * 60 + c.minute) {
                    DatePoint z = new DatePoint();
                    z.timeOnly = true;
                    z.hour = h2;
                    z.minute = c2.minute;
                    p.timeRangeEnd = z;
                    end = c2.end;
                }
            }
        }
        return end;
    }

    private record Clock(int hour, int minute, int end) {
    }

    private static Clock clock(String t, int pos, boolean loose) {
        Matcher colon = asciiDigitAt(t, pos) ? lookingAt(COLON, t, pos) : null;
        boolean score = t.startsWith("比", Math.max(0, pos - 1)) || t.startsWith("比分", Math.max(0, pos - 2))
                || t.startsWith("比分为", Math.max(0, pos - 3));
        if (colon != null && (pos == 0 || !Character.isDigit(t.charAt(pos - 1))) && (loose || !score)) {
            int h = Integer.parseInt(colon.group(1));
            int mi = Integer.parseInt(colon.group(2));
            return h <= 24 && mi < 60 ? new Clock(h, mi, colon.end()) : null;
        }
        Matcher m = closedWithin(t, pos, 4, "时点") ? lookingAt(CLOCK, t, pos) : null;
        if (m == null) {
            return null;
        }
        if (!loose && (!isArabic(m.group(1)) || !"时".equals(m.group(2)))) {
            return null;
        }
        if (pos > 0 && (Character.isDigit(t.charAt(pos - 1)) || t.charAt(pos - 1) == '.')) {
            return null;
        }
        if ("时".equals(m.group(2)) && followedBy(t, m.start(2) + 1, "期间代候段长速效")) {
            return null;
        }
        Integer h = number(m.group(1));
        int mi = 0;
        if (m.group(3) != null) {
            Integer parsed = number(m.group(3));
            if (parsed == null) {
                return null;
            }
            mi = parsed;
        } else if (m.group(4) != null) {
            mi = 30;
        }
        if (h == null || h > 24 || mi > 59) {
            return null;
        }
        return new Clock(h, mi, m.end());
    }

    /** The hour on a 24-hour clock for a written hour and period, or null if it makes no sense. */
    private static Integer hour(int h, PeriodKind kind) {
        int r = h;
        if (kind != null) {
            switch (kind) {
                case EARLY -> r = h == 12 ? 0 : h;
                case NOON -> r = h >= 1 && h <= 3 ? h + 12 : h;
                case AFTERNOON, EVENING -> r = h < 12 ? h + 12 : h;
                case NIGHT -> r = h >= 6 && h < 12 ? h + 12 : h;
                default -> r = h;
            }
        }
        return r >= 0 && r <= 23 ? r : null;
    }

    private int weekday(String t, int pos) {
        int q = pos;
        boolean open = q < t.length() && (t.charAt(q) == '（' || t.charAt(q) == '(');
        if (open) {
            q++;
        }
        for (String w : weekdays) {
            if (t.startsWith(w, q)) {
                int end = q + w.length();
                if (open) {
                    if (end < t.length() && (t.charAt(end) == '）' || t.charAt(end) == ')')) {
                        return end + 1;
                    }
                    return pos;
                }
                return end;
            }
        }
        return pos;
    }

    /** The end of a part suffix (底, 中旬…) at {@code pos}, or {@code pos}. */
    private int suffix(String t, int pos) {
        for (String s : partSuffixes) {
            int end = pos + s.length();
            if (t.startsWith(s, pos) && !(s.endsWith("初") && followedBy(t, end, "步次期心始衷见级中"))
                    && !(s.endsWith("末") && followedBy(t, end, "端梢尾位"))) {
                return pos + s.length();
            }
        }
        return pos;
    }

    /**
     * A week relative to the publication date at {@code i}: {@code 上周}, {@code 本周} (the week,
     * Monday to Sunday), {@code 下周三} (a day of it, a time of day may follow), {@code 本周末}
     * (its Saturday and Sunday). Not {@code 周期}, {@code 周边}, {@code 周年}, {@code 周岁},
     * {@code 周刊}.
     */
    private Found week(String t, int i) {
        RelWord w = word(relWeeks, relWeekStarts, t, i);
        if (w == null || !relativeAllowed(t, i)) {
            return null;
        }
        int pos = i + w.word.length();
        DatePoint p = new DatePoint();
        p.weekRel = w.rel;
        int day = pos < t.length() ? WEEKDAY_CHARS.indexOf(t.charAt(pos)) : -1;
        if (followedBy(t, pos, "末")) {
            p.weekend = true;
            pos++;
        } else if (day >= 0) {
            p.weekday = Math.min(day + 1, 7);
            pos = timeOfDay(t, pos + 1, p, null, true);
        } else if (followedBy(t, pos, "期边年岁刊")) {
            return null;
        }
        return new Found(new DateExpression(i, pos, pos, p, null, false), false);
    }

    /**
     * The festival word at {@code pos} ({@code 春节}, {@code 中秋节}, {@code 国庆} before 期间…), or
     * null: not after 每 or 历年 (every year's festival is no date), nor after 是 (a definition,
     * {@code 10月1日是国庆节}: the date is written before it), a word made of numerals
     * ({@code 五一}, {@code 十一}) not inside a longer number or after 第, and never before 节
     * ({@code 十一节车厢}).
     */
    private HolidayWord holidayAt(String t, int pos) {
        if (pos >= t.length() || !holidayStarts.get(t.charAt(pos))) {
            return null;
        }
        char before = pos > 0 ? t.charAt(pos - 1) : ' ';
        boolean every = before == '每' || t.startsWith("每年", Math.max(0, pos - 2))
                || t.startsWith("历年", Math.max(0, pos - 2)) || t.startsWith("每逢", Math.max(0, pos - 2));
        if (every || before == '是') {
            return null;
        }
        for (HolidayWord h : holidays) {
            if (!t.startsWith(h.word(), pos)) {
                continue;
            }
            boolean numeral = h.word().chars().allMatch(c -> CN_DIGITS.indexOf(c) >= 0);
            if (numeral && pos > 0 && (CN_DIGITS.indexOf(t.charAt(pos - 1)) >= 0
                    || Character.isDigit(t.charAt(pos - 1)) || t.charAt(pos - 1) == '第')) {
                continue;
            }
            if (!h.alone()) {
                int end = pos + h.word().length();
                String context = null;
                for (String c : holidayContext) {
                    if (t.startsWith(c, end)) {
                        context = c;
                        break;
                    }
                }
                if (context == null || numeral && context.equals("节")) {
                    continue;
                }
            }
            return h;
        }
        return null;
    }

    private static List<HolidayWord> holidayWords() {
        Holidays calendar = Holidays.standard();
        List<HolidayWord> out = new ArrayList<>();
        for (String line : Lexicon.lines(RESOURCES + "holidays.tsv")) {
            String[] f = line.split("\t");
            if (f.length != 3 || !calendar.knows(f[1].strip()) || !f[2].strip().matches("yes|no")) {
                throw new IllegalStateException("bad line in holidays.tsv: " + line);
            }
            out.add(new HolidayWord(f[0].strip(), f[1].strip(), f[2].strip().equals("yes")));
        }
        return List.copyOf(out);
    }

    private Optional<Map.Entry<String, int[]>> planAt(String t, int i) {
        if (!startsAt(planStarts, t, i)) {
            return Optional.empty();
        }
        for (Map.Entry<String, int[]> e : plans.entrySet()) {
            if (t.startsWith(e.getKey(), i)) {
                if (i > 0 && CN_DIGITS.indexOf(t.charAt(i - 1)) >= 0) {
                    return Optional.empty();
                }
                int end = i + e.getKey().length();
                if (end < t.length() && (CN_DIGITS + "个名人家岁天年次").indexOf(t.charAt(end)) >= 0) {
                    return Optional.empty();
                }
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Whether an expression may start at {@code i}: not inside a number, not after a duration word. */
    private boolean startAllowed(String t, int i) {
        char c = t.charAt(i);
        if (Character.isDigit(c) || CN_DIGITS.indexOf(c) >= 0) {
            return numeralStartAllowed(t, i);
        }
        return true;
    }

    private boolean numeralStartAllowed(String t, int i) {
        if (i == 0) {
            return true;
        }
        char prev = t.charAt(i - 1);
        char c = t.charAt(i);
        if (Character.isDigit(prev) || prev == '.' || prev == ',' || Character.isLetter(prev) && prev < 0x80) {
            return false;
        }
        if (!Character.isDigit(c) && CN_DIGITS.indexOf(prev) >= 0) {
            return false;
        }
        for (String w : durationPrefixes) {
            if (i >= w.length() && t.startsWith(w, i - w.length())) {
                return false;
            }
        }
        return true;
    }

    /** A part of a year with no year ({@code 一季度}, {@code 上半年}): not inside a longer word. */
    private boolean standalonePartAllowed(String t, int i) {
        if (i == 0) {
            return true;
        }
        char prev = t.charAt(i - 1);
        return !Character.isDigit(prev) && CN_DIGITS.indexOf(prev) < 0 && prev != '第' && prev != '前'
                && prev != '年' && relativeAllowed(t, i);
    }

    private boolean relativeAllowed(String t, int i) {
        return i == 0 || relativeBlockers.indexOf(t.charAt(i - 1)) < 0;
    }

    private static boolean standaloneDayBlocked(String t, int end) {
        return followedBy(t, end, "内均报") || t.startsWith("以内", end) || t.startsWith("之内", end);
    }

    private static boolean isLunar(String t, int i) {
        String before = t.substring(Math.max(0, i - 3), i);
        return before.endsWith("农历") || GANZHI_YEAR.matcher(before).find();
    }

    /** A matcher of {@code p} that matched at {@code pos}, or null if {@code p} does not match there. */
    private static Matcher lookingAt(Pattern p, String t, int pos) {
        if (pos > t.length()) {
            return null;
        }
        Matcher m = p.matcher(t).region(pos, t.length());
        return m.lookingAt() ? m : null;
    }

    /** Whether an ASCII digit is at {@code pos}: what DOTTED, COLON and DAY_LIST begin with. */
    private static boolean asciiDigitAt(String t, int pos) {
        return pos >= 0 && pos < t.length() && t.charAt(pos) >= '0' && t.charAt(pos) <= '9';
    }

    /**
     * Whether one of {@code closers} is within {@code span} characters after {@code pos}: YEAR,
     * MONTH, DAY and CLOCK end their number with 年, 月, 日/号 or 时/点 at most that far on.
     */
    private static boolean closedWithin(String t, int pos, int span, String closers) {
        for (int k = pos + 1; k <= pos + span && k < t.length(); k++) {
            if (closers.indexOf(t.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code pos}, or past one space there (letter-spaced text: {@code 11 月 23 日}). */
    private static int space(String t, int pos) {
        return pos < t.length() && t.charAt(pos) == ' ' ? pos + 1 : pos;
    }

    private static boolean followedBy(String t, int pos, String chars) {
        return pos < t.length() && chars.indexOf(t.charAt(pos)) >= 0;
    }

    private static boolean isArabic(String s) {
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

    /** The first characters of {@code words}. */
    private static BitSet starts(Collection<String> words) {
        BitSet b = new BitSet();
        words.forEach(w -> b.set(w.charAt(0)));
        return b;
    }

    /** Whether a word whose first characters are {@code first} may start at {@code pos}. */
    private static boolean startsAt(BitSet first, String t, int pos) {
        return pos < t.length() && first.get(t.charAt(pos));
    }

    private static RelWord word(List<RelWord> words, BitSet first, String t, int pos) {
        if (!startsAt(first, t, pos)) {
            return null;
        }
        for (RelWord w : words) {
            if (t.startsWith(w.word, pos)) {
                return w;
            }
        }
        return null;
    }

    private static String wordKey(Map<String, ?> words, BitSet first, String t, int pos) {
        if (!startsAt(first, t, pos)) {
            return null;
        }
        String best = null;
        for (String w : words.keySet()) {
            if (t.startsWith(w, pos) && (best == null || w.length() > best.length())) {
                best = w;
            }
        }
        return best;
    }

    private List<RelWord> relWords(String file) {
        List<RelWord> out = new ArrayList<>();
        for (String line : Lexicon.lines(RESOURCES + file)) {
            String[] f = line.split("\t");
            if (f.length < 3) {
                throw new IllegalStateException("bad line in " + file + ": " + line);
            }
            DatePoint.Base base = DatePoint.Base.valueOf(f[1].strip().toUpperCase(java.util.Locale.ROOT));
            PeriodKind period = f.length > 3 ? periods.get(f[3].strip()) : null;
            out.add(new RelWord(f[0].strip(), new DatePoint.Rel(base, Integer.parseInt(f[2].strip())), period));
        }
        out.sort(Comparator.comparingInt((RelWord w) -> w.word.length()).reversed());
        return List.copyOf(out);
    }

    /** {@code word<TAB>first<TAB>last} lines, longest word first (so 第一季度 wins over 一季度). */
    private static Map<String, int[]> ranges(String file) {
        List<String[]> rows = new ArrayList<>();
        for (String line : Lexicon.lines(RESOURCES + file)) {
            String[] f = line.split("\t");
            if (f.length < 3) {
                throw new IllegalStateException("bad line in " + file + ": " + line);
            }
            rows.add(f);
        }
        rows.sort(Comparator.comparingInt((String[] f) -> f[0].strip().length()).reversed());
        Map<String, int[]> out = new LinkedHashMap<>();
        for (String[] f : rows) {
            out.put(f[0].strip(), new int[] {Integer.parseInt(f[1].strip()), Integer.parseInt(f[2].strip())});
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static List<String> longestFirst(List<String> words) {
        List<String> out = new ArrayList<>(words);
        out.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(out);
    }
}
