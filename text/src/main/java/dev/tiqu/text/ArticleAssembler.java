package dev.tiqu.text;

import static dev.tiqu.text.LayoutThresholds.BODY_PREFIX_CHARS;
import static dev.tiqu.text.LayoutThresholds.DISTANT_MATCH_COVERAGE;
import static dev.tiqu.text.LayoutThresholds.FIRST_PARAGRAPH_COVERAGE;
import static dev.tiqu.text.LayoutThresholds.INTRO_MAX_CHARS;
import static dev.tiqu.text.LayoutThresholds.TITLED_ABOVE_DISCOUNT;
import static dev.tiqu.text.LayoutThresholds.TRAILING_PIECE_COVERAGE;
import static dev.tiqu.text.TitleSimilarity.bigrams;
import static dev.tiqu.text.TitleSimilarity.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups the classified lines of one page into article drafts. Datelines, byline lines,
 * author lines, level-1/2 headings and continuation markers open an article. Headline lines are
 * grouped; a group right before an opener, or at the end of the page, holds titles, and each
 * title line goes to the article whose body it resembles most ({@link TitleSimilarity}): a
 * headline may be printed before its body, after it, or in a cluster far from it. A group
 * between two body paragraphs of one article is a subhead and stays in the body. Captions go to
 * the article they resemble, else to the one above them.
 *
 * <p>One instance per page, used once, by one thread.
 */
final class ArticleAssembler {

    /** A run of headline lines, with the articles before and after it. */
    private record Group(List<Integer> lines, Draft prev, Draft next) {
    }

    private final PageLines page;
    private final List<Draft> drafts = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();
    private final List<int[]> captions = new ArrayList<>(); // {line, index of previous draft or -1}
    // the walk's state
    private Draft cur;
    private boolean fresh; // cur has no body yet
    private final List<Integer> pending = new ArrayList<>();

    ArticleAssembler(PageLines page) {
        this.page = page;
    }

    /** The drafts that have a body, in reading order of their first body line. */
    List<Draft> drafts() {
        walk();
        for (Group g : groups) {
            assign(g);
        }
        placeCaptions();
        List<Draft> kept = new ArrayList<>();
        for (Draft d : drafts) {
            if (!d.body.isEmpty()) {
                kept.add(d);
            }
        }
        kept.sort(Comparator.comparingInt(d -> d.body.get(0)));
        return kept;
    }

    private void placeCaptions() {
        for (int[] c : captions) {
            Draft prev = c[1] >= 0 ? drafts.get(c[1]) : null;
            String caption = page.string(c[0]);
            boolean credit = LineClassifier.isBylineLine(caption);
            Draft best = credit && prev != null ? prev : best(bigrams(caption), drafts, DISTANT_MATCH_COVERAGE);
            Draft target = best != null ? best : prev != null ? prev : drafts.isEmpty() ? null : drafts.get(0);
            if (target != null) {
                target.captions.add(c[0]);
            }
        }
    }

    private void walk() {
        for (int i = 0; i < page.size(); i++) {
            switch (page.kind(i)) {
                case BLANK, FURNITURE, TEASER -> {
                }
                case HEADLINE -> pending.add(i);
                case CAPTION -> captions.add(new int[] {i, cur == null ? -1 : drafts.indexOf(cur)});
                case HEADING -> heading(i);
                case DATELINE, BYLINE, AUTHOR, CONTINUATION -> opener(i);
                case BODY -> body(i);
            }
        }
        if (!pending.isEmpty()) {
            groups.add(new Group(List.copyOf(pending), cur, null));
        }
    }

    private void heading(int i) {
        if (!pending.isEmpty()) {
            groups.add(new Group(List.copyOf(pending), cur, null));
            pending.clear();
        }
        cur = open();
        cur.titles.add(i);
        cur.titledByGroup = true;
        cur.openedByHeading = true;
        fresh = true;
    }

    /** A dateline, byline, author line or continuation marker: opens an article, or joins the fresh one. */
    private void opener(int i) {
        LineKind kind = page.kind(i);
        boolean introOnly = cur != null && cur.openedByHeading && !cur.dated
                && cur.bylines.isEmpty() && cur.bodyChars < INTRO_MAX_CHARS;
        if (kind == LineKind.DATELINE && introOnly && !fresh) {
            // a feature opens with a heading, a quote or lead-in, then its dateline
            cur.body.addAll(pending);
            cur.subheads.addAll(pending);
        } else if (cur != null && fresh) {
            cur.titles.addAll(pending);
            cur.titledByGroup |= !pending.isEmpty();
        } else {
            Draft d = open();
            if (!pending.isEmpty()) {
                groups.add(new Group(List.copyOf(pending), cur, d));
            }
            cur = d;
            fresh = true;
        }
        pending.clear();
        if (kind == LineKind.DATELINE || kind == LineKind.CONTINUATION) {
            cur.body.add(i);
            cur.dated = true;
            cur.bodyChars += page.string(i).length();
            fresh = false;
        } else {
            cur.bylines.add(i);
        }
    }

    private void body(int i) {
        if (cur == null) {
            cur = open();
            fresh = true;
        }
        if (!pending.isEmpty()) {
            if (fresh) {
                cur.titles.addAll(pending);
                cur.titledByGroup = true;
            } else {
                cur.body.addAll(pending);
                cur.subheads.addAll(pending);
            }
            pending.clear();
        }
        cur.body.add(i);
        cur.bodyChars += page.string(i).length();
        fresh = false;
    }

    private Draft open() {
        Draft d = new Draft();
        drafts.add(d);
        return d;
    }

    /**
     * Gives the lines of a headline group to articles. A line that clearly resembles an
     * untitled article elsewhere on the page goes there; the rest split in reading order:
     * a first part for the article above (a title printed after its body), the remainder for
     * the article below, at the split that best matches both bodies.
     */
    private void assign(Group g) {
        List<List<Integer>> local = withoutDistantTitles(g);
        int n = local.size();
        int split = g.next() == null ? n : 0;
        if (g.prev() != null && g.next() != null) {
            split = bestSplit(g, local);
        }
        if (split > 0 && g.prev() != null) {
            Draft target = g.prev();
            if (target.titledByGroup && g.next() == null) {
                Draft tail = splitTrailing(target, page.join(local.get(0)));
                if (tail != null) {
                    target = tail;
                }
            }
            for (int j = 0; j < split; j++) {
                target.titles.addAll(local.get(j));
            }
            target.titledByGroup = true;
        }
        if (split < n && g.next() != null) {
            for (int j = split; j < n; j++) {
                g.next().titles.addAll(local.get(j));
            }
            g.next().titledByGroup = true;
        }
    }

    /** Gives the group's lines that resemble an untitled article elsewhere to it; returns the others. */
    private List<List<Integer>> withoutDistantTitles(Group g) {
        List<List<Integer>> local = new ArrayList<>();
        for (List<Integer> ll : page.logicalLines(g.lines())) {
            List<Draft> others = new ArrayList<>();
            for (Draft d : drafts) {
                if (d != g.prev() && d != g.next() && d.titles.isEmpty() && !d.titledByGroup) {
                    others.add(d);
                }
            }
            int[] t = bigrams(page.join(ll));
            Draft far = best(t, others, DISTANT_MATCH_COVERAGE);
            if (far != null && score(t, far) > Math.max(score(t, g.prev()), score(t, g.next()))) {
                far.titles.addAll(ll);
                far.titledByGroup = true;
            } else {
                local.add(ll);
            }
        }
        return local;
    }

    /**
     * How many of the group's first lines title the article above, the rest the one below:
     * the split with the best total resemblance, the article above counting half if a group
     * already titled it.
     */
    private int bestSplit(Group g, List<List<Integer>> local) {
        int n = local.size();
        double discount = g.prev().titledByGroup ? TITLED_ABOVE_DISCOUNT : 1.0;
        double[] prevScore = new double[n];
        double[] nextScore = new double[n];
        for (int j = 0; j < n; j++) {
            int[] t = bigrams(page.join(local.get(j)));
            prevScore[j] = score(t, g.prev());
            nextScore[j] = score(t, g.next());
        }
        int split = 0;
        double bestScore = -1;
        for (int k = 0; k <= n; k++) {
            double total = 0;
            for (int j = 0; j < n; j++) {
                total += j < k ? discount * prevScore[j] : nextScore[j];
            }
            if (total > bestScore + 1e-9) {
                bestScore = total;
                split = k;
            }
        }
        return split;
    }

    private double score(int[] titleBigrams, Draft d) {
        return d == null ? 0 : coverage(titleBigrams, bodyBigrams(d));
    }

    /**
     * The bigrams of the start of the body as walked, which titles are matched against.
     * Computed on first use: many drafts are never compared with a title.
     */
    private TitleSimilarity.BodyBigrams bodyBigrams(Draft d) {
        if (d.bigrams == null) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < d.body.size() && b.length() < BODY_PREFIX_CHARS; k++) {
                b.append(page.string(d.body.get(k)));
            }
            b.setLength(Math.min(b.length(), BODY_PREFIX_CHARS));
            d.bigrams = TitleSimilarity.BodyBigrams.of(b);
        }
        return d.bigrams;
    }

    /**
     * A title printed after an article that already has one may belong to a short piece at
     * the end of its body (a photo story): split from the first paragraph it resembles.
     */
    private Draft splitTrailing(Draft d, String title) {
        int[] t = bigrams(title);
        List<List<Integer>> paragraphs = paragraphs(d);
        if (paragraphs.size() < 2
                || coverage(t, TitleSimilarity.BodyBigrams.of(page.join(paragraphs.get(0)))) >= FIRST_PARAGRAPH_COVERAGE) {
            return null;
        }
        for (int p = 1; p < paragraphs.size(); p++) {
            StringBuilder rest = new StringBuilder();
            for (int q = p; q < paragraphs.size(); q++) {
                rest.append(page.join(paragraphs.get(q)));
            }
            if (coverage(t, TitleSimilarity.BodyBigrams.of(page.join(paragraphs.get(p)))) >= TRAILING_PIECE_COVERAGE) {
                Draft tail = open();
                for (int q = p; q < paragraphs.size(); q++) {
                    tail.body.addAll(paragraphs.get(q));
                }
                bodyBigrams(d); // before the body shrinks: titles are still matched against all of it
                d.body.removeAll(tail.body);
                tail.bigrams = TitleSimilarity.BodyBigrams.of(rest);
                return tail;
            }
        }
        return null;
    }

    /** The body lines of {@code d} cut into paragraphs at lines that end one. */
    private List<List<Integer>> paragraphs(Draft d) {
        List<List<Integer>> paragraphs = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        for (int i : d.body) {
            current.add(i);
            if (LineClassifier.endsParagraph(page.string(i))) {
                paragraphs.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(current);
        }
        return paragraphs;
    }

    private Draft best(int[] t, List<Draft> candidates, double threshold) {
        Draft best = null;
        double bestScore = threshold;
        for (Draft d : candidates) {
            double c = coverage(t, bodyBigrams(d));
            if (c >= bestScore && (best == null || c > bestScore)) {
                best = d;
                bestScore = c;
            }
        }
        return best;
    }
}
