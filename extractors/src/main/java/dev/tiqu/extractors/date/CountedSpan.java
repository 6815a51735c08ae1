package dev.tiqu.extractors.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date counted in whole units from the publication date: an offset ({@code 10天后},
 * {@code 五年前}), the last units before it ({@code 过去二十年}, {@code 近三个月}), a relative quarter
 * ({@code 上季度}, {@code 本季度末}) or a bare weekday ({@code 周五}). Immutable.
 *
 * <p>{@code from} and {@code to} count units from the publication date's own unit (0 is the
 * publication day, month, quarter or year); a point when they are equal. Examples on a page of
 * Wednesday 2025-05-14: {@code (DAY, 10, 10)} → 2025-05-24; {@code (YEAR, -20, -1)} →
 * 2005/2024; {@code (QUARTER, -1, -1)} → 2025-01/2025-03; {@code (QUARTER_END, 0, 0)} → 2025-06;
 * {@code (WEEKDAY, 5, 5)} (Friday) → 2025-05-09, the nearest Friday on or before the page date.
 *
 * @param unit what is counted
 * @param from the first unit, counted from the publication date's (for WEEKDAY: the weekday, 1 to 7)
 * @param to   the last unit (for WEEKDAY: the weekday again)
 */
record CountedSpan(Unit unit, int from, int to) {

    /** What a span counts. */
    enum Unit { DAY, MONTH, QUARTER, QUARTER_END, YEAR, WEEKDAY }

    /** The ISO value on a page of {@code publication}. */
    String iso(LocalDate publication) {
        return switch (unit) {
            case DAY -> interval(publication.plusDays(from).toString(), publication.plusDays(to).toString());
            case MONTH -> interval(YearMonth.from(publication).plusMonths(from).toString(),
                    YearMonth.from(publication).plusMonths(to).toString());
            case QUARTER -> interval(quarterStart(publication, from).toString(),
                    quarterStart(publication, to).plusMonths(2).toString());
            case QUARTER_END -> quarterStart(publication, to).plusMonths(2).toString();
            case YEAR -> interval(Integer.toString(publication.getYear() + from),
                    Integer.toString(publication.getYear() + to));
            case WEEKDAY -> publication.minusDays(Math.floorMod(publication.getDayOfWeek().getValue() - from, 7))
                    .toString();
        };
    }

    /** The day a {@link #iso} value that is a single day names, for what later day words count from; else null. */
    LocalDate day(LocalDate publication) {
        return switch (unit) {
            case DAY -> from == to ? publication.plusDays(from) : null;
            case WEEKDAY -> publication.with(DayOfWeek.of(from)).isAfter(publication)
                    ? publication.with(DayOfWeek.of(from)).minusWeeks(1) : publication.with(DayOfWeek.of(from));
            default -> null;
        };
    }

    private static YearMonth quarterStart(LocalDate publication, int offset) {
        YearMonth first = YearMonth.of(publication.getYear(), (publication.getMonthValue() - 1) / 3 * 3 + 1);
        return first.plusMonths(3L * offset);
    }

    private static String interval(String a, String z) {
        return a.equals(z) ? a : a + "/" + z;
    }
}
