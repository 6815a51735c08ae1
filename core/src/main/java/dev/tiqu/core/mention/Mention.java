package dev.tiqu.core.mention;

import dev.tiqu.core.text.Span;
import java.util.Comparator;
import java.util.Objects;

/**
 * A typed, normalized mention found in an article.
 *
 * @param type     what was found
 * @param span     where, in the ORIGINAL document text (half-open)
 * @param text     the surface as cleaned: line breaks and letter-spacing removed
 * @param value    the normalized value; its record type follows {@code type}
 * @param article  index of the article on the page
 * @param sentence index of the sentence within the article
 * @param source   which extractor or backend produced it (e.g. {@code money}, {@code hanlp})
 */
public record Mention(MentionType type, Span span, String text, Value value,
                      int article, int sentence, String source) {

    /** Document order: by start, longer first, then type. */
    public static final Comparator<Mention> DOCUMENT_ORDER = Comparator
            .comparing(Mention::span)
            .thenComparing(Mention::type);

    public Mention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        if (span.length() == 0) {
            throw new IllegalArgumentException("a mention cannot be empty: " + type + " at " + span.start());
        }
        source = source == null ? "" : source;
        boolean fits = switch (type) {
            case MONEY, PERCENT, QUANTITY -> value instanceof Amount;
            case DATE -> value instanceof DateValue;
            case PERSON, ORGANIZATION -> value instanceof NameValue;
        };
        if (!fits) {
            throw new IllegalArgumentException(type + " cannot carry a " + value.getClass().getSimpleName());
        }
    }

    public Amount amount() {
        return (Amount) value;
    }

    public DateValue date() {
        return (DateValue) value;
    }

    public NameValue name() {
        return (NameValue) value;
    }
}
