package dev.tiqu.extractors.date;

import static dev.tiqu.extractors.date.DateText.CN_DIGITS;
import static dev.tiqu.extractors.date.DateText.followedBy;
import static dev.tiqu.extractors.date.DateText.followedByWord;
import static dev.tiqu.extractors.date.DateText.precededByWord;

import dev.tiqu.core.Lexicon;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The word lists of the date grammar (resources under {@value #RESOURCES}) and the look-ups on
 * them: relative words, periods of the day, parts of a year, plan periods, festivals, part
 * suffixes, weekdays, and the context guards ({@link DateGuards}).
 *
 * <p>Immutable and thread-safe; loaded once. Example: {@code relYear("去年3月", 0)} is the word
 * 去年 with (PUB, -1).
 */
final class DateWords {

    static final String RESOURCES = "/dev/tiqu/extractors/date/";
    private static final Pattern GANZHI_YEAR = Pattern.compile("[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年$");
    private static final int PAIR_MASK = (1 << 16) - 1;
    /** How far before a date a lunar marker or reign year is looked for (乾隆五十九年: 6 characters). */
    private static final int LUNAR_WINDOW = 8;

    /** The kind of a period of the day, which decides how a clock hour is read. */
    enum PeriodKind { EARLY, MORNING, NOON, AFTERNOON, EVENING, NIGHT }

    /** A relative word, what it counts from and by how much, and the period of the day it implies. */
    record RelWord(String word, DatePoint.Rel rel, PeriodKind period) {
    }

    /** A festival word: its date key (see {@link Holidays}) and whether it is a date by itself. */
    record HolidayWord(String word, String date, boolean alone) {
    }

    /** A word of a lexicon mapped to a first and last number (上半年 → months 1..6). */
    record RangeWord(String word, int[] range) {
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
    /** The first two characters of each festival word (every one has two or more), by {@link #pairIndex}. */
    private final BitSet holidayPairs = new BitSet(PAIR_MASK + 1);
    private final Map<String, PeriodKind> periods;
    private final Map<String, int[]> yearParts;
    private final Map<String, int[]> plans;
    private final List<String> partSuffixes;
    private final List<String> durationPrefixes;
    /** The last characters of {@link #durationPrefixes}: only after one of them can a prefix end. */
    private final String durationPrefixEnds;
    private final String relativeBlockers;
    private final List<String> weekdays;
    /** Every character an expression may begin with: digits, Chinese numerals, lexicon words' first characters. */
    private final BitSet startChars;
    /** The characters that begin an expression alone: digits, numerals and one-character words (晚, 底). */
    private final BitSet oneCharStarts = new BitSet();
    /** The first two characters of the longer words, hashed by {@link #pairIndex}. */
    private final BitSet startPairs = new BitSet(PAIR_MASK + 1);
    private final DateGuards guards;
    private final List<String> lunarMarkers;
    /** {@code <reign title><numeral>年} ending the text before a date: 乾隆十年. */
    private final Pattern reignYear;
    private final List<String> yearEndWords;

    DateWords() {
        Map<String, PeriodKind> kinds = new LinkedHashMap<>();
        Lexicon.pairs(RESOURCES + "periods_of_day.tsv").forEach((k, v) -> kinds.put(k, PeriodKind.valueOf(v)));
        periods = Collections.unmodifiableMap(kinds);
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
        durationPrefixEnds = durationPrefixes.stream().map(w -> w.substring(w.length() - 1)).distinct()
                .reduce("", String::concat);
        relativeBlockers = String.join("", Lexicon.lines(RESOURCES + "relative_blockers.txt"));
        weekdays = longestFirst(Lexicon.lines(RESOURCES + "weekdays.txt"));
        guards = new DateGuards(Lexicon.pairs(RESOURCES + "context_guards.tsv"));
        lunarMarkers = Lexicon.lines(RESOURCES + "lunar_markers.txt");
        reignYear = Pattern.compile("(?:" + String.join("|", Lexicon.lines(RESOURCES + "reign_eras.txt"))
                + ")[元一二三四五六七八九十]+年$");
        yearEndWords = Lexicon.lines(RESOURCES + "year_end_words.txt");
        relYearStarts = starts(relYears.stream().map(RelWord::word).toList());
        relMonthStarts = starts(relMonths.stream().map(RelWord::word).toList());
        relDayStarts = starts(relDays.stream().map(RelWord::word).toList());
        relWeekStarts = starts(relWeeks.stream().map(RelWord::word).toList());
        periodStarts = starts(periods.keySet());
        yearPartStarts = starts(yearParts.keySet());
        planStarts = starts(plans.keySet());
        holidayStarts = starts(holidays.stream().map(HolidayWord::word).toList());
        holidays.forEach(h -> holidayPairs.set(pairIndex(h.word().charAt(0), h.word().charAt(1))));
        startChars = startChars();
    }

    private BitSet startChars() {
        BitSet starts = new BitSet();
        for (char c : (CN_DIGITS + "0123456789").toCharArray()) {
            starts.set(c);
            oneCharStarts.set(c);
        }
        oneCharStarts.set('前'); // 前4个月: 前 before any numeral
        List<String> words = new ArrayList<>();
        for (List<RelWord> list : List.of(relYears, relMonths, relDays, relWeeks)) {
            list.forEach(w -> words.add(w.word()));
        }
        words.addAll(periods.keySet());
        words.addAll(yearParts.keySet());
        words.addAll(plans.keySet());
        words.addAll(partSuffixes);
        for (String w : words) {
            starts.set(w.charAt(0));
            if (w.length() == 1) {
                oneCharStarts.set(w.charAt(0));
            } else {
                startPairs.set(pairIndex(w.charAt(0), w.charAt(1)));
            }
        }
        return starts;
    }

    /** A hash of two characters into {@link #startPairs} (collisions only let a few more positions through). */
    private static int pairIndex(char a, char b) {
        return ((a * 31) ^ b) & PAIR_MASK;
    }

    DateGuards guards() {
        return guards;
    }

    /**
     * Whether an expression may begin at {@code i}: every rule is anchored on its first character, and
     * a word's first two characters are checked too (后 begins 后天, not 后来).
     */
    boolean mayStart(String t, int i) {
        char c = t.charAt(i);
        if (Character.isDigit(c) || oneCharStarts.get(c)) {
            return true;
        }
        return startChars.get(c) && i + 1 < t.length() && startPairs.get(pairIndex(c, t.charAt(i + 1)));
    }

    /** Whether a festival word may begin with {@code c}. */
    boolean mayStartHoliday(char c) {
        return holidayStarts.get(c);
    }

    RelWord relYear(String t, int pos) {
        return word(relYears, relYearStarts, t, pos);
    }

    RelWord relMonth(String t, int pos) {
        return word(relMonths, relMonthStarts, t, pos);
    }

    RelWord relDay(String t, int pos) {
        return word(relDays, relDayStarts, t, pos);
    }

    RelWord relWeek(String t, int pos) {
        return word(relWeeks, relWeekStarts, t, pos);
    }

    /** The longest period-of-day word at {@code pos} (上午, 晚), or null. */
    String period(String t, int pos) {
        return wordKey(periods, periodStarts, t, pos);
    }

    PeriodKind periodKind(String word) {
        return periods.get(word);
    }

    /** The longest part-of-year word at {@code pos} (上半年, 一季度) with its months, or null. */
    RangeWord yearPart(String t, int pos) {
        String w = wordKey(yearParts, yearPartStarts, t, pos);
        return w == null ? null : new RangeWord(w, yearParts.get(w));
    }

    /** The plan period at {@code i} (十四五) with its years, or null: not inside a numeral or before a count. */
    RangeWord planAt(String t, int i) {
        if (!startsAt(planStarts, t, i)) {
            return null;
        }
        for (Map.Entry<String, int[]> e : plans.entrySet()) {
            if (t.startsWith(e.getKey(), i)) {
                if (i > 0 && CN_DIGITS.indexOf(t.charAt(i - 1)) >= 0) {
                    return null;
                }
                int end = i + e.getKey().length();
                if (followedBy(t, end, CN_DIGITS) || followedBy(t, end, guards.planNotBefore)) {
                    return null;
                }
                return new RangeWord(e.getKey(), e.getValue());
            }
        }
        return null;
    }

    /** The part suffix (底, 中旬…) at {@code pos}, or null. */
    String suffixWord(String t, int pos) {
        int end = suffix(t, pos);
        return end > pos ? t.substring(pos, end) : null;
    }

    /** The end of a part suffix (底, 中旬…) at {@code pos}, or {@code pos}. */
    int suffix(String t, int pos) {
        for (String s : partSuffixes) {
            int end = pos + s.length();
            if (t.startsWith(s, pos) && !(s.endsWith("初") && followedBy(t, end, guards.earlySuffixNotBefore))
                    && !(s.endsWith("末") && followedBy(t, end, guards.endSuffixNotBefore))) {
                return end;
            }
        }
        return pos;
    }

    /** The end of a weekday word at {@code pos} (星期五, （周三）), or {@code pos}. */
    int weekday(String t, int pos) {
        int q = pos;
        boolean open = q < t.length() && (t.charAt(q) == '（' || t.charAt(q) == '(');
        if (open) {
            q++;
        }
        for (String w : weekdays) {
            if (t.startsWith(w, q)) {
                int end = q + w.length();
                if (open) {
                    return followedBy(t, end, "）)") ? end + 1 : pos;
                }
                return end;
            }
        }
        return pos;
    }

    /**
     * The festival word at {@code pos} ({@code 春节}, {@code 中秋节}, {@code 国庆} before 期间…), or
     * null: not after the guard words (每, 每年, 历年, 是), a word made of numerals ({@code 五一},
     * {@code 十一}) not inside a longer number or after 第, and never before 节 ({@code 十一节车厢}).
     */
    HolidayWord holidayAt(String t, int pos) {
        if (pos + 1 >= t.length() || !holidayStarts.get(t.charAt(pos))
                || !holidayPairs.get(pairIndex(t.charAt(pos), t.charAt(pos + 1)))) {
            return null;
        }
        if (pos > 0 && guards.holidayNotAfter.indexOf(t.charAt(pos - 1)) >= 0
                || precededByWord(t, pos, guards.holidayNotAfterWords)) {
            return null;
        }
        for (HolidayWord h : holidays) {
            if (t.startsWith(h.word(), pos) && holidayFits(t, pos, h)) {
                return h;
            }
        }
        return null;
    }

    private boolean holidayFits(String t, int pos, HolidayWord h) {
        boolean numeral = h.word().chars().allMatch(c -> CN_DIGITS.indexOf(c) >= 0);
        if (numeral && pos > 0 && (CN_DIGITS.indexOf(t.charAt(pos - 1)) >= 0
                || Character.isDigit(t.charAt(pos - 1)) || t.charAt(pos - 1) == '第')) {
            return false;
        }
        if (h.alone() || !numeral && pos > 0 && t.charAt(pos - 1) == '年') {
            return true; // 2021年端午: after a year written, not 2024年十一 (a month)
        }
        int end = pos + h.word().length();
        for (String c : holidayContext) {
            if (t.startsWith(c, end)) {
                return !(numeral && c.equals("节"));
            }
        }
        return false;
    }

    /**
     * Whether the date at {@code i} is of the lunar calendar or a reign: after 农历 or 阴历, a
     * sexagenary year (甲辰年) or a reign year (乾隆十年).
     */
    boolean isLunar(String t, int i) {
        String before = t.substring(Math.max(0, i - LUNAR_WINDOW), i);
        for (String m : lunarMarkers) {
            if (before.endsWith(m)) {
                return true;
            }
        }
        return GANZHI_YEAR.matcher(before).find() || reignYear.matcher(before).find();
    }

    /** Whether the part word {@code word} (年底, 末), after a year, means its last month. */
    boolean isYearEnd(String word) {
        return yearEndWords.contains(word);
    }

    /** Whether a number at {@code i} may start a date: not inside a number, not after a duration word. */
    boolean numeralStartAllowed(String t, int i) {
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
        return durationPrefixEnds.indexOf(prev) < 0 || !precededByWord(t, i, durationPrefixes);
    }

    /** A part of a year with no year ({@code 一季度}, {@code 上半年}): not inside a longer word. */
    boolean standalonePartAllowed(String t, int i) {
        if (i == 0) {
            return true;
        }
        char prev = t.charAt(i - 1);
        return !Character.isDigit(prev) && CN_DIGITS.indexOf(prev) < 0
                && guards.partNotAfter.indexOf(prev) < 0 && relativeAllowed(t, i);
    }

    /** Whether a relative word may start at {@code i}: no blocker character before it. */
    boolean relativeAllowed(String t, int i) {
        return i == 0 || relativeBlockers.indexOf(t.charAt(i - 1)) < 0;
    }

    /** Whether what follows a day alone at {@code end} makes it a duration or a name (3日内, 8日报). */
    boolean standaloneDayBlocked(String t, int end) {
        return followedBy(t, end, guards.dayNotBefore) || followedByWord(t, end, guards.dayNotBeforeWords);
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
            if (t.startsWith(w.word(), pos)) {
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
            DatePoint.Base base = DatePoint.Base.valueOf(f[1].strip().toUpperCase(Locale.ROOT));
            PeriodKind period = f.length > 3 ? periods.get(f[3].strip()) : null;
            out.add(new RelWord(f[0].strip(), new DatePoint.Rel(base, Integer.parseInt(f[2].strip())), period));
        }
        out.sort(Comparator.comparingInt((RelWord w) -> w.word().length()).reversed());
        return List.copyOf(out);
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
        return Collections.unmodifiableMap(out);
    }

    private static List<String> longestFirst(List<String> words) {
        List<String> out = new ArrayList<>(words);
        out.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(out);
    }
}
