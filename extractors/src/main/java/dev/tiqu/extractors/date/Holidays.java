package dev.tiqu.extractors.date;

import dev.tiqu.core.Lexicon;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of festivals and holidays in a given year: fixed Gregorian days ({@code 10-01}),
 * lunar festivals from a table of the Chinese calendar (1950–2100), 除夕 (the day before
 * 春节), the 24 solar terms ({@code solar_terms.tsv}, 2000–2099) and days given as the n-th
 * weekday of a month ({@code 05:7:2}, the second Sunday of May: 母亲节). Immutable and thread-safe.
 *
 * <p>Example: {@code date("中秋", 2024)} → 2024-09-17; {@code date("除夕", 2025)} → 2025-01-28;
 * {@code date("10-01", 2024)} → 2024-10-01; {@code date("立秋", 2025)} → 2025-08-07;
 * {@code date("05:7:2", 2025)} → 2025-05-11.
 */
final class Holidays {

    private static final List<String> LUNAR_COLUMNS = List.of("春节", "元宵", "端午", "七夕", "中秋", "重阳", "腊八");

    /** The n-th weekday of a month: {@code MM:weekday:n} (weekday 1 = Monday … 7 = Sunday). */
    private static final Pattern NTH_WEEKDAY = Pattern.compile("(\\d{2}):([1-7]):([1-5])");

    private static final Holidays STANDARD = new Holidays();

    /** Festival → year → date. */
    private final Map<String, Map<Integer, LocalDate>> lunar = new HashMap<>();

    /** A solar term's month, formula constant and corrected years. */
    private record SolarTerm(int month, double constant, Map<Integer, Integer> corrections) {
    }

    private final Map<String, SolarTerm> solarTerms = new HashMap<>();

    /** The tables shipped with tiqu, loaded once. */
    static Holidays standard() {
        return STANDARD;
    }

    private Holidays() {
        loadSolarTerms();
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

    private void loadSolarTerms() {
        for (String line : Lexicon.lines(DateWords.RESOURCES + "solar_terms.tsv")) {
            String[] f = line.split("\t");
            Map<Integer, Integer> corrections = new HashMap<>();
            for (String c : f[3].strip().equals("-") ? new String[0] : f[3].strip().split(",")) {
                String[] yd = c.split(":");
                corrections.put(Integer.parseInt(yd[0]), Integer.parseInt(yd[1]));
            }
            solarTerms.put(f[0].strip(), new SolarTerm(Integer.parseInt(f[1].strip()), Double.parseDouble(f[2].strip()),
                    corrections));
        }
    }

    /** Whether {@code key} names a date this class knows (a holidays.tsv date column). */
    boolean knows(String key) {
        return lunar.containsKey(key) || key.equals("除夕") || solarTerms.containsKey(key) || isMonthDay(key)
                || NTH_WEEKDAY.matcher(key).matches();
    }

    /** The date of holiday {@code key} in Gregorian {@code year}, or null if outside the tables. */
    LocalDate date(String key, int year) {
        if (key.equals("除夕")) {
            LocalDate newYear = date("春节", year);
            return newYear == null ? null : newYear.minusDays(1);
        }
        SolarTerm term = solarTerms.get(key);
        if (term != null) {
            return solarTerm(term, year);
        }
        Matcher nth = NTH_WEEKDAY.matcher(key);
        if (nth.matches()) {
            LocalDate first = LocalDate.of(year, Integer.parseInt(nth.group(1)), 1);
            return first.with(TemporalAdjusters.dayOfWeekInMonth(Integer.parseInt(nth.group(3)),
                    DayOfWeek.of(Integer.parseInt(nth.group(2)))));
        }
        Map<Integer, LocalDate> byYear = lunar.get(key);
        if (byYear != null) {
            return byYear.get(year);
        }
        return MonthDay.parse("--" + key).atYear(year);
    }

    /** A solar term's day in {@code year} by the formula of {@code solar_terms.tsv}, or null outside 2000–2099. */
    private static LocalDate solarTerm(SolarTerm term, int year) {
        if (year < 2000 || year > 2099) {
            return null;
        }
        int y = year % 100;
        int leap = term.month() <= 2 ? y - 1 : y;
        int day = (int) Math.floor(y * 0.2422 + term.constant()) - Math.floorDiv(leap, 4)
                + term.corrections().getOrDefault(year, 0);
        return LocalDate.of(year, term.month(), day);
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
