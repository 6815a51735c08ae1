package dev.tiqu.text;

/**
 * The numbers behind the newspaper layout rules, each with what it is for and why it has its
 * value. Lengths are in cleaned characters unless said otherwise; widths are raw line widths
 * as printed ({@link TextCleaner.Line#rawWidth()}).
 */
final class LayoutThresholds {

    private LayoutThresholds() {
    }

    // ------------------------------------------------------------------ line classification

    /**
     * Longest line that can be page furniture (masthead, page header, editor line). Such lines
     * are short; testing longer lines against every furniture expression would cost time and
     * risk taking a body paragraph that quotes a newspaper's name for furniture.
     */
    static final int FURNITURE_MAX_CHARS = 160;

    /** Longest line of reporter names: even five roles with two names each fit in 60. */
    static final int BYLINE_MAX_CHARS = 60;

    /** Longest photo caption line: a caption is one or two sentences; longer lines are body. */
    static final int CAPTION_MAX_CHARS = 120;

    /**
     * Longest headline line: a main line over two columns is about 30 characters, a subtitle
     * with a kicker about 60; anything longer is a paragraph.
     */
    static final int HEADLINE_MAX_CHARS = 64;

    /**
     * A headline with a comma must be this short and narrow: a short two-part headline
     * ({@code 稳增长，促消费}) has one, a line of body text broken at a comma is longer.
     */
    static final int COMMA_HEADLINE_MAX_CHARS = 12;

    /**
     * A line narrower than this share of the column width around it is short: a headline or
     * the last line of a paragraph, not a full line of running text (full lines vary by a
     * character or two, the last of a paragraph is shorter by a third or more on average).
     */
    static final double SHORT_LINE_SHARE = 0.7;

    /**
     * The column width at a line is the median width of this many body lines before it and as
     * many after: wide enough to ride over headlines and short last lines, narrow enough to
     * follow a page whose columns differ in width.
     */
    static final int COLUMN_WINDOW_LINES = 8;

    /**
     * A paragraph cut short by the extraction (one paragraph per line, no final 。) is at
     * least this long; shorter lines without punctuation are more likely headlines.
     */
    static final int TRUNCATED_PARAGRAPH_MIN_CHARS = 40;

    /** ...and at least this many times as wide as the headline under it. */
    static final int TRUNCATED_PARAGRAPH_WIDTH_RATIO = 2;

    /** The 第N版 reference closing a 导读 (in this issue) block comes within this many lines. */
    static final int TEASER_WINDOW_LINES = 12;

    /** Longest bracket after a dateline (the reporters' names), {@code （全媒体记者/徐滔 通讯员/…）}. */
    static final int REPORTER_BRACKET_MAX_CHARS = 80;

    /**
     * In the plain layout, a line shorter than this is never a wrapped line of a paragraph: it
     * is a list item, a heading or a short note, and its line break ends a sentence. Texts
     * wrapped narrower than this are newspaper columns, which the newspaper layout reads.
     */
    static final int WRAPPED_LINE_MIN_CHARS = 16;

    // ------------------------------------------------------------------ article assembly

    /**
     * A feature opened by a heading may print a quote or lead-in before its dateline: while
     * the article has fewer body characters than this, a dateline continues it instead of
     * opening a new article. A lead-in is a sentence or two; a finished article is longer.
     */
    static final int INTRO_MAX_CHARS = 150;

    /** Where a dateline ends is searched in this many characters from its start (a line and a half). */
    static final int DATELINE_SEARCH_CHARS = 160;

    /**
     * A headline line of at most this many characters ends the headline line above it: PDF
     * extraction breaks a long headline and leaves its last word or two on a line of their own.
     */
    static final int HEADLINE_TAIL_MAX_CHARS = 3;

    /**
     * Column labels (栏目) are two or more lines of at most this many characters under a longer
     * headline line; they are left out of the title.
     */
    static final int COLUMN_LABEL_MAX_CHARS = 10;

    // ------------------------------------------------------------------ title similarity

    /**
     * Titles are compared with the first this many characters of a body: a headline names what
     * the lead paragraphs say, and reading further only adds common bigrams (and time).
     */
    static final int BODY_PREFIX_CHARS = 1200;

    /**
     * A headline line or caption goes to an article away from it only if at least half of its
     * bigrams occur in that article's body: unrelated texts on one page share a tenth or so.
     */
    static final double DISTANT_MATCH_COVERAGE = 0.5;

    /**
     * When a headline group sits between two articles and the one above already has a title,
     * its resemblance to the group's lines counts half: a second title for an article is
     * rarer than a title for the next one.
     */
    static final double TITLED_ABOVE_DISCOUNT = 0.5;

    /**
     * A second title after an article's body splits off its last paragraphs only if the first
     * paragraph shares less than a third of the title's bigrams (otherwise the title is about
     * the whole article, e.g. a subtitle).
     */
    static final double FIRST_PARAGRAPH_COVERAGE = 0.34;

    /** ...and a later paragraph shares at least half of them: that paragraph starts the piece it titles. */
    static final double TRAILING_PIECE_COVERAGE = 0.5;
}
