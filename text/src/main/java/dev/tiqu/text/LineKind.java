package dev.tiqu.text;

/** What a line of a newspaper page is, as decided by {@link LineClassifier}. */
enum LineKind {
    /** An empty line. */
    BLANK,
    /** Page furniture: masthead, page header, edition and editor lines. */
    FURNITURE,
    /** A teaser of the 导读 (in this issue) block: a headline of an article on another page. */
    TEASER,
    /** A dateline such as {@code 株洲日报讯（全媒体记者/徐滔）}, with the body text after it. */
    DATELINE,
    /** A line of reporter names. */
    BYLINE,
    /** A short name under a headline, above the body: the author of a commentary. */
    AUTHOR,
    /** A markdown heading of level 1 or 2. */
    HEADING,
    /** A continuation marker such as {@code 上接第1版}, with the body text after it. */
    CONTINUATION,
    /** A photo caption or photo credit. */
    CAPTION,
    /** A headline line: kicker, main line, subtitle or subhead. */
    HEADLINE,
    /** Running text. */
    BODY;

    /** Whether the line is outside the flow of articles: blank, furniture or teaser. */
    boolean isOutsideArticles() {
        return this == BLANK || this == FURNITURE || this == TEASER;
    }

    /**
     * Whether a line of this kind shows that a text is a newspaper page: a dateline, a byline
     * line, page furniture, a teaser, a continuation marker or a markdown heading.
     */
    boolean isNewspaperSign() {
        return this == DATELINE || this == BYLINE || this == FURNITURE || this == TEASER
                || this == CONTINUATION || this == HEADING;
    }

    /** The nearest line before {@code i} in the flow of articles (see {@link #isOutsideArticles}), or -1. */
    static int previous(LineKind[] kinds, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!kinds[j].isOutsideArticles()) {
                return j;
            }
        }
        return -1;
    }

    /** The nearest line after {@code i} in the flow of articles, or -1. */
    static int next(LineKind[] kinds, int i) {
        for (int j = i + 1; j < kinds.length; j++) {
            if (!kinds[j].isOutsideArticles()) {
                return j;
            }
        }
        return -1;
    }
}
