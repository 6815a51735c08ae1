package dev.tiqu.core.text;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The date a page was printed, and where that knowledge came from. Relative expressions
 * (今年, 昨日, year-less 11月22日) resolve against it.
 */
public record PublicationDate(LocalDate date, Source source) {

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

    public static PublicationDate unknown() {
        return new PublicationDate(null, Source.UNKNOWN);
    }

    public boolean isKnown() {
        return date != null;
    }
}
