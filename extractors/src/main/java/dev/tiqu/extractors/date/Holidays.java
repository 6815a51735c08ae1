package dev.tiqu.extractors.date;

import dev.tiqu.core.Lexicon;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dates of festivals and holidays in a given year: fixed Gregorian days ({@code 10-01}),
 * lunar festivals from a table of the Chinese calendar (1950–2100), 除夕 (the day before
 * 春节) and 清明 (the solar term, 2000–2099). Immutable and thread-safe.
 *
 * <p>Example: {@code date("中秋", 2024)} → 2024-09-17; {@code date("除夕", 2025)} → 2025-01-28;
 * {@code date("10-01", 2024)} → 2024-10-01.
 */
final class Holidays {

    private static final List<String> LUNAR_COLUMNS = List.of("春节", "元宵", "端午", "七夕", "中秋", "重阳", "腊八");

    private static final Holidays STANDARD = new Holidays();

    /** Festival → year → date. */
    private final Map<String, Map<Integer, LocalDate>> lunar = new HashMap<>();

    /** The tables shipped with tiqu, loaded once. */
    static Holidays standard() {
        return STANDARD;
    }

    private Holidays() {
        for (String line : Lexicon.lines(DateWords.RESOURCES + "lunar_festivals.tsv")) {
            String[] f = line.split("\t");
            if (f.length != LUNAR_COLUMNS.size() + 1) {
                throw new IllegalStateException("bad line in lunar_festivals.tsv: " + line);
            }
            int year = Integer.parseInt(f[0].strip());
            for (int c = 0; c < LUNAR_COLUMNS.size(); c++) {
                lunar.computeIfAbsent(LUNAR_COLUMNS.get(c), k -> new HashMap<>()).put(year, LocalDate.parse(f[c + 1].strip()));
            }
        }
    }

    /** Whether {@code key} names a date this class knows (a holidays.tsv date column). */
    boolean knows(String key) {
        return lunar.containsKey(key) || key.equals("除夕") || key.equals("清明") || isMonthDay(key);
    }

    /** The date of holiday {@code key} in Gregorian {@code year}, or null if outside the tables. */
    LocalDate date(String key, int year) {
        if (key.equals("除夕")) {
            LocalDate newYear = date("春节", year);
            return newYear == null ? null : newYear.minusDays(1);
        }
        if (key.equals("清明")) {
            return qingming(year);
        }
        Map<Integer, LocalDate> byYear = lunar.get(key);
        if (byYear != null) {
            return byYear.get(year);
        }
        return MonthDay.parse("--" + key).atYear(year);
    }

    /**
     * 清明, the solar term at 15° of solar longitude: April 4 or 5, by the usual formula for
     * 2000–2099 (day = ⌊0.2422·y + 4.81⌋ − ⌊y / 4⌋, y the year within the century).
     */
    private static LocalDate qingming(int year) {
        if (year < 2000 || year > 2099) {
            return null;
        }
        int y = year % 100;
        int day = (int) Math.floor(y * 0.2422 + 4.81) - y / 4;
        return LocalDate.of(year, 4, day);
    }

    private static boolean isMonthDay(String key) {
        try {
            MonthDay.parse("--" + key);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }
}
