package dev.tiqu.extractors.date;

import static dev.tiqu.extractors.date.DateText.asciiDigitAt;
import static dev.tiqu.extractors.date.DateText.closedWithin;
import static dev.tiqu.extractors.date.DateText.followedBy;
import static dev.tiqu.extractors.date.DateText.isArabic;
import static dev.tiqu.extractors.date.DateText.lookingAt;
import static dev.tiqu.extractors.date.DateText.number;
import static dev.tiqu.extractors.date.DateText.precededByWord;

import dev.tiqu.extractors.date.DateWords.PeriodKind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a time of day: [period of day] [clock [connector [period] clock]], as in {@code 上午10时},
 * {@code 晚7点半}, {@code 9时30分}, {@code 9时15分30秒} (seconds are read, not kept: values are to
 * the minute), {@code 10:30}, {@code 3:00pm}, {@code 下午1时至5时}.
 *
 * <p>Immutable and thread-safe. Example: {@code read("下午3时许", 0, null, false)} is 15:00, end 5.
 */
final class TimeOfDay {

    private static final Pattern CLOCK = Pattern.compile(
            "(\\d{1,2}|[零一二两三四五六七八九十]{1,3}) ?([时点])(?:(\\d{1,2}|[零〇一二三四五六七八九十]{1,3})分"
            + "(?:(?:\\d{1,2}|[零〇一二三四五六七八九十]{1,3})秒)?|(半|一刻|三刻)|整)?(?:许|左右)?");
    private static final Pattern COLON = Pattern.compile("(\\d{1,2})[:：](\\d{2})(?![\\d:：])");
    /** After a colon time: {@code 3:00pm}, {@code 9:30 a.m.}; not before another letter ({@code 3:00 amp}). */
    private static final Pattern AM_PM = Pattern.compile(" ?([AaPp])\\.?[Mm]\\.?(?![A-Za-z])");

    /**
     * What was read: the hour and minute (null if no clock was read), the end of a clock range
     * written after it ({@code 1时至5时}: a time-only point) or null, and the end of what was read.
     */
    record Reading(Integer hour, Integer minute, DatePoint rangeEnd, int end) {

        /** {@code p} with this reading's clock time, or {@code p} if none was read. */
        DatePoint applyTo(DatePoint p) {
            return hour == null ? p : p.withClock(hour, minute, p.timeOnly());
        }
    }

    private record Clock(int hour, int minute, int end) {
    }

    private final DateWords words;

    TimeOfDay(DateWords words) {
        this.words = words;
    }

    /**
     * Reads [period of day] [clock [connector [period] clock]] at {@code pos}. After a day a
     * period alone extends the span ({@code 11月23日上午}); without a day a clock is required, and
     * Chinese numerals or 点 only after a period word. {@code implied} is the period a relative
     * day word implies (当晚 → EVENING).
     */
    Reading read(String t, int pos, PeriodKind implied, boolean afterDay) {
        String periodWord = words.period(t, pos);
        PeriodKind kind = periodWord != null ? words.periodKind(periodWord) : implied;
        int q = periodWord != null ? pos + periodWord.length() : pos;
        boolean loose = afterDay || periodWord != null || implied != null;
        Clock c = clock(t, q, loose);
        if (c == null && afterDay && periodWord == null && q < t.length() && t.charAt(q) == ' ') {
            c = clock(t, q + 1, loose);
        }
        Integer hour = c == null ? null : hour(c.hour, kind);
        if (hour == null) {
            return new Reading(null, null, null, afterDay && periodWord != null ? q : pos);
        }
        return rangeAfter(t, new Clock(hour, c.minute, c.end), kind, loose);
    }

    /** The clock {@code first} (hour already on a 24-hour clock), extended by a later clock after a connector. */
    private Reading rangeAfter(String t, Clock first, PeriodKind kind, boolean loose) {
        Matcher conn = DateGrammar.CONNECTOR.matcher(t).region(first.end, t.length());
        if (conn.lookingAt()) {
            String w2 = words.period(t, conn.end());
            PeriodKind kind2 = w2 != null ? words.periodKind(w2) : kind;
            int q2 = w2 != null ? conn.end() + w2.length() : conn.end();
            Clock c2 = clock(t, q2, loose);
            if (c2 != null) {
                Integer h2 = hour(c2.hour, kind2);
                if (h2 != null && h2 * 60 + c2.minute > first.hour * 60 + first.minute) {
                    DatePoint z = DatePoint.EMPTY.withClock(h2, c2.minute, true);
                    return new Reading(first.hour, first.minute, z, c2.end);
                }
            }
        }
        return new Reading(first.hour, first.minute, null, first.end);
    }

    private Clock clock(String t, int pos, boolean loose) {
        Matcher colon = asciiDigitAt(t, pos) ? lookingAt(COLON, t, pos) : null;
        boolean score = precededByWord(t, pos, words.guards().scoreWords);
        if (colon != null && (pos == 0 || !Character.isDigit(t.charAt(pos - 1))) && (loose || !score)) {
            int h = Integer.parseInt(colon.group(1));
            int mi = Integer.parseInt(colon.group(2));
            Matcher half = lookingAt(AM_PM, t, colon.end());
            if (half != null && h >= 1 && h <= 12) {
                boolean pm = Character.toLowerCase(half.group(1).charAt(0)) == 'p';
                int hour = pm ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h);
                return mi < 60 ? new Clock(hour, mi, half.end()) : null;
            }
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
        if ("时".equals(m.group(2)) && followedBy(t, m.start(2) + 1, words.guards().hourNotBefore)) {
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
            mi = switch (m.group(4)) {
                case "一刻" -> 15; // a quarter of an hour: 十点一刻 is 10:15
                case "三刻" -> 45;
                default -> 30;
            };
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
}
