package dev.tiqu.devtools.eval;


/**
 * Counts for one evaluated category: gold items, predicted items, matches, and among matches
 * those whose value details (qualifier, per, role…) are exactly right.
 */
public record Score(String category, int gold, int predicted, int matched, int exact) {

    public Score plus(Score o) {
        return new Score(category, gold + o.gold, predicted + o.predicted, matched + o.matched, exact + o.exact);
    }

    public Accuracy accuracy() {
        return Accuracy.matching(predicted, gold, matched);
    }

    public double precision() {
        return accuracy().precision();
    }

    public double recall() {
        return accuracy().recall();
    }

    public double f1() {
        return accuracy().f1();
    }

    /** Share of matches whose details are exactly right. */
    public double exactShare() {
        return matched == 0 ? 0 : exact / (double) matched;
    }
}
