package dev.tiqu.extractors.date;

/**
 * The fields of one date expression as written, before resolution: absolute numbers and
 * relative references (to the publication date or to the date last mentioned). Package-private,
 * built by {@link DateGrammar} and read by {@link DateResolver}.
 *
 * <p>Example: {@code 今年3月} → yearRel (PUB, 0), month 3; {@code 当晚7时} → dayRel (ANCHOR, 0),
 * hour 19.
 */
final class DatePoint {

    /** What a relative word counts from. */
    enum Base { PUB, ANCHOR }

    /** The granularity of a date, coarsest first. */
    enum Unit { YEAR, MONTH, DAY, TIME }

    /** A relative reference: {@code 去年} is (PUB, -1), {@code 次日} is (ANCHOR, +1). */
    record Rel(Base base, int offset) {
    }

    Integer year;
    Rel yearRel;
    Integer month;
    Rel monthRel;
    /** First and last month of a part of a year (上半年 → 1, 6), or null. */
    int[] months;
    Integer day;
    Rel dayRel;
    Integer hour;
    Integer minute;
    /** A clock time with no day of its own (上午10时): the day comes from context. */
    boolean timeOnly;
    /** A week relative to the publication date (上周 → (PUB, -1)), or null. */
    Rel weekRel;
    /** The day of that week, 1 (Monday) to 7, or null for the whole week. */
    Integer weekday;
    /** Whether only the weekend of that week is meant (本周末). */
    boolean weekend;
    /** A festival's date key (10-01, 春节, 除夕… see Holidays), or null. */
    String holiday;
    /** First and last year of a named plan period (十四五 → 2021, 2025), or null. */
    int[] plan;
    /** Whether a part word (底, 中旬) closes the year or month: nothing finer may follow. */
    boolean partSuffix;
    /** While parsing: the end of a clock range written after this point (下午1时至5时). */
    DatePoint timeRangeEnd;

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

    DatePoint copy() {
        DatePoint p = new DatePoint();
        p.year = year;
        p.yearRel = yearRel;
        p.month = month;
        p.monthRel = monthRel;
        p.months = months;
        p.day = day;
        p.dayRel = dayRel;
        p.hour = hour;
        p.minute = minute;
        p.timeOnly = timeOnly;
        p.plan = plan;
        p.weekRel = weekRel;
        p.weekday = weekday;
        p.weekend = weekend;
        p.holiday = holiday;
        p.partSuffix = partSuffix;
        return p;
    }
}
