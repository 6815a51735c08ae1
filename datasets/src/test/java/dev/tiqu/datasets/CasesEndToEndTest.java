package dev.tiqu.datasets;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiqu.core.dataset.Dataset;
import dev.tiqu.core.dataset.Record;
import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.pipeline.ArticleContext;
import dev.tiqu.core.pipeline.Extractor;
import dev.tiqu.extractors.date.DateExtractor;
import dev.tiqu.extractors.money.MoneyExtractor;
import dev.tiqu.extractors.percent.PercentExtractor;
import dev.tiqu.extractors.quantity.QuantityExtractor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The example articles of the built-ins with the mentions the real extractors find instead of
 * the hand-written ones (organizations stay hand-written: no name recognizer here). A row
 * matches an expected row on item (project), amount (capacity) and, where given, per. Prints
 * row precision, recall and F1 over all articles.
 */
class CasesEndToEndTest {

    private static final List<Extractor> EXTRACTORS = List.of(
            new DateExtractor(), new MoneyExtractor(), new PercentExtractor(), new QuantityExtractor());

    @ParameterizedTest
    @ValueSource(strings = {"subsidy", "pv_capacity"})
    void rowF1WithRealExtractors(String name) {
        Dataset ds = Datasets.builtIn(name);
        String key = name.equals("subsidy") ? "item" : "project";
        String amount = name.equals("subsidy") ? "amount_yuan" : "capacity_mw";
        int tp = 0;
        int predicted = 0;
        int expected = 0;
        List<String> errors = new ArrayList<>();
        for (Fixture.Case c : Fixture.cases("/dev/tiqu/datasets/" + name + "_cases.yaml")) {
            List<Mention> mentions = new ArrayList<>();
            for (Extractor e : EXTRACTORS) {
                mentions.addAll(e.extract(new ArticleContext(c.page(), c.page().articles().get(0), mentions)));
            }
            c.mentions().stream().filter(m -> m.type() == MentionType.ORGANIZATION).forEach(mentions::add);
            List<Record> rows = ds.build(c.page(), mentions);
            List<Map<String, String>> left = new ArrayList<>(c.rows());
            predicted += rows.size();
            expected += c.rows().size();
            for (Record r : rows) {
                Map<String, String> hit = left.stream().filter(e -> e.get(key).equals(r.get(key))
                        && !r.get(amount).isEmpty()
                        && new BigDecimal(e.get(amount)).compareTo(new BigDecimal(r.get(amount))) == 0
                        && (!e.containsKey("per") || e.get("per").equals(r.get("per")))).findFirst().orElse(null);
                if (hit != null) {
                    left.remove(hit);
                    tp++;
                } else {
                    errors.add(c.id() + " extra " + r.get(key) + " " + r.get(amount) + " " + r.get("per"));
                }
            }
            left.forEach(e -> errors.add(c.id() + " missed " + e));
        }
        double p = predicted == 0 ? 0 : (double) tp / predicted;
        double r = expected == 0 ? 0 : (double) tp / expected;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        String report = String.format(Locale.ROOT, "%s example articles (real extractors): P=%.3f R=%.3f F1=%.3f "
                + "(tp %d, predicted %d, expected %d) %s", name, p, r, f1, tp, predicted, expected, errors);
        System.out.println(report);
        assertTrue(f1 >= 0.9, report);
    }
}
