package dev.tiqu.extractors.date;

/**
 * A date expression found in a sentence, not yet resolved: a point, an interval
 * ({@code 11月19日至21日}: {@code to} holds only what is written after the connector), or an
 * interval up to the publication date ({@code 2022年至今}), or a span counted from the publication
 * date ({@code 10天后}, {@code 上季度}: {@code counted}, the points then empty).
 *
 * @param start    first character in the sentence text
 * @param end      one past the last character
 * @param fromEnd  one past the last character of the first point (the span of {@code from} alone)
 * @param from     the (first) point
 * @param to       the second point of an interval, or null
 * @param untilNow whether the interval runs up to now (至今)
 * @param counted  a span counted from the publication date, or null
 */
record DateExpression(int start, int end, int fromEnd, DatePoint from, DatePoint to, boolean untilNow,
                      CountedSpan counted) {

    DateExpression(int start, int end, int fromEnd, DatePoint from, DatePoint to, boolean untilNow) {
        this(start, end, fromEnd, from, to, untilNow, null);
    }
}
