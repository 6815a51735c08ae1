package dev.tiqu.devtools;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiqu.core.pipeline.DocumentResult;
import dev.tiqu.core.pipeline.Pipeline;
import dev.tiqu.datasets.Datasets;
import dev.tiqu.devtools.eval.Evaluation;
import dev.tiqu.devtools.eval.GoldMentions;
import dev.tiqu.devtools.eval.GoldPage;
import dev.tiqu.devtools.eval.Score;
import dev.tiqu.standard.StandardPipeline;
import dev.tiqu.text.NewspaperSegmenter;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Row-level evaluation of the built-in datasets on the development gold, scored by the one gold
 * scorer ({@link Evaluation}), twice: with the gold mentions placed in the segmented sentences
 * ({@link GoldMentions}), which measures the dataset layer alone, and end to end with the standard
 * pipeline. Prints the figures and every miss.
 */
class DatasetGoldEvaluationTest {

    @ParameterizedTest(name = "{0} on {1}, oracle mentions: {2}")
    @CsvSource({
        "subsidy, 000_0b260c43b3846790.txt, true",
        "subsidy, 000_0b260c43b3846790.txt, false",
        "pv_capacity, 001_0a2b328eef8e1e59.txt, true",
        "pv_capacity, 001_0a2b328eef8e1e59.txt, false",
    })
    void rowsStayAboveTheirFloor(String dataset, String doc, boolean oracle) throws IOException {
        GoldPage page = GoldPage.of(NameMeasurementTest.goldPages(), doc);
        Pipeline.Builder builder = oracle
                ? Pipeline.builder().segmenter(new NewspaperSegmenter()).extractor(new GoldMentions(page.annotation()))
                : StandardPipeline.builder();
        DocumentResult result = builder.dataset(Datasets.builtIn(dataset)).build().process(page.document(true));
        Evaluation e = Evaluation.of(result, page.annotation());
        Score s = e.scores().get("rows:" + dataset);
        String report = dataset + " dev gold (" + (oracle ? "oracle mentions" : "standard pipeline") + "): "
                + NameMeasurementTest.line(s) + " " + e.misses().stream().filter(m -> m.startsWith(dataset)).toList();
        System.out.println(report);
        assertTrue(s.f1() >= 0.9, report);
    }
}
