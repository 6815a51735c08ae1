package dev.tiqu.datasets;

import dev.tiqu.datasets.Definition.Scope;

/**
 * The text of a scope around an anchor, with where the anchor lies in it: {@code [anchorStart,
 * anchorEnd)}, both at the end for a scope before the anchor and at 0 for one after it.
 * Scopes are cut to the windows of {@link Reach}. Example: for {@code 城市低保标准提高到700元/月}
 * and {@code clause_before}, the text {@code 城市低保标准提高到} with the anchor at 9–9.
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
        Segment seg = cut(row, scope, delimiters);
        row.shared.work.add(seg.text.length() + 1);
        return seg;
    }

    private static Segment cut(Row row, Scope scope, String delimiters) {
        String text = row.text();
        int lo = row.windowStart();
        int hi = row.windowEnd();
        int as = row.anchor.start();
        int ae = row.anchor.end();
        int[] clause = clause(text, as, ae, delimiters, lo, hi);
        return switch (scope) {
            case CLAUSE_BEFORE -> before(text.substring(clause[0], as));
            case CLAUSE_AFTER -> after(text.substring(ae, clause[1]));
            case CLAUSE -> new Segment(text.substring(clause[0], clause[1]), as - clause[0], ae - clause[0]);
            case BEFORE -> before(text.substring(lo, as));
            case AFTER -> after(text.substring(ae, hi));
            case SENTENCE -> new Segment(text.substring(lo, hi), as - lo, ae - lo);
            case PREVIOUS_SENTENCE -> before(row.sentence > 0
                    ? tail(row.article.sentences().get(row.sentence - 1).text(), Reach.WINDOW) : "");
            case TITLE -> before(head(row.article.title() + "\n" + row.article.byline(), Reach.WINDOW));
            case ARTICLE -> wide(row.shared.article(row.article), row);
            case PAGE -> wide(row.shared.page(), row);
            case ANCHOR -> new Segment(row.anchor.mention().text(), 0, 0);
        };
    }

    /** The joined text within {@link Reach#WIDE_WINDOW} of the anchor. */
    private static Segment wide(PageText.Joined joined, Row row) {
        String text = joined.text();
        int start = joined.start(row.article.index(), row.sentence);
        if (start < 0) {
            return before(tail(text, Reach.WIDE_WINDOW));
        }
        int as = start + row.anchor.start();
        int ae = start + row.anchor.end();
        int lo = Math.max(0, as - Reach.WIDE_WINDOW);
        int hi = Math.min(text.length(), ae + Reach.WIDE_WINDOW);
        return new Segment(text.substring(lo, hi), as - lo, ae - lo);
    }

    private static String head(String text, int n) {
        return text.length() <= n ? text : text.substring(0, n);
    }

    private static String tail(String text, int n) {
        return text.length() <= n ? text : text.substring(text.length() - n);
    }

    /** [start, end) of the clause around [as, ae) of text: between delimiters, within [lo, hi). */
    static int[] clause(String text, int as, int ae, String delimiters, int lo, int hi) {
        int s = as;
        while (s > lo && delimiters.indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        int e = ae;
        while (e < hi && delimiters.indexOf(text.charAt(e)) < 0) {
            e++;
        }
        return new int[] {s, e};
    }

    /** The clause around the row's anchor, within its window. */
    static int[] clause(Row row, String delimiters) {
        return clause(row.text(), row.anchor.start(), row.anchor.end(), delimiters, row.windowStart(), row.windowEnd());
    }
}
