package dev.tiqu.datasets;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tiqu.core.dataset.Dataset;
import dev.tiqu.core.dataset.Record;
import dev.tiqu.core.mention.Amount;
import dev.tiqu.core.mention.DateValue;
import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.mention.NameValue;
import dev.tiqu.core.pipeline.ArticleContext;
import dev.tiqu.core.pipeline.Extractor;
import dev.tiqu.devtools.eval.Evaluation;
import dev.tiqu.extractors.date.DateExtractor;
import dev.tiqu.extractors.money.MoneyExtractor;
import dev.tiqu.extractors.percent.PercentExtractor;
import dev.tiqu.extractors.quantity.QuantityExtractor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/**
 * Measures a new blind batch of articles before it joins the cases: run with
 * {@code -Dtiqu.batch=/dev/tiqu/datasets/blind7_subsidy.yaml -Dtiqu.dataset=subsidy} (a cases
 * file whose articles list only their ORGANIZATION mentions, or none). Prints row precision,
 * recall and F1 with exact and with lenient names (as {@link Evaluation#similar}),
 * every miss, and the mentions the real extractors found in the fixture syntax, to be checked
 * by hand before the articles join the cases. Skipped without the properties.
 */
class BlindBatchReport {

    private static final List<Extractor> EXTRACTORS = List.of(
            new DateExtractor(), new MoneyExtractor(), new PercentExtractor(), new QuantityExtractor());

    @Test
    void report() {
        String resource = System.getProperty("tiqu.batch");
        String name = System.getProperty("tiqu.dataset");
        assumeTrue(resource != null && name != null, "no batch given");
        Dataset ds = Datasets.builtIn(name);
        String key = name.equals("subsidy") ? "item" : "project";
        String amount = name.equals("subsidy") ? "amount_yuan" : "capacity_mw";
        StringBuilder out = new StringBuilder();
        int[] exact = new int[1];
        int[] lenient = new int[1];
        int predicted = 0;
        int expected = 0;
        for (Fixture.Case c : Fixture.cases(resource)) {
            List<Mention> mentions = new ArrayList<>();
            for (Extractor e : EXTRACTORS) {
                mentions.addAll(e.extract(new ArticleContext(c.page(), c.page().articles().get(0), mentions)));
            }
            c.mentions().stream().filter(m -> m.type() == MentionType.ORGANIZATION).forEach(mentions::add);
            List<Record> rows = ds.build(c.page(), mentions);
            predicted += rows.size();
            expected += c.rows().size();
            out.append("== ").append(c.id()).append('\n');
            exact[0] += score(rows, c.rows(), key, amount, String::equals, null);
            lenient[0] += score(rows, c.rows(), key, amount, (ours, theirs) -> Evaluation.similar(theirs, ours), out);
            out.append("  mentions:\n");
            mentions.stream().sorted(java.util.Comparator.comparingInt(m -> m.span().start()))
                    .forEach(m -> out.append("    - ").append(spec(m)).append('\n'));
        }
        out.insert(0, String.format(Locale.ROOT, "%s %s first run: predicted %d, expected %d%n  exact names %s%n"
                + "  lenient names %s%n", name, resource, predicted, expected, prf(exact[0], predicted, expected),
                prf(lenient[0], predicted, expected)));
        System.out.println(out);
    }

    private static int score(List<Record> rows, List<Map<String, String>> expected, String key, String amount,
            BiPredicate<String, String> sameName, StringBuilder log) {
        List<Map<String, String>> left = new ArrayList<>(expected);
        int tp = 0;
        for (Record r : rows) {
            Map<String, String> hit = left.stream().filter(e -> sameName.test(r.get(key), e.get(key))
                    && !r.get(amount).isEmpty()
                    && new BigDecimal(e.get(amount)).compareTo(new BigDecimal(r.get(amount))) == 0
                    && (!e.containsKey("per") || e.get("per").equals(r.get("per")))).findFirst().orElse(null);
            if (hit != null) {
                left.remove(hit);
                tp++;
            } else if (log != null) {
                log.append("  extra ").append(r.get(key)).append(' ').append(r.get(amount)).append(' ')
                        .append(r.get("per")).append('\n');
            }
            if (log != null) {
                log.append("  row ").append(r.values()).append('\n');
            }
        }
        if (log != null) {
            left.forEach(e -> log.append("  missed ").append(e).append('\n'));
        }
        return tp;
    }

    private static String prf(int tp, int predicted, int expected) {
        double p = predicted == 0 ? 0 : (double) tp / predicted;
        double r = expected == 0 ? 0 : (double) tp / expected;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return String.format(Locale.ROOT, "P=%.2f R=%.2f F1=%.2f (tp %d)", p, r, f1, tp);
    }

    /** A mention in the fixture syntax, e.g. {@code QUANTITY 5兆瓦 5 兆瓦 cv=5 cu=MW}. */
    private static String spec(Mention m) {
        StringBuilder sb = new StringBuilder(m.type().name()).append(' ').append(m.text().replace(" ", ""));
        if (m.value() instanceof Amount a) {
            sb.append(' ').append(Amount.plain(a.value())).append(' ').append(a.unit());
            if (a.max() != null) {
                sb.append(" max=").append(Amount.plain(a.max()));
            }
            if (!a.per().isEmpty()) {
                sb.append(" per=").append(a.per());
            }
            if (a.qualifier() != null && !a.qualifier().label().isEmpty()) {
                sb.append(" q=").append(a.qualifier().label());
            }
            if (a.canonicalValue() != null) {
                sb.append(" cv=").append(Amount.plain(a.canonicalValue())).append(" cu=").append(a.canonicalUnit());
            }
        } else if (m.value() instanceof dev.tiqu.core.mention.DateValue d) {
            sb.append(' ').append(d.iso());
        } else if (m.value() instanceof dev.tiqu.core.mention.NameValue n) {
            sb.append(' ').append(n.canonical());
        }
        return sb.toString();
    }
}
