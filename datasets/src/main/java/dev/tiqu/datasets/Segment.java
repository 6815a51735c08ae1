package dev.tiqu.datasets;

import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Sentence;
import dev.tiqu.datasets.Definition.Scope;
import java.util.List;

/**
 * The text of a scope around an anchor, with where the anchor lies in it: {@code [anchorStart,
 * anchorEnd)}, both at the end for a scope before the anchor and at 0 for one after it.
 * Example: for {@code 城市低保标准提高到700元/月} and {@code clause_before}, the text
 * {@code 城市低保标准提高到} with the anchor at 9–9.
 */
record Segment(String text, int anchorStart, int anchorEnd) {

    static Segment before(String text) {
        return new Segment(text, text.length(), text.length());
    }

    static Segment after(String text) {
        return new Segment(text, 0, 0);
    }

    /** Distance of [s, e) from the anchor; -1 when it overlaps the anchor. */
    long distance(int s, int e) {
        if (e <= anchorStart) {
            return anchorStart - e;
        }
        if (s >= anchorEnd) {
            return s - anchorEnd;
        }
        return anchorStart == anchorEnd ? 0 : -1;
    }

    /** The text of {@code scope} around the row's anchor; clauses end at {@code delimiters}. */
    static Segment of(Row row, Scope scope, String delimiters) {
        String text = row.text();
        int as = row.anchor.start();
        int ae = row.anchor.end();
        int[] clause = clause(text, as, ae, delimiters);
        return switch (scope) {
            case CLAUSE_BEFORE -> before(text.substring(clause[0], as));
            case CLAUSE_AFTER -> after(text.substring(ae, clause[1]));
            case CLAUSE -> new Segment(text.substring(clause[0], clause[1]), as - clause[0], ae - clause[0]);
            case BEFORE -> before(text.substring(0, as));
            case AFTER -> after(text.substring(ae));
            case SENTENCE -> new Segment(text, as, ae);
            case PREVIOUS_SENTENCE -> before(row.sentence > 0
                    ? row.article.sentences().get(row.sentence - 1).text() : "");
            case TITLE -> before(row.article.title() + "\n" + row.article.byline());
            case ARTICLE -> joined(List.of(row.article), row);
            case PAGE -> joined(row.page.articles(), row);
            case ANCHOR -> new Segment(row.anchor.mention().text(), 0, 0);
        };
    }

    private static Segment joined(List<Article> articles, Row row) {
        StringBuilder sb = new StringBuilder();
        int as = -1;
        for (Article a : articles) {
            for (Sentence s : a.sentences()) {
                if (a.index() == row.article.index() && s.index() == row.sentence) {
                    as = sb.length() + row.anchor.start();
                }
                sb.append(s.text()).append('\n');
            }
        }
        if (as < 0) {
            return before(sb.toString());
        }
        return new Segment(sb.toString(), as, as + row.anchor.end() - row.anchor.start());
    }

    /** [start, end) of the clause around [as, ae) of text: between delimiters. */
    static int[] clause(String text, int as, int ae, String delimiters) {
        int s = as;
        while (s > 0 && delimiters.indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        int e = ae;
        while (e < text.length() && delimiters.indexOf(text.charAt(e)) < 0) {
            e++;
        }
        return new int[] {s, e};
    }
}
