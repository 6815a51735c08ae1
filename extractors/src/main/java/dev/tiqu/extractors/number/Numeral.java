package dev.tiqu.extractors.number;

import dev.tiqu.core.mention.Qualifier;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A parsed numeral: its value with multipliers applied, and the qualifier its own markers imply
 * ({@code 余}/{@code 多} → MORE_THAN, {@code 几} → APPROX, otherwise NONE).
 */
public record Numeral(BigDecimal value, Qualifier marker) {

    public Numeral {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(marker, "marker");
    }
}
