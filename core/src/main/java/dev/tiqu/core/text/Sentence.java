package dev.tiqu.core.text;

import java.util.Objects;

/**
 * One sentence (or title line, or byline) of an article: cleaned text with line breaks and
 * letter-spacing removed, aligned to the original document.
 *
 * @param index   position of the sentence within its article, from 0
 * @param role    what part of the article it is
 * @param aligned the cleaned text, aligned to the original document
 */
public record Sentence(int index, Role role, AlignedText aligned) {

    /**
     * The part of an article a sentence belongs to; {@code PAGE} is a line of page furniture
     * (masthead, page header, editor line) in a page-level pseudo article.
     */
    public enum Role { TITLE, BYLINE, BODY, CAPTION, PAGE }

    public Sentence {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(aligned, "aligned");
    }

    /** The cleaned text of the sentence. */
    public String text() {
        return aligned.text();
    }

    /** Maps {@code [start, end)} of {@link #text()} to the original document. */
    public Span toOriginal(int start, int end) {
        return aligned.toOriginal(start, end);
    }

    /** Where the whole sentence lies in the original document. */
    public Span span() {
        return aligned.originalSpan();
    }
}
