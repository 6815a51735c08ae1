package dev.tiqu.datasets;

/**
 * How far from its anchor a row looks: the limits that keep the dataset stage linear in the
 * length of the text, whatever the sentence (a list of 10,000 plants joined by commas is one
 * sentence). Every scope, the {@code sentence} column and the mentions a rule considers are cut
 * to these windows around the anchor; text beyond them is never read for that row.
 * Example: in a 60,000-character sentence, {@code scope: before} is at most the 256 characters
 * before the anchor.
 */
final class Reach {

    /**
     * Characters on each side of the anchor within its sentence (and of the sentences before and
     * after it). Far above the sentences of news and reports (a long one has 150 to 250): within
     * a real sentence nothing is cut.
     */
    static final int WINDOW = 256;

    /** Characters on each side of the anchor for the {@code article} and {@code page} scopes: about a page of news either side, and a bound on the regular expressions run over it for every anchor. */
    static final int WIDE_WINDOW = 1024;

    /** Sentences on each side of the anchor's that a mention rule with {@code within: article} looks at. */
    static final int ARTICLE_SENTENCES = 32;

    private Reach() {
    }
}
