package dev.tiqu.core.text;

import java.util.Objects;

/**
 * A page as read: an identifier (usually the file name), its original decoded text, and the
 * publication date if the caller knows it. A {@code null} date means "infer it from the page".
 */
public record Document(String id, String text, PublicationDate publicationDate) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (publicationDate == null) {
            publicationDate = PublicationDate.unknown();
        }
    }

    public static Document of(String id, String text) {
        return new Document(id, text, PublicationDate.unknown());
    }
}
