package dev.tiqu.core.mention;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number with its unit, rate denominator and qualifier.
 *
 * <p>{@code 2849.529万元 → value 28495290, unit CNY}; {@code 90元/月/人 → value 90, unit CNY,
 * per 月/人}; {@code 2%至3% → value 2, max 3, unit %, qualifier RANGE};
 * {@code 500千瓦 → value 500, unit 千瓦, canonical 0.5 MW}.
 *
 * @param value          the (lower) value, multiplied out (万, 亿 applied)
 * @param max            the upper bound of a range, or {@code null}
 * @param unit           MONEY: ISO currency code (CNY, USD…); PERCENT: {@code %} or {@code pp}
 *                       (percentage points); QUANTITY: the unit as written (户, 立方米, MW…)
 * @param per            rate denominators as written, joined by {@code /} (月/人), or empty
 * @param qualifier      how the number relates to the true value
 * @param canonicalValue the value in {@code canonicalUnit} where units compare (power in MW,
 *                       energy in kWh), or {@code null}
 * @param canonicalUnit  the unit of {@code canonicalValue}, or empty
 */
public record Amount(BigDecimal value, BigDecimal max, String unit, String per, Qualifier qualifier,
                     BigDecimal canonicalValue, String canonicalUnit) implements Value {

    public Amount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        per = per == null ? "" : per;
        qualifier = qualifier == null ? Qualifier.NONE : qualifier;
        canonicalUnit = canonicalUnit == null ? "" : canonicalUnit;
        if ((canonicalValue == null) != canonicalUnit.isEmpty()) {
            throw new IllegalArgumentException("canonical value and unit go together");
        }
    }

    public static Amount of(BigDecimal value, String unit) {
        return new Amount(value, null, unit, "", Qualifier.NONE, null, "");
    }

    public Amount withQualifier(Qualifier q) {
        return new Amount(value, max, unit, per, q, canonicalValue, canonicalUnit);
    }

    public Amount withPer(String p) {
        return new Amount(value, max, unit, p, qualifier, canonicalValue, canonicalUnit);
    }

    public Amount withMax(BigDecimal m) {
        return new Amount(value, m, unit, per, m == null ? qualifier : Qualifier.RANGE, canonicalValue, canonicalUnit);
    }

    public Amount withCanonical(BigDecimal v, String u) {
        return new Amount(value, max, unit, per, qualifier, v, u);
    }

    /** A decimal as an analyst wants it in a CSV cell: no exponent, no trailing zeros. */
    public static String plain(BigDecimal d) {
        if (d == null) {
            return "";
        }
        BigDecimal s = d.stripTrailingZeros();
        if (s.scale() < 0) {
            s = s.setScale(0);
        }
        return s.toPlainString();
    }

    /** {@code canonicalValue canonicalUnit} when present (e.g. {@code 0.5 MW}), else empty. */
    @Override
    public String normalized() {
        return canonicalValue == null ? "" : plain(canonicalValue) + " " + canonicalUnit;
    }
}
