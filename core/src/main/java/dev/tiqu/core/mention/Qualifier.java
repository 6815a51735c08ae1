package dev.tiqu.core.mention;

import java.util.Locale;

/**
 * How a number relates to the true value: 约 → {@link #APPROX}, 超过 → {@link #MORE_THAN},
 * 不低于 → {@link #AT_LEAST}, 不足 → {@link #LESS_THAN}, 不超过 → {@link #AT_MOST}, 5至10万 →
 * {@link #RANGE}; {@link #NONE} when the number is exact as printed.
 */
public enum Qualifier {
    NONE, APPROX, MORE_THAN, AT_LEAST, LESS_THAN, AT_MOST, RANGE;

    /** The CSV label: {@code approx}, {@code more_than}…, empty for {@link #NONE}. */
    public String label() {
        return this == NONE ? "" : name().toLowerCase(Locale.ROOT);
    }

    /** Parses a label as written by {@link #label()}; blank or {@code null} is {@link #NONE}. */
    public static Qualifier fromLabel(String label) {
        if (label == null || label.isBlank()) {
            return NONE;
        }
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
