package dev.tiqu.extractors.date;

import java.util.List;
import java.util.Map;

/**
 * The context guards of the date grammar ({@code context_guards.tsv}), one field per name (see the file for
 * each one's why): characters or words that, next to a candidate, make it no date.
 *
 * <p>Immutable once built. Example: {@code yearNotBefore} holds the characters after which {@code 2024年} is
 * a count, not a year.
 */
final class DateGuards {
    final String yearNotBefore;
    final List<String> yearDurationWords;
    final String untilNowNotBefore;
    final String hourNotBefore;
    final List<String> scoreWords;
    final String earlySuffixNotBefore;
    final String endSuffixNotBefore;
    final String weekNotBefore;
    final String planNotBefore;
    final String dayNotBefore;
    final List<String> dayNotBeforeWords;
    final String holidayNotAfter;
    final List<String> holidayNotAfterWords;
    final String tianNotBefore;
    final String partNotAfter;
    final int shortYearPivot;

    DateGuards(Map<String, String> g) {
        yearNotBefore = get(g, "year_not_before_chars");
        yearDurationWords = List.of(get(g, "year_duration_words").split(" +"));
        untilNowNotBefore = get(g, "until_now_not_before_chars");
        hourNotBefore = get(g, "hour_not_before_chars");
        scoreWords = List.of(get(g, "score_words").split(" +"));
        earlySuffixNotBefore = get(g, "early_suffix_not_before_chars");
        endSuffixNotBefore = get(g, "end_suffix_not_before_chars");
        weekNotBefore = get(g, "week_not_before_chars");
        planNotBefore = get(g, "plan_not_before_chars");
        dayNotBefore = get(g, "day_not_before_chars");
        dayNotBeforeWords = List.of(get(g, "day_not_before_words").split(" +"));
        holidayNotAfter = get(g, "holiday_not_after_chars");
        holidayNotAfterWords = List.of(get(g, "holiday_not_after_words").split(" +"));
        tianNotBefore = get(g, "tian_not_before_chars");
        partNotAfter = get(g, "part_not_after_chars");
        shortYearPivot = Integer.parseInt(get(g, "short_year_pivot"));
    }

    private static String get(Map<String, String> g, String name) {
        return DateText.required(g, "context_guards.tsv", name);
    }
}
