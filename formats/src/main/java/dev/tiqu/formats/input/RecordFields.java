package dev.tiqu.formats.input;

import java.util.Objects;

/**
 * The names of the fields (JSON Lines keys, CSV header columns) that hold a row's text, id,
 * publication date and title. Only the text field is required. Example:
 * {@code new RecordFields("content", "url", "published", "headline")}.
 *
 * @param text  the field with the article text
 * @param id    the field with the row's id, or null
 * @param date  the field with the publication date, or null
 * @param title the field with the title, or null
 */
public record RecordFields(String text, String id, String date, String title) {

    /** The defaults: {@code text}, {@code id}, {@code date}, {@code title}. */
    public static final RecordFields DEFAULT = new RecordFields("text", "id", "date", "title");

    public RecordFields {
        Objects.requireNonNull(text, "text");
    }
}
