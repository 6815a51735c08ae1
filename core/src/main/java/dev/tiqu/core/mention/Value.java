package dev.tiqu.core.mention;

/**
 * The normalized value of a mention: an {@link Amount} for MONEY, PERCENT and QUANTITY, a
 * {@link DateValue} for DATE, a {@link NameValue} for PERSON and ORGANIZATION.
 */
public sealed interface Value permits Amount, DateValue, NameValue {

    /** The text of the {@code normalized} CSV column. */
    String normalized();
}
