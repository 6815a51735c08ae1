package dev.tiqu.devtools.eval;

/**
 * Precision, recall and F1 from counts, the one place tiqu computes them (the evaluation
 * harness and the measurement tests alike).
 *
 * <p>{@code correct} predictions are counted among the {@code predicted} ones and {@code found}
 * gold items among the {@code gold} ones; for one-to-one matching both are the number of
 * matches. An empty prediction against an empty gold is perfect. Example: 9 predicted, 8 of them
 * correct, 10 gold, 8 found → P 0.889, R 0.8, F1 0.842.
 */
public record Accuracy(int predicted, int correct, int gold, int found) {

    public Accuracy {
        if (predicted < 0 || correct < 0 || gold < 0 || found < 0 || correct > predicted || found > gold) {
            throw new IllegalArgumentException("inconsistent counts: " + predicted + "/" + correct + "/" + gold + "/" + found);
        }
    }

    /** Counts of a one-to-one matching: {@code matched} items on both sides. */
    public static Accuracy matching(int predicted, int gold, int matched) {
        return new Accuracy(predicted, matched, gold, matched);
    }

    public double precision() {
        return predicted == 0 ? (gold == 0 ? 1 : 0) : correct / (double) predicted;
    }

    public double recall() {
        return gold == 0 ? 1 : found / (double) gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
