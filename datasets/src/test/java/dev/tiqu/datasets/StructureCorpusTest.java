package dev.tiqu.datasets;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiqu.core.dataset.Record;
import dev.tiqu.core.mention.Mention;
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
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The issue-15 batch of articles by structure (城乡/市区县区 subjects, tiers, 分别 lists,
 * from–to changes, increments, 均为, rate units in the item, region from the title, other
 * technologies, factory capacity, breakdowns, articles where no row belongs), with the real
 * extractors. A row matches on amount, per (where given; its denominators as a set, as the dev-gold
 * scorer compares them: 月/人 and 人/月 are both per person per month) and a name that equals the expected
 * one or shares four characters with it; rows in articles that expect none count as errors.
 * The second batch ({@code fresh15b}: 均为 over a list of places or plants) also compares the
 * region exactly; the third ({@code fresh15c}: headline totals, breakdown parts, tiers and age
 * groups) compares the subsidy item exactly and reads its articles as the command line reads a
 * plain text, the title a sentence of the article. The floors are the figures reached after the
 * rules were changed for each batch (first runs before any change: fresh15 subsidy 0.80,
 * pv_capacity 0.61 with these lenient names; fresh15c subsidy 0.21 with exact items, pv_capacity 0.70).
 * The fourth round's batches ({@code fresh15d}: borrowed item names, tiers inheriting a list's rate,
 * 其中 breakdowns, a place's part after a total, named parks, places before a plant; {@code check15d}:
 * the same in other wordings, written after the rules) compare the item or project exactly (first
 * runs: fresh15d subsidy 0.39, pv_capacity 0.57; check15d 0.84 and 0.78). The fifth blind batch
 * ({@code blind15e}: real-style documents, 4 + 5 where no row belongs) is held at its first run,
 * lenient and exact names (F1 80/87 and 54/67 lenient, 66/87 and 42/67 exact) until the sixth round, which
 * wrote {@code fresh15f} on its errors (first runs: subsidy 0.91 lenient, 0.36 exact; pv_capacity 0.50 and 0.36;
 * {@code fresh15f_region}, regions compared exactly, 2/5) and raised both batches' floors to what they score after.
 * The seventh blind batch ({@code blind15g}: real-style documents, 4 + 4 where no row belongs) is held at its first
 * run (F1 subsidy 0.67 lenient, 0.38 exact items; pv_capacity 0.82 lenient, 0.37 exact projects); with rate
 * denominators compared as a set (人/月 = 月/人, as the dev-gold scorer does) the same run's subsidy rows score
 * 0.76 and 0.48, its floors. The eighth round wrote {@code fresh15h} (subsidy) on its errors: scope, tiers before
 * 分别, a list's rate, from–to changes, names (first run 0.71 lenient, 0.45 exact), and after changing the rules a
 * check batch {@code check15h} in other wordings (first run 1.00 and 1.00). Where a row gives the old value of a
 * change ({@code previous_amount_yuan}), it must be equal. Its pv_capacity batches ({@code fresh15h}: wind-solar
 * bases, storage, from-to changes, expansions, 各 over places, status, names; {@code check15h}: the same in other
 * wordings, written after the rules) also compare the status (first runs: fresh15h 0.57 lenient, 0.33 exact, 0.37
 * with status; check15h 0.89, 0.89, 0.78; {@code edge15h}, small cases at the rules' edges, 0.86, 0.71, 0.86).
 * The tenth round wrote {@code fresh15j} on tiers written at the start of the item (一级、二级重度残疾人护理补贴标准分别…)
 * and on recipients given to every row of a sentence (first run 0.93 lenient, 0.67 exact, not comparing recipients);
 * where a row gives its recipients, they must be equal. After the changes 1.00 lenient, 0.965 exact (the payout
 * 为2.3万名孤儿和事实无人抚养儿童发放基本生活费 is named 基本生活费, without the children it is for).
 * A check batch {@code check15j} in other wordings, written after the changes: first run 0.93 lenient, 0.71 exact;
 * after a list's people before 的 (一级、二级重度残疾人的护理补贴) 1.00 and 0.93 (为3860名孤儿发放基本生活保障金 as above).
 * The eighth blind batch ({@code blind15i}: 19 subsidy and 18 pv_capacity real-style documents, 5 + 4 where no row
 * belongs, written before the eighth round began and run once after the tenth) is held at that first run: subsidy
 * 0.833 lenient, 0.595 exact items; pv_capacity 0.722 lenient, 0.500 exact projects. The eleventh round wrote
 * {@code fresh15k} (pv_capacity) on its errors: company holdings and their future values, planned totals, a county's
 * plant in an area's sentence, rooftop programmes, thermal 二期工程, a company's plant in a place, first batches, 均 over
 * towns (first run 0.710 lenient, 0.548 exact, 0.613 with status; after the changes 1.000 for all three), and a check
 * batch {@code check15k} in other wordings, written after the changes (first run 1.000, 1.000, 0.929 with status: a
 * company's future holding 将由…提升至 was 并网; after 1.000).
 * Its subsidy batch {@code fresh15k}, on blind15i's errors (scope leaks, payout tables flattened into text, the kind of
 * temporary assistance, the payment after a group, tiers with their people): first run 0.66 lenient, 0.46 exact; after
 * 1.00 and 0.97; {@code check15k} (subsidy) in other wordings: first run 0.75 lenient, 0.70 exact as BlindBatchReport
 * compares rates; after two changes 0.89 and 0.84 here.
 * The ninth blind batch ({@code blind15l}: 21 subsidy and 20 pv_capacity documents, half news in other phrasings, half
 * real-document style, 4 + 4 where no row belongs, written at the start of the eleventh round and run once after it) is
 * held at that first run: subsidy F1 0.896 lenient, 0.656 exact items, 0.704 with regions; pv_capacity 0.900 lenient,
 * 0.760 exact projects, 0.760 with status.
 * The twelfth round's subsidy batch {@code fresh15n}, on blind15l's errors (age groups with their people, 标准自…起,
 * 均 over places, tiers of an allowance, an allocation's addressee, talent and grassland subsidies, a range per household,
 * 我市 as a subject): first run 0.95 lenient, 0.65 exact; after 1.00 and 1.00, 0.846 with regions (a district's payout
 * notice under its city's title gives the city). Its check batch {@code check15n}, in other wordings, written after the
 * changes: first run 1.00 lenient, 0.91 exact (an allocation named 中央财政… in its title only), 1.00 with regions.
 * The twelfth round's {@code fresh15n} (pv_capacity) on blind15l's errors (other technologies, breakdowns, names under 均
 * and 这座, plans handed down): first run 0.80 lenient, 0.57 exact as BlindBatchReport reports; held at what it gives
 * after the round.
 * The tenth blind batch ({@code blind15m}: 16 + 16 documents in the same two registers, 4 + 4 where no row belongs,
 * written at the start of the twelfth round and run once after it) is held at that first run: subsidy F1 0.881
 * lenient, 0.508 exact items, 0.508 with regions; pv_capacity 0.766 lenient, 0.596 exact, 0.766 with status (two of
 * its pv documents were seen, not tuned on, by the twelfth round's pv helper: see datasets/README).
 */
class StructureCorpusTest {

    /** The old value of a from–to change, compared where a row gives it. */
    private static final String PREVIOUS = "previous_amount_yuan";
    /** The people a payout counts, compared where a row gives them ({@code ''} for none). */
    private static final String RECIPIENTS = "recipients";
    private static final List<Extractor> EXTRACTORS = List.of(
            new DateExtractor(), new MoneyExtractor(), new PercentExtractor(), new QuantityExtractor());

    @ParameterizedTest
    @CsvSource({"fresh15, subsidy, item, amount_yuan, -, 0.97", "fresh15, pv_capacity, project, capacity_mw, -, 0.97",
        "fresh15b, subsidy, item, amount_yuan, region, 0.97", "fresh15b, pv_capacity, project, capacity_mw, -, 0.97",
        "fresh15c, subsidy, item, amount_yuan, item, 0.97", "fresh15c, pv_capacity, project, capacity_mw, -, 0.97",
        "blind15c, subsidy, item, amount_yuan, -, 0.97", "blind15c, pv_capacity, project, capacity_mw, -, 0.97",
        "blind15c, subsidy, item, amount_yuan, item, 0.97", "blind15c, pv_capacity, project, capacity_mw, project, 0.95",
        "fresh15d, subsidy, item, amount_yuan, item, 0.97", "fresh15d, pv_capacity, project, capacity_mw, project, 0.97",
        "check15d, subsidy, item, amount_yuan, item, 0.95", "check15d, pv_capacity, project, capacity_mw, project, 0.97",
        "blind15e, subsidy, item, amount_yuan, -, 0.976", "blind15e, pv_capacity, project, capacity_mw, -, 1.0",
        "blind15e, subsidy, item, amount_yuan, item, 0.929", "blind15e, pv_capacity, project, capacity_mw, project, 0.875",
        "fresh15f, pv_capacity, project, capacity_mw, -, 0.908", "fresh15f, pv_capacity, project, capacity_mw, project, 0.908",
        "fresh15f, subsidy, item, amount_yuan, -, 1.0", "fresh15f, subsidy, item, amount_yuan, item, 1.0",
        "fresh15f_region, subsidy, item, amount_yuan, region, 1.0",
        "blind15g, subsidy, item, amount_yuan, -, 0.761", "blind15g, pv_capacity, project, capacity_mw, -, 0.816",
        "blind15g, subsidy, item, amount_yuan, item, 0.476",
        "blind15g, pv_capacity, project, capacity_mw, project, 0.367",
        "fresh15h, subsidy, item, amount_yuan, -, 1.0", "fresh15h, subsidy, item, amount_yuan, item, 1.0",
        "check15h, subsidy, item, amount_yuan, -, 1.0", "check15h, subsidy, item, amount_yuan, item, 1.0",
        "fresh15h, pv_capacity, project, capacity_mw, -, 0.97", "fresh15h, pv_capacity, project, capacity_mw, project, 0.93",
        "fresh15h, pv_capacity, project, capacity_mw, status, 0.80",
        "check15h, pv_capacity, project, capacity_mw, -, 0.97", "check15h, pv_capacity, project, capacity_mw, project, 0.97",
        "check15h, pv_capacity, project, capacity_mw, status, 0.97",
        "edge15h, pv_capacity, project, capacity_mw, -, 0.97", "edge15h, pv_capacity, project, capacity_mw, project, 0.97",
        "edge15h, pv_capacity, project, capacity_mw, status, 0.97",
        "fresh15j, subsidy, item, amount_yuan, -, 1.0", "fresh15j, subsidy, item, amount_yuan, item, 0.965",
        "check15j, subsidy, item, amount_yuan, -, 1.0", "check15j, subsidy, item, amount_yuan, item, 0.928",
        "blind15i, subsidy, item, amount_yuan, -, 0.833", "blind15i, pv_capacity, project, capacity_mw, -, 0.722",
        "blind15i, subsidy, item, amount_yuan, item, 0.595", "blind15i, pv_capacity, project, capacity_mw, project, 0.499",
        "fresh15k, subsidy, item, amount_yuan, -, 1.0", "fresh15k, subsidy, item, amount_yuan, item, 0.973",
        "check15k, subsidy, item, amount_yuan, -, 0.894", "check15k, subsidy, item, amount_yuan, item, 0.842",
        "fresh15k, pv_capacity, project, capacity_mw, -, 1.0", "fresh15k, pv_capacity, project, capacity_mw, project, 1.0",
        "fresh15k, pv_capacity, project, capacity_mw, status, 1.0",
        "check15k, pv_capacity, project, capacity_mw, -, 1.0", "check15k, pv_capacity, project, capacity_mw, project, 1.0",
        "check15k, pv_capacity, project, capacity_mw, status, 1.0",
        "blind15l, subsidy, item, amount_yuan, -, 0.895", "blind15l, pv_capacity, project, capacity_mw, -, 0.899",
        "blind15l, subsidy, item, amount_yuan, item, 0.655", "blind15l, pv_capacity, project, capacity_mw, project, 0.759",
        "blind15l, subsidy, item, amount_yuan, region, 0.703", "blind15l, pv_capacity, project, capacity_mw, status, 0.759",
        "blind15m, subsidy, item, amount_yuan, -, 0.880", "blind15m, pv_capacity, project, capacity_mw, -, 0.765",
        "blind15m, subsidy, item, amount_yuan, item, 0.507", "blind15m, pv_capacity, project, capacity_mw, project, 0.595",
        "blind15m, subsidy, item, amount_yuan, region, 0.507", "blind15m, pv_capacity, project, capacity_mw, status, 0.765",
        "fresh15n, subsidy, item, amount_yuan, item, 1.0", "fresh15n, subsidy, item, amount_yuan, region, 0.846",
        "check15n, subsidy, item, amount_yuan, item, 0.909", "check15n, subsidy, item, amount_yuan, region, 1.0",
        "fresh15n, pv_capacity, project, capacity_mw, -, 1.0", "fresh15n, pv_capacity, project, capacity_mw, project, 0.944",
        "fresh15n, pv_capacity, project, capacity_mw, status, 0.888"})
    void rowF1OnTheStructureBatch(String batch, String name, String key, String amount, String exact, double floor) {
        int tp = 0;
        int predicted = 0;
        int expected = 0;
        List<String> errors = new ArrayList<>();
        for (Fixture.Case c : Fixture.cases("/dev/tiqu/datasets/" + batch + "_" + name + ".yaml")) {
            List<Mention> mentions = new ArrayList<>();
            for (Extractor e : EXTRACTORS) {
                mentions.addAll(e.extract(new ArticleContext(c.page(), c.page().articles().get(0), mentions)));
            }
            List<Record> rows = Datasets.builtIn(name).build(c.page(), mentions);
            List<Map<String, String>> left = new ArrayList<>(c.rows());
            predicted += rows.size();
            expected += left.size();
            for (Record r : rows) {
                Map<String, String> hit = left.stream().filter(e -> similar(e.get(key), r.get(key))
                        && !r.get(amount).isEmpty()
                        && new BigDecimal(e.get(amount)).compareTo(new BigDecimal(r.get(amount))) == 0
                        && (!e.containsKey("per") || sameRate(e.get("per"), r.get("per")))
                        && (!e.containsKey(PREVIOUS) || e.get(PREVIOUS).equals(r.get(PREVIOUS)))
                        && (!e.containsKey(RECIPIENTS) || e.get(RECIPIENTS).equals(r.get(RECIPIENTS)))
                        && (!e.containsKey(exact) || e.get(exact).equals(r.get(exact)))).findFirst().orElse(null);
                if (hit != null) {
                    left.remove(hit);
                    tp++;
                } else {
                    errors.add(c.id() + " extra " + r.get(key) + " " + r.get(amount) + " " + r.get(exact));
                }
            }
            left.forEach(e -> errors.add(c.id() + " missed " + e));
        }
        double p = predicted == 0 ? 0 : (double) tp / predicted;
        double r = expected == 0 ? 0 : (double) tp / expected;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        String report = String.format(Locale.ROOT, "%s %s structure batch: P=%.3f R=%.3f F1=%.3f (tp %d, predicted %d, "
                + "expected %d) %s", batch, name, p, r, f1, tp, predicted, expected, errors);
        System.out.println(report);
        assertTrue(f1 >= floor, report);
    }

    /** Equal, one inside the other, or four characters in a row in common. */
    private static boolean similar(String expected, String actual) {
        if (expected.isEmpty() || actual.isEmpty()) {
            return expected.equals(actual);
        }
        if (expected.contains(actual) || actual.contains(expected)) {
            return true;
        }
        for (int i = 0; i + 4 <= expected.length(); i++) {
            if (actual.contains(expected.substring(i, i + 4))) {
                return true;
            }
        }
        return false;
    }

    /** Whether two rate denominators name the same rate: the same parts in any order ({@code 月/人}, {@code 人/月}). */
    private static boolean sameRate(String a, String b) {
        return b != null && Set.copyOf(List.of(a.split("/"))).equals(Set.copyOf(List.of(b.split("/"))));
    }
}
