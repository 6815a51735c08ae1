package dev.tiqu.core.text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a page was printed, and where that knowledge came from. Relative expressions
 * (今年, 昨日, year-less 11月22日) resolve against it.
 */
public record PublicationDate(LocalDate date, Source source) {

    private static final Pattern ISO_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

    /** Where a publication date came from, most trusted first. */
    public enum Source {
        /** Given by the caller ({@code --date} or the API). */
        GIVEN,
        /** A file name beginning with an ISO date, e.g. {@code 2024-11-24_page1.txt}. */
        FILE_NAME,
        /** A masthead date printed on the page, e.g. {@code 2024年11月24日 星期日}. */
        MASTHEAD,
        /** Inferred from the dates the page mentions. */
        INFERRED,
        /** Nothing was known; relative dates are left unresolved. */
        UNKNOWN;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public PublicationDate {
        Objects.requireNonNull(source, "source");
        if ((date == null) != (source == Source.UNKNOWN)) {
            throw new IllegalArgumentException("date must be null exactly when the source is UNKNOWN");
        }
    }

    public static PublicationDate given(LocalDate date) {
        return new PublicationDate(Objects.requireNonNull(date, "date"), Source.GIVEN);
    }

    /**
     * The ISO date that {@code s} starts with (a file name such as {@code 2024-11-24_page1.txt}, a
     * row's date field such as {@code 2024-11-24T08:00:00}), from {@code source}; unknown when
     * {@code s} is null, starts otherwise, or names no real day ({@code 2024-13-45}), so that the
     * date is inferred from the page instead.
     */
    public static PublicationDate ofPrefix(String s, Source source) {
        Matcher m = s == null ? null : ISO_PREFIX.matcher(s);
        if (m != null && m.find()) {
            try {
                return new PublicationDate(LocalDate.parse(m.group(1)), source);
            } catch (DateTimeParseException e) {
                return unknown();
            }
        }
        return unknown();
    }

    public static PublicationDate unknown() {
        return new PublicationDate(null, Source.UNKNOWN);
    }

    public boolean isKnown() {
        return date != null;
    }
}
