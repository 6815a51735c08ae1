package dev.tiqu.core.text;

import java.util.List;
import java.util.Objects;

/**
 * One article of a page, or one of the page-level pseudo articles that hold the lines belonging
 * to no article (masthead, teasers, headlines whose body is elsewhere, loose captions), so that
 * every line of a page is in some article and mined.
 *
 * @param index     position on the page, from 0, in reading order of the bodies
 * @param title     the headline (kicker and main line joined by a space), empty if none
 * @param byline    the dateline/byline as printed, cleaned (e.g. 株洲日报讯（全媒体记者/徐滔）), or empty
 * @param span      from the first to the last character of the article's body in the original
 * @param sentences title lines, byline and body sentences, in that order
 * @param kind      {@link Kind#ARTICLE}, or which page-level lines a pseudo article holds
 */
public record Article(int index, String title, String byline, Span span, List<Sentence> sentences, Kind kind) {

    /**
     * What an article is: a real article, or a page-level pseudo article. Pseudo articles come
     * after the real ones, have an empty title and byline, and one sentence per line. Example:
     * {@code 株洲日报 2024年11月22日 星期五} at the top of a page is a sentence of the
     * {@link #MASTHEAD} pseudo article, and its date is mined there.
     */
    public enum Kind {
        /** An article: title, byline, body, captions. */
        ARTICLE("article"),
        /** Masthead, page header and footer lines (paper name, date, edition, editors), as {@link Sentence.Role#PAGE}. */
        MASTHEAD("masthead"),
        /** Teasers of the 导读 (in this issue) block, as titles. */
        TEASERS("teasers"),
        /** Headline, byline and dateline lines whose article has no body on this page. */
        HEADLINES("headlines"),
        /** Captions no article on the page could take. */
        CAPTIONS("captions");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The name used in articles.csv: {@code article}, {@code masthead}, {@code teasers}… */
        public String label() {
            return label;
        }
    }

    /** A real article ({@link Kind#ARTICLE}). */
    public Article(int index, String title, String byline, Span span, List<Sentence> sentences) {
        this(index, title, byline, span, sentences, Kind.ARTICLE);
    }

    public Article {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(byline, "byline");
        Objects.requireNonNull(span, "span");
        sentences = List.copyOf(sentences);
    }

    /**
     * All headline lines as printed (kicker, main line, subtitle), joined by a space; a line
     * ending in 、 continues on the next without one.
     */
    public String headline() {
        StringBuilder b = new StringBuilder();
        for (Sentence s : sentences) {
            if (s.role() == Sentence.Role.TITLE) {
                if (!b.isEmpty() && b.charAt(b.length() - 1) != '、') {
                    b.append(' ');
                }
                b.append(s.text());
            }
        }
        return b.toString();
    }

    /** Whether this is a real article rather than a page-level pseudo article. */
    public boolean isArticle() {
        return kind == Kind.ARTICLE;
    }

    public List<Sentence> body() {
        return sentences.stream().filter(s -> s.role() == Sentence.Role.BODY).toList();
    }
}
