package dev.tiqu.cli.eval;

/**
 * Counts for one evaluated category: gold items, predicted items, matches, and among matches
 * those whose value details (qualifier, per, role…) are exactly right.
 */
public record Score(String category, int gold, int predicted, int matched, int exact) {

    public Score plus(Score o) {
        return new Score(category, gold + o.gold, predicted + o.predicted, matched + o.matched, exact + o.exact);
    }

    public double precision() {
        return predicted == 0 ? (gold == 0 ? 1 : 0) : matched / (double) predicted;
    }

    public double recall() {
        return gold == 0 ? 1 : matched / (double) gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Share of matches whose details are exactly right. */
    public double exactShare() {
        return matched == 0 ? 0 : exact / (double) matched;
    }
}
