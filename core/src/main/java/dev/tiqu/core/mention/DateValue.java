package dev.tiqu.core.mention;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A calendar value in ISO 8601: a day {@code 2024-11-22}, a month {@code 2024-11}, a year
 * {@code 2024}, a time {@code 2024-11-23T10:00}, or an interval of those joined by {@code /}
 * ({@code 2024-01/2024-10}).
 */
public record DateValue(String iso) implements Value {

    private static final String POINT = "\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2})?)?)?";
    private static final Pattern ISO = Pattern.compile(POINT + "(/" + POINT + ")?");

    public DateValue {
        Objects.requireNonNull(iso, "iso");
        if (!ISO.matcher(iso).matches()) {
            throw new IllegalArgumentException("not an ISO 8601 date or interval: " + iso);
        }
    }

    public boolean isInterval() {
        return iso.indexOf('/') >= 0;
    }

    @Override
    public String normalized() {
        return iso;
    }
}
