package dev.tiqu.devtools;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiqu.core.pipeline.Pipeline;
import dev.tiqu.datasets.Datasets;
import dev.tiqu.devtools.eval.Score;
import dev.tiqu.standard.StandardPipeline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Regression floors on the development gold (pages 000 and 001): the standard pipeline must
 * keep at least these F1 figures. The held-out pages are measured elsewhere; these floors only
 * catch regressions.
 */
class DevGoldEvaluationTest {

    private static Map<String, Score> scores;

    @BeforeAll
    static void evaluate() throws IOException {
        Pipeline.Builder builder = StandardPipeline.builder();
        Datasets.builtInNames().forEach(n -> builder.dataset(Datasets.builtIn(n)));
        scores = EvaluateCommand.evaluate(builder.build(), Path.of("..", "gold"),
                Path.of("..", "seeds"), false, null);
    }

    @ParameterizedTest(name = "{0} F1 >= {1}, exact >= {2}")
    @CsvSource({
        "MONEY, 0.95, 0.9",
        "PERCENT, 0.95, 0.9",
        "DATE, 0.95, 0.95",
        "QUANTITY, 0.9, 0.9",
        "PERSON, 0.95, 0.9",
        "ORGANIZATION, 0.9, 0.9",
        "ARTICLE, 0.9, 0.9",
        "rows:subsidy, 0.9, 0.9",
        "rows:pv_capacity, 0.9, 0.9",
    })
    void staysAboveItsFloor(String category, double f1, double exact) {
        Score s = scores.get(category);
        assertTrue(s != null, category + " is scored");
        assertTrue(s.f1() >= f1, EvaluateCommand.table(scores));
        assertTrue(s.exactShare() >= exact, EvaluateCommand.table(scores));
    }
}
