package dev.tiqu.devtools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AccuracyTest {

    @Test
    void computesPrecisionRecallAndF1() {
        Accuracy a = new Accuracy(9, 8, 10, 8);
        assertEquals(8 / 9.0, a.precision(), 1e-12);
        assertEquals(0.8, a.recall(), 1e-12);
        assertEquals(2 * (8 / 9.0) * 0.8 / (8 / 9.0 + 0.8), a.f1(), 1e-12);
    }

    @Test
    void edgeCases() {
        assertEquals(1.0, Accuracy.matching(0, 0, 0).f1());
        assertEquals(0.0, Accuracy.matching(0, 5, 0).f1());
        assertEquals(0.0, Accuracy.matching(4, 0, 0).f1());
        assertThrows(IllegalArgumentException.class, () -> Accuracy.matching(1, 1, 2));
    }
}
