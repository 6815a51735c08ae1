package dev.tiqu.extractors.date;

import static dev.tiqu.extractors.date.DateText.followedBy;

import dev.tiqu.extractors.date.DateWords.RelWord;

/**
 * Reads a week relative to the publication date, with a weekday and a time of day after it:
 * {@code 上周}, {@code 下周三上午9时}, {@code 本周末}.
 *
 * <p>Immutable and thread-safe. Example: {@code find("下周三开会", 0)} is the expression 下周三
 * (week +1, Wednesday).
 */
final class RelativeWeeks {

    /** The weekday characters after 周 or 星期, Monday first (日 and 天 are both Sunday). */
    private static final String WEEKDAY_CHARS = "一二三四五六日天";

    private final DateWords words;
    private final TimeOfDay time;

    RelativeWeeks(DateWords words, TimeOfDay time) {
        this.words = words;
        this.time = time;
    }

    /**
     * A week relative to the publication date at {@code i}: {@code 上周}, {@code 本周} (the week,
     * Monday to Sunday), {@code 下周三} (a day of it, a time of day may follow), {@code 本周末}
     * (its Saturday and Sunday). Not {@code 周期}, {@code 周边}, {@code 周年}, {@code 周岁},
     * {@code 周刊}.
     */
    DateExpression find(String t, int i) {
        RelWord w = words.relWeek(t, i);
        if (w == null || !words.relativeAllowed(t, i)) {
            return null;
        }
        int pos = i + w.word().length();
        DatePoint p;
        int day = pos < t.length() ? WEEKDAY_CHARS.indexOf(t.charAt(pos)) : -1;
        if (followedBy(t, pos, "末")) {
            p = DatePoint.EMPTY.withWeek(w.rel(), null, true);
            pos++;
        } else if (day >= 0) {
            TimeOfDay.Reading r = time.read(t, pos + 1, null, true);
            p = r.applyTo(DatePoint.EMPTY.withWeek(w.rel(), Math.min(day + 1, 7), false));
            pos = r.end();
        } else if (followedBy(t, pos, words.guards().weekNotBefore)) {
            return null;
        } else {
            p = DatePoint.EMPTY.withWeek(w.rel(), null, false);
        }
        return new DateExpression(i, pos, pos, p, null, false);
    }
}
