package dev.tiqu.extractors.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HolidaysTest {

    private final Holidays holidays = Holidays.standard();

    /** The Gregorian date of lunar {@code month}-{@code day} of the lunar year that starts in {@code year}. */
    private static LocalDate lunar(int year, int month, int day) {
        ChineseCalendar cc = new ChineseCalendar(TimeZone.GMT_ZONE);
        cc.clear();
        // era (60-year cycle) and year of the cycle: stable across ICU versions, where the meaning
        // of the Chinese calendar's EXTENDED_YEAR changed (ICU 79 takes the Gregorian year)
        int cycleYears = year + 2637 - 1;
        cc.set(Calendar.ERA, cycleYears / 60 + 1);
        cc.set(Calendar.YEAR, cycleYears % 60 + 1);
        cc.set(Calendar.MONTH, month - 1);
        cc.set(ChineseCalendar.IS_LEAP_MONTH, 0);
        cc.set(Calendar.DAY_OF_MONTH, day);
        GregorianCalendar g = new GregorianCalendar(TimeZone.GMT_ZONE);
        g.setTimeInMillis(cc.getTimeInMillis());
        return LocalDate.of(g.get(Calendar.YEAR), g.get(Calendar.MONTH) + 1, g.get(Calendar.DAY_OF_MONTH));
    }

    @Test
    void everyRowOfTheLunarTableIsTheChineseCalendars() {
        record Festival(String key, int month, int day, int yearOffset) {
        }
        List<Festival> festivals = List.of(new Festival("春节", 1, 1, 0), new Festival("元宵", 1, 15, 0),
                new Festival("端午", 5, 5, 0), new Festival("七夕", 7, 7, 0), new Festival("中秋", 8, 15, 0),
                new Festival("重阳", 9, 9, 0), new Festival("腊八", 12, 8, -1));
        for (int year = 1950; year <= 2100; year++) {
            for (Festival f : festivals) {
                assertEquals(lunar(year + f.yearOffset(), f.month(), f.day()), holidays.date(f.key(), year),
                        f.key() + " " + year);
            }
        }
    }

    @Test
    void knownFestivalDates() {
        assertEquals(LocalDate.of(2024, 2, 10), holidays.date("春节", 2024));
        assertEquals(LocalDate.of(2025, 1, 29), holidays.date("春节", 2025));
        assertEquals(LocalDate.of(2024, 9, 17), holidays.date("中秋", 2024));
        assertEquals(LocalDate.of(2020, 10, 1), holidays.date("中秋", 2020));
        assertEquals(LocalDate.of(2025, 5, 31), holidays.date("端午", 2025));
        assertEquals(LocalDate.of(2025, 1, 7), holidays.date("腊八", 2025));
    }

    @Test
    void newYearsEveIsTheDayBeforeTheSpringFestivalEvenAcrossAMonth() {
        assertEquals(LocalDate.of(2025, 1, 28), holidays.date("除夕", 2025));
        assertEquals(LocalDate.of(2024, 2, 9), holidays.date("除夕", 2024));
        assertEquals(LocalDate.of(2022, 1, 31), holidays.date("除夕", 2022));
    }

    @Test
    void qingmingIsTheFourthOrFifthOfApril() {
        assertEquals(LocalDate.of(2008, 4, 4), holidays.date("清明", 2008));
        assertEquals(LocalDate.of(2019, 4, 5), holidays.date("清明", 2019));
        assertEquals(LocalDate.of(2020, 4, 4), holidays.date("清明", 2020));
        assertEquals(LocalDate.of(2023, 4, 5), holidays.date("清明", 2023));
        assertEquals(LocalDate.of(2024, 4, 4), holidays.date("清明", 2024));
        assertEquals(LocalDate.of(2025, 4, 4), holidays.date("清明", 2025));
        assertNull(holidays.date("清明", 1999), "outside the formula's century");
    }

    @Test
    void gregorianHolidaysAndTheTablesLimits() {
        assertEquals(LocalDate.of(2024, 10, 1), holidays.date("10-01", 2024));
        assertEquals(LocalDate.of(2025, 1, 1), holidays.date("01-01", 2025));
        assertNull(holidays.date("春节", 1949));
        assertNull(holidays.date("中秋", 2101));
        assertTrue(holidays.knows("中秋") && holidays.knows("除夕") && holidays.knows("12-25"));
        assertFalse(holidays.knows("13-01") || holidays.knows("圣诞"));
    }

    /** Solar terms against dates published by the China Meteorological Administration's calendars. */
    @Test
    void solarTermsByTheFormulaAndItsCorrections() {
        assertEquals(LocalDate.of(2025, 8, 7), holidays.date("立秋", 2025));
        assertEquals(LocalDate.of(2024, 12, 21), holidays.date("冬至", 2024));
        assertEquals(LocalDate.of(2021, 12, 21), holidays.date("冬至", 2021), "a corrected year");
        assertEquals(LocalDate.of(2025, 2, 3), holidays.date("立春", 2025));
        assertEquals(LocalDate.of(2024, 2, 4), holidays.date("立春", 2024));
        assertEquals(LocalDate.of(2019, 1, 5), holidays.date("小寒", 2019), "a corrected year");
        assertEquals(LocalDate.of(2024, 11, 7), holidays.date("立冬", 2024));
        assertEquals(LocalDate.of(2023, 6, 21), holidays.date("夏至", 2023));
        assertNull(holidays.date("立秋", 2100), "outside the formula's century");
    }

    @Test
    void nthWeekdayOfAMonth() {
        assertEquals(LocalDate.of(2025, 5, 11), holidays.date("05:7:2", 2025));
        assertEquals(LocalDate.of(2024, 6, 16), holidays.date("06:7:3", 2024));
        assertEquals(LocalDate.of(2024, 11, 28), holidays.date("11:4:4", 2024));
        assertTrue(holidays.knows("05:7:2") && holidays.knows("立秋"));
        assertFalse(holidays.knows("05:8:2") || holidays.knows("05:7:6"));
    }
}
