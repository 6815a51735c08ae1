package dev.tiqu.text;

/**
 * How a text is read: as a newspaper page (articles, headlines, bylines, page furniture) or as
 * plain text (one article). {@code new NewspaperSegmenter(Layout.PLAIN)} takes any text as one
 * article; {@link #AUTO}, the default, applies the newspaper rules to texts that show their signs.
 */
public enum Layout {
    /**
     * Newspaper rules when the text has a sign of a page (a dateline, a byline line, page
     * furniture such as a masthead or an editor line, a continuation marker, a markdown heading
     * of level 1 or 2), plain otherwise: a sentence, a paragraph, a note or a headline alone.
     */
    AUTO,
    /** Always the newspaper rules. */
    NEWSPAPER,
    /** Always one article holding every line, without title or byline. */
    PLAIN;

    /**
     * The layout named {@code name} as the command lines write it ({@code auto}, {@code newspaper},
     * {@code plain}; any case).
     *
     * @throws IllegalArgumentException naming the three for any other name
     */
    public static Layout parse(String name) {
        for (Layout l : values()) {
            if (l.name().equalsIgnoreCase(name.strip())) {
                return l;
            }
        }
        throw new IllegalArgumentException("auto, newspaper or plain, not " + name);
    }
}
