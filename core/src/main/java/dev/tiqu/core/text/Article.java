package dev.tiqu.core.text;

import java.util.List;
import java.util.Objects;

/**
 * One article of a page.
 *
 * @param index     position on the page, from 0, in reading order of the bodies
 * @param title     the headline (kicker and main line joined by a space), empty if none
 * @param byline    the dateline/byline as printed, cleaned (e.g. 株洲日报讯（全媒体记者/徐滔）), or empty
 * @param span      from the first to the last character of the article's body in the original
 * @param sentences title lines, byline and body sentences, in that order
 */
public record Article(int index, String title, String byline, Span span, List<Sentence> sentences) {

    public Article {
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

    public List<Sentence> body() {
        return sentences.stream().filter(s -> s.role() == Sentence.Role.BODY).toList();
    }
}
