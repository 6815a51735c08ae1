package dev.tiqu.formats;

import dev.tiqu.core.mention.DateValue;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * A date mention's ISO value as the first and last moment it covers, so that a table column
 * holds one type (a date, or a date with a time) instead of ISO strings of mixed precision.
 *
 * <p>The start is the first day of the start point ({@code 2024 → 2024-01-01}), the end the last
 * day of the end point ({@code 2024-11 → 2024-11-30}); a point written with a time keeps it. The
 * granularity is the start point's: {@code year}, {@code month}, {@code day} or {@code minute}.
 * Example: {@code 2024-01/2024-10 → start 2024-01-01, end 2024-10-31, granularity month}.
 *
 * @param start       the first day (time 00:00 unless {@code startTimed})
 * @param end         the last day (time 00:00 unless {@code endTimed})
 * @param startTimed  whether the start point was written with a time of day
 * @param endTimed    whether the end point was written with a time of day
 * @param granularity year, month, day or minute
 */
public record DateBounds(LocalDateTime start, LocalDateTime end, boolean startTimed, boolean endTimed,
                         String granularity) {

    /** The bounds of a date value. */
    public static DateBounds of(DateValue date) {
        String iso = date.iso();
        int slash = iso.indexOf('/');
        String from = slash < 0 ? iso : iso.substring(0, slash);
        String to = slash < 0 ? iso : iso.substring(slash + 1);
        return new DateBounds(first(from), last(to), from.indexOf('T') > 0, to.indexOf('T') > 0,
                granularity(from));
    }

    /** The start as a table cell: {@code 2024-11-01} or {@code 2024-11-23 10:00}. */
    public String startText() {
        return text(start, startTimed);
    }

    /** The end as a table cell: {@code 2024-11-30} or {@code 2024-11-23 12:00}. */
    public String endText() {
        return text(end, endTimed);
    }

    private static String text(LocalDateTime t, boolean timed) {
        return timed ? t.toLocalDate() + " " + t.toLocalTime() : t.toLocalDate().toString();
    }

    private static String granularity(String point) {
        return switch (point.length()) {
            case 4 -> "year";
            case 7 -> "month";
            case 10 -> "day";
            default -> "minute";
        };
    }

    private static LocalDateTime first(String point) {
        return switch (point.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(point), 1, 1).atStartOfDay();
            case 7 -> YearMonth.parse(point).atDay(1).atStartOfDay();
            case 10 -> LocalDate.parse(point).atStartOfDay();
            default -> LocalDateTime.parse(point);
        };
    }

    private static LocalDateTime last(String point) {
        return switch (point.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(point), 12, 31).atStartOfDay();
            case 7 -> YearMonth.parse(point).atEndOfMonth().atStartOfDay();
            case 10 -> LocalDate.parse(point).atStartOfDay();
            default -> LocalDateTime.parse(point);
        };
    }
}
