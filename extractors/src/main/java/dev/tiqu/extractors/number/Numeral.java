package dev.tiqu.extractors.number;

import dev.tiqu.core.mention.Qualifier;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A parsed numeral: its value with multipliers applied, the upper bound of a vague numeral, and
 * the qualifier its own markers imply ({@code 余}/{@code 多} → MORE_THAN, {@code 几}/{@code 数}/
 * {@code 上} and two adjacent digits → APPROX, otherwise NONE).
 *
 * <p>Example: {@code 几千} → value 1000, max 9999, APPROX; {@code 80余万} → value 800000, max null,
 * MORE_THAN.
 *
 * @param value  the value (the lower bound of a vague numeral)
 * @param max    the upper bound of a vague numeral ({@link ChineseNumerals} documents the bounds), or null
 * @param marker the qualifier implied by the numeral's own markers
 */
public record Numeral(BigDecimal value, BigDecimal max, Qualifier marker) {

    public Numeral {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(marker, "marker");
    }

    /** A numeral with one value. */
    public Numeral(BigDecimal value, Qualifier marker) {
        this(value, null, marker);
    }
}
