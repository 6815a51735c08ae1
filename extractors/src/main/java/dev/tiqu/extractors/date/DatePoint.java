package dev.tiqu.extractors.date;

/**
 * The fields of one date expression as written, before resolution: absolute numbers and
 * relative references (to the publication date or to the date last mentioned). Package-private
 * and immutable: {@link DateGrammar} builds it field by field with the {@code with…} methods,
 * {@link DateResolver} reads it.
 *
 * <p>Example: {@code 今年3月} → yearRel (PUB, 0), month 3; {@code 当晚7时} → dayRel (ANCHOR, 0),
 * hour 19.
 *
 * @param year       the year written, or null
 * @param yearRel    a relative year ({@code 去年} → (PUB, -1)), or null
 * @param month      the month written, or null
 * @param monthRel   a relative month, or null
 * @param months     first and last month of a part of a year (上半年 → 1, 6), or null
 * @param day        the day of the month written, or null
 * @param dayRel     a relative day ({@code 次日} → (ANCHOR, +1)), or null
 * @param hour       the hour on a 24-hour clock, or null
 * @param minute     the minute, or null
 * @param timeOnly   a clock time with no day of its own (上午10时): the day comes from context
 * @param weekRel    a week relative to the publication date (上周 → (PUB, -1)), or null
 * @param weekday    the day of that week, 1 (Monday) to 7, or null for the whole week
 * @param weekend    whether only the weekend of that week is meant (本周末)
 * @param holiday    a festival's date key (10-01, 春节, 除夕… see Holidays), or null
 * @param plan       first and last year of a named plan period (十四五 → 2021, 2025), or null
 * @param partSuffix whether a part word (底, 中旬) closes the year or month: nothing finer may follow
 */
record DatePoint(Integer year, Rel yearRel, Integer month, Rel monthRel, int[] months, Integer day, Rel dayRel,
                 Integer hour, Integer minute, boolean timeOnly, Rel weekRel, Integer weekday, boolean weekend,
                 String holiday, int[] plan, boolean partSuffix) {

    /** The point with nothing written. */
    static final DatePoint EMPTY = new DatePoint(null, null, null, null, null, null, null, null, null, false,
            null, null, false, null, null, false);

    /** What a relative word counts from. */
    enum Base { PUB, ANCHOR }

    /** The granularity of a date, coarsest first. */
    enum Unit { YEAR, MONTH, DAY, TIME }

    /** A relative reference: {@code 去年} is (PUB, -1), {@code 次日} is (ANCHOR, +1). */
    record Rel(Base base, int offset) {
    }

    DatePoint withYear(Integer y, Rel rel) {
        return new DatePoint(y, rel, month, monthRel, months, day, dayRel, hour, minute, timeOnly,
                weekRel, weekday, weekend, holiday, plan, partSuffix);
    }

    DatePoint withMonth(Integer m, Rel rel) {
        return new DatePoint(year, yearRel, m, rel, months, day, dayRel, hour, minute, timeOnly,
                weekRel, weekday, weekend, holiday, plan, partSuffix);
    }

    DatePoint withMonths(int[] range) {
        return new DatePoint(year, yearRel, month, monthRel, range, day, dayRel, hour, minute, timeOnly,
                weekRel, weekday, weekend, holiday, plan, partSuffix);
    }

    DatePoint withDay(Integer d, Rel rel) {
        return new DatePoint(year, yearRel, month, monthRel, months, d, rel, hour, minute, timeOnly,
                weekRel, weekday, weekend, holiday, plan, partSuffix);
    }

    /** This point with a clock time; {@code alone} marks a time with no day of its own. */
    DatePoint withClock(Integer h, Integer m, boolean alone) {
        return new DatePoint(year, yearRel, month, monthRel, months, day, dayRel, h, m, alone,
                weekRel, weekday, weekend, holiday, plan, partSuffix);
    }

    DatePoint withWeek(Rel rel, Integer dayOfWeek, boolean isWeekend) {
        return new DatePoint(year, yearRel, month, monthRel, months, day, dayRel, hour, minute, timeOnly,
                rel, dayOfWeek, isWeekend, holiday, plan, partSuffix);
    }

    DatePoint withHoliday(String key) {
        return new DatePoint(year, yearRel, month, monthRel, months, day, dayRel, hour, minute, timeOnly,
                weekRel, weekday, weekend, key, plan, partSuffix);
    }

    DatePoint withPlan(int[] years) {
        return new DatePoint(year, yearRel, month, monthRel, months, day, dayRel, hour, minute, timeOnly,
                weekRel, weekday, weekend, holiday, years, partSuffix);
    }

    DatePoint withPartSuffix() {
        return new DatePoint(year, yearRel, month, monthRel, months, day, dayRel, hour, minute, timeOnly,
                weekRel, weekday, weekend, holiday, plan, true);
    }

    boolean hasYear() {
        return year != null || yearRel != null;
    }

    boolean hasMonth() {
        return month != null || monthRel != null;
    }

    boolean hasDay() {
        return day != null || dayRel != null || weekday != null || holiday != null;
    }

    boolean isEmpty() {
        return !hasYear() && !hasMonth() && !hasDay() && !timeOnly && plan == null && weekRel == null;
    }

    /** The finest unit written. */
    Unit finest() {
        if (hour != null) {
            return Unit.TIME;
        }
        if (hasDay()) {
            return Unit.DAY;
        }
        if (hasMonth() || months != null) {
            return Unit.MONTH;
        }
        return Unit.YEAR;
    }

    /** The coarsest unit written. */
    Unit coarsest() {
        if (hasYear() || plan != null) {
            return Unit.YEAR;
        }
        if (hasMonth()) {
            return Unit.MONTH;
        }
        if (hasDay()) {
            return Unit.DAY;
        }
        return Unit.TIME;
    }

    boolean isRelative() {
        return yearRel != null || monthRel != null || dayRel != null || weekRel != null;
    }
}
