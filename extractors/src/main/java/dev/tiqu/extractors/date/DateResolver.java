package dev.tiqu.extractors.date;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Resolves the date expressions of one article, in reading order, to ISO 8601 values.
 * Mutable (it remembers the date last mentioned): use one instance per article and thread.
 *
 * <p>Rules:
 * <ul>
 * <li>A year-less month or day, or part of a year ({@code 一季度}), takes the year written earlier
 *     in the same sentence
 *     ({@code 2023年3月开工，6月完工} → 2023-06), otherwise the publication year; but when that
 *     would put it more than six months after the publication date it takes the previous year
 *     (a page of 2025-01-05 mentioning {@code 12月29日} → 2024-12-29; a page of 2024-06-15
 *     mentioning {@code 9月1日} → 2024-09-01). Six months rather than a shorter margin because
 *     newspapers often announce dates later in the same year ({@code 预计9月底完工}) while an
 *     earlier year is nearly always written out ({@code 去年9月}).</li>
 * <li>A day alone ({@code 22日}) takes the month last mentioned in the article, otherwise the
 *     publication month, or the month before when that would put it more than 15 days after the
 *     publication date.</li>
 * <li>Weeks run Monday to Sunday and count from the publication date: on a page of Friday
 *     2024-11-22, {@code 上周} is 2024-11-11/2024-11-17, {@code 下周三} 2024-11-27 and {@code 本周末}
 *     2024-11-23/2024-11-24.</li>
 * <li>A festival takes the year written with it ({@code 2025年春节}, {@code 去年国庆}) or earlier in
 *     its sentence, otherwise its occurrence nearest the publication date: on a page of
 *     2024-11-22, {@code 春节} is 2025-01-29 and {@code 中秋节} 2024-09-17.</li>
 * <li>Relative words count from the publication date ({@code 昨日}, {@code 今年3月}) or from the
 *     day last mentioned in the article ({@code 当晚}, {@code 次日}); a clock time alone
 *     ({@code 上午10时}) takes the day last mentioned, or the publication day when no day was
 *     mentioned before it in the article ({@code 下午2时30分召开} opening an article); but a range
 *     of clock times with no day mentioned before ({@code 上午9时至下午5时开放}) is a schedule and
 *     gives no value.</li>
 * <li>Spans counted from the publication date ({@link CountedSpan}: {@code 10天后}, {@code 近五年},
 *     {@code 上季度}, a bare {@code 周五}) need it; a single day among them is remembered like a
 *     date mentioned.</li>
 * <li>The second point of an interval takes what it does not write from the first
 *     ({@code 11月19日至21日}); if it then falls before the first, the next year
 *     ({@code 12月29日至1月2日}).</li>
 * <li>What cannot be resolved (the publication date is unknown and nothing was mentioned before,
 *     or the date does not exist: {@code 2月30日}) gives no value.</li>
 * </ul>
 */
final class DateResolver {

    private static final int FUTURE_MONTHS = 6;
    private static final int FUTURE_DAYS = 15;
    private static final Holidays HOLIDAYS = Holidays.standard();

    /** A resolved point; fields below {@code unit} are unset (0). */
    record Resolved(int year, int month, int day, int hour, int minute, DatePoint.Unit unit) implements Comparable<Resolved> {

        String iso() {
            if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0) {
                return formatted();
            }
            StringBuilder b = new StringBuilder(16);
            pad(b, year, 4);
            if (unit != DatePoint.Unit.YEAR) {
                pad(b.append('-'), month, 2);
            }
            if (unit == DatePoint.Unit.DAY || unit == DatePoint.Unit.TIME) {
                pad(b.append('-'), day, 2);
            }
            if (unit == DatePoint.Unit.TIME) {
                pad(b.append('T'), hour, 2);
                pad(b.append(':'), minute, 2);
            }
            return b.toString();
        }

        /** {@link #iso()} by {@code String.format}, for negative fields (never produced by the grammar). */
        private String formatted() {
            return switch (unit) {
                case YEAR -> String.format("%04d", year);
                case MONTH -> String.format("%04d-%02d", year, month);
                case DAY -> String.format("%04d-%02d-%02d", year, month, day);
                case TIME -> String.format("%04d-%02d-%02dT%02d:%02d", year, month, day, hour, minute);
            };
        }

        private static void pad(StringBuilder b, int value, int width) {
            String digits = Integer.toString(value);
            for (int k = digits.length(); k < width; k++) {
                b.append('0');
            }
            b.append(digits);
        }

        LocalDate date() {
            return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
        }

        @Override
        public int compareTo(Resolved o) {
            long a = (((year * 13L + month) * 32 + day) * 25 + hour) * 60 + minute;
            long b = (((o.year() * 13L + o.month()) * 32 + o.day()) * 25 + o.hour()) * 60 + o.minute();
            return Long.compare(a, b);
        }
    }

    private final LocalDate publication;
    private LocalDate anchorDay;
    private YearMonth anchorMonth;
    private Integer anchorYear;
    private Integer sentenceYear;

    /** @param publication the publication date, or null if unknown */
    DateResolver(LocalDate publication) {
        this.publication = publication;
    }

    /** Call at the start of each sentence: a year carries over only within a sentence. */
    void newSentence() {
        sentenceYear = null;
    }

    /** The ISO value of {@code e}, remembering it as the date last mentioned; empty if unresolvable. */
    Optional<String> resolve(DateExpression e) {
        try {
            return doResolve(e);
        } catch (DateTimeException | ArithmeticException ex) {
            return Optional.empty();
        }
    }

    private Optional<String> doResolve(DateExpression e) {
        if (e.counted() != null) {
            return counted(e.counted());
        }
        DatePoint p = e.from();
        if (p.timeOnly() && e.to() != null && anchorDay == null) {
            return Optional.empty(); // 上午9时至下午5时开放: hours with no day mentioned are a schedule
        }
        if (p.plan() != null) {
            return Optional.of(p.plan()[0] + "/" + p.plan()[1]);
        }
        if (p.weekRel() != null && p.weekday() == null) {
            LocalDate monday = weekMonday(p);
            if (monday == null) {
                return Optional.empty();
            }
            return Optional.of(monday.plusDays(p.weekend() ? 5 : 0) + "/" + monday.plusDays(6));
        }
        Resolved from = point(p, null);
        if (from == null) {
            return Optional.empty();
        }
        if (p.months() != null) {
            Resolved a = new Resolved(from.year(), p.months()[0], 0, 0, 0, DatePoint.Unit.MONTH);
            Resolved z = new Resolved(from.year(), p.months()[1], 0, 0, 0, DatePoint.Unit.MONTH);
            remember(p, a);
            return Optional.of(a.iso() + "/" + z.iso());
        }
        if (e.untilNow()) {
            if (publication == null) {
                return Optional.empty();
            }
            Resolved now = new Resolved(publication.getYear(), publication.getMonthValue(),
                    publication.getDayOfMonth(), 0, 0, DatePoint.Unit.DAY);
            if (now.compareTo(from) < 0) {
                return Optional.empty();
            }
            remember(p, from);
            return Optional.of(from.iso() + "/" + now.iso());
        }
        if (e.to() == null) {
            remember(p, from);
            return Optional.of(from.iso());
        }
        Resolved to = point(e.to(), from);
        if (to == null) {
            return Optional.empty();
        }
        if (to.compareTo(from) <= 0 && !e.to().hasYear() && to.unit() != DatePoint.Unit.TIME) {
            to = valid(to.year() + 1, to.month(), to.day(), to.hour(), to.minute(), to.unit());
        }
        if (to == null || to.compareTo(from) <= 0) {
            return Optional.empty();
        }
        remember(p, from);
        remember(e.to(), to);
        return Optional.of(from.iso() + "/" + to.iso());
    }

    /** A span counted from the publication date; a single day it names is remembered as the date last mentioned. */
    private Optional<String> counted(CountedSpan span) {
        if (publication == null) {
            return Optional.empty();
        }
        LocalDate day = span.day(publication);
        if (day != null) {
            anchorDay = day;
            anchorMonth = YearMonth.from(day);
            anchorYear = day.getYear();
        }
        return Optional.of(span.iso(publication));
    }

    private void remember(DatePoint p, Resolved r) {
        anchorYear = r.year();
        if (r.unit.compareTo(DatePoint.Unit.MONTH) >= 0) {
            anchorMonth = YearMonth.of(r.year(), r.month());
        }
        if (r.unit.compareTo(DatePoint.Unit.DAY) >= 0) {
            anchorDay = LocalDate.of(r.year(), r.month(), r.day());
        }
        if (p.hasYear()) {
            sentenceYear = r.year();
        }
    }

    /** Resolves one point; {@code inherit} supplies what the second point of an interval leaves out. */
    private Resolved point(DatePoint p, Resolved inherit) {
        int hour = p.hour() == null ? 0 : p.hour();
        int minute = p.minute() == null ? 0 : p.minute();
        DatePoint.Unit unit = p.months() != null ? DatePoint.Unit.YEAR : p.finest();
        if (p.timeOnly() || p.weekRel() != null || p.dayRel() != null) {
            LocalDate d = contextDay(p, inherit);
            return d == null ? null : valid(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), hour, minute, unit);
        }
        Integer year = p.year();
        if (p.yearRel() != null) {
            Integer base = p.yearRel().base() == DatePoint.Base.PUB
                    ? (publication == null ? null : publication.getYear()) : anchorYear;
            if (base == null) {
                return null;
            }
            year = base + p.yearRel().offset();
        }
        if (p.holiday() != null) {
            Integer y = year != null ? year : inherit != null ? Integer.valueOf(inherit.year()) : sentenceYear;
            LocalDate d = y != null ? HOLIDAYS.date(p.holiday(), y) : nearestHoliday(p.holiday());
            return d == null ? null : valid(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), hour, minute, unit);
        }
        return calendarPoint(p, year, inherit, hour, minute, unit);
    }

    /**
     * The day of a point that counts from context: a clock time alone (the day of the interval's
     * first point, else the day last mentioned), a relative week's day, a relative day; null if
     * what it counts from is unknown.
     */
    private LocalDate contextDay(DatePoint p, Resolved inherit) {
        if (p.timeOnly()) {
            if (inherit != null && inherit.unit.compareTo(DatePoint.Unit.DAY) >= 0) {
                return inherit.date();
            }
            return anchorDay != null ? anchorDay : publication;
        }
        if (p.weekRel() != null) {
            LocalDate monday = weekMonday(p);
            return monday == null ? null : monday.plusDays(p.weekday() - 1);
        }
        LocalDate base = p.dayRel().base() == DatePoint.Base.PUB ? publication : anchorDay;
        return base == null ? null : base.plusDays(p.dayRel().offset());
    }

    /**
     * A point of the calendar with its year resolved so far ({@code writtenYear}, or null): the
     * month from a relative month, and what is not written from the interval's first point, the
     * sentence's year, the publication date or the month last mentioned.
     */
    private Resolved calendarPoint(DatePoint p, Integer writtenYear, Resolved inherit, int hour, int minute,
                                   DatePoint.Unit unit) {
        Integer year = writtenYear;
        Integer month = p.month();
        if (p.monthRel() != null) {
            YearMonth base = p.monthRel().base() == DatePoint.Base.PUB
                    ? (publication == null ? null : YearMonth.from(publication)) : anchorMonth;
            if (base == null) {
                return null;
            }
            YearMonth ym = base.plusMonths(p.monthRel().offset());
            year = ym.getYear();
            month = ym.getMonthValue();
        }
        Integer day = p.day();
        if (year == null && p.months() != null) {
            year = sentenceYear != null ? sentenceYear : yearFor(p.months()[0], null);
        }
        if (year == null) {
            if (inherit != null) {
                year = inherit.year();
                if (month == null) {
                    if (inherit.unit.compareTo(DatePoint.Unit.MONTH) < 0) {
                        return null;
                    }
                    month = inherit.month();
                }
            } else if (month != null) {
                year = sentenceYear != null ? sentenceYear : yearFor(month, day);
            } else if (day != null) {
                YearMonth ym = anchorMonth != null ? anchorMonth : monthFor(day);
                if (ym == null) {
                    return null;
                }
                year = ym.getYear();
                month = ym.getMonthValue();
            }
        }
        if (year == null) {
            return null;
        }
        return valid(year, month == null ? 0 : month, day == null ? 0 : day, hour, minute, unit);
    }

    /** The occurrence of a festival nearest the publication date (a year before, that year or the next), or null. */
    private LocalDate nearestHoliday(String key) {
        if (publication == null) {
            return null;
        }
        LocalDate best = null;
        for (int y = publication.getYear() - 1; y <= publication.getYear() + 1; y++) {
            LocalDate d = HOLIDAYS.date(key, y);
            if (d != null && (best == null || distance(d) < distance(best))) {
                best = d;
            }
        }
        return best;
    }

    private long distance(LocalDate d) {
        return Math.abs(d.toEpochDay() - publication.toEpochDay());
    }

    /** The Monday of the week {@code p} refers to (weeks run Monday to Sunday), or null. */
    private LocalDate weekMonday(DatePoint p) {
        if (publication == null) {
            return null;
        }
        return publication.with(DayOfWeek.MONDAY).plusWeeks(p.weekRel().offset());
    }

    /** The year of a year-less month (and day): the publication year, or the one before. */
    private Integer yearFor(int month, Integer day) {
        if (publication == null || month < 1 || month > 12) {
            return null;
        }
        int y = publication.getYear();
        YearMonth ym = YearMonth.of(y, month);
        int d = day == null ? 1 : Math.min(Math.max(day, 1), ym.lengthOfMonth());
        LocalDate candidate = ym.atDay(d);
        return candidate.isAfter(publication.plusMonths(FUTURE_MONTHS)) ? y - 1 : y;
    }

    /** The month of a day written alone: the publication month, or the one before. */
    private YearMonth monthFor(int day) {
        if (publication == null) {
            return null;
        }
        YearMonth ym = YearMonth.from(publication);
        if (day <= ym.lengthOfMonth() && ym.atDay(day).isAfter(publication.plusDays(FUTURE_DAYS))) {
            return ym.minusMonths(1);
        }
        return ym;
    }

    /** A resolved point if the calendar has it (no 2月30日, no 13月), else null. */
    private static Resolved valid(int year, int month, int day, int hour, int minute, DatePoint.Unit unit) {
        if (year < 1000 || year > 9999) {
            return null;
        }
        if (unit.compareTo(DatePoint.Unit.MONTH) >= 0 && (month < 1 || month > 12)) {
            return null;
        }
        if (unit.compareTo(DatePoint.Unit.DAY) >= 0) {
            if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
                return null;
            }
        }
        if (unit == DatePoint.Unit.TIME && (hour < 0 || hour > 23 || minute < 0 || minute > 59)) {
            return null;
        }
        return new Resolved(year,
                unit.compareTo(DatePoint.Unit.MONTH) >= 0 ? month : 0,
                unit.compareTo(DatePoint.Unit.DAY) >= 0 ? day : 0,
                unit == DatePoint.Unit.TIME ? hour : 0,
                unit == DatePoint.Unit.TIME ? minute : 0, unit);
    }
}
