package dev.tiqu.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiqu.core.dataset.Record;
import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.pipeline.ArticleContext;
import dev.tiqu.core.text.PublicationDate;
import dev.tiqu.extractors.money.MoneyExtractor;
import dev.tiqu.extractors.quantity.QuantityExtractor;
import dev.tiqu.text.PlainText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The dataset stage does work linear in the text: doubling a pathological input (one sentence
 * holding hundreds of amounts separated by commas only) doubles the steps counted, where the
 * stage used to read the whole sentence again for every amount. Work is counted, not timed.
 */
class LinearWorkTest {

    private static final PublicationDate DATE = PublicationDate.given(LocalDate.of(2024, 6, 1));

    private record Run(long steps, int rows) {
    }

    private static Run run(String dataset, String text) {
        ArticleContext ctx = PlainText.context(text, DATE);
        List<Mention> mentions = new ArrayList<>();
        mentions.addAll(new QuantityExtractor().extract(ctx));
        mentions.addAll(new MoneyExtractor().extract(ctx));
        WorkCount work = new WorkCount();
        List<Record> rows = Datasets.builtIn(dataset).build(ctx.page(), mentions, work);
        return new Run(work.steps(), rows.size());
    }

    private static void assertLinear(String dataset, IntFunction<String> text, int n) {
        Run once = run(dataset, text.apply(n));
        Run twice = run(dataset, text.apply(2 * n));
        assertEquals(2 * once.rows(), twice.rows(), "every item of the list is a row");
        assertTrue(once.rows() > 0, "the list gives rows");
        double ratio = (double) twice.steps() / once.steps();
        assertTrue(ratio > 1.8 && ratio < 2.5, dataset + ": steps " + once.steps() + " → " + twice.steps()
                + " (×" + ratio + ") when the input doubles");
    }

    private static IntFunction<String> list(String before, String after) {
        return n -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append(before).append(100 + i).append(after);
            }
            return sb.toString();
        };
    }

    @Test
    void aCommaOnlyListOfPlantsTakesLinearWork() {
        assertLinear("pv_capacity", list("华能光伏电站装机", "兆瓦，"), 300);
    }

    @Test
    void aCommaOnlyListOfSubsidiesTakesLinearWork() {
        assertLinear("subsidy", list("城市低保标准提高到每人每月", "元，"), 200);
    }

    @Test
    void manyShortSentencesTakeLinearWork() {
        assertLinear("pv_capacity", list("华能光伏电站装机", "兆瓦。"), 300);
    }
}
