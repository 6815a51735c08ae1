package dev.tiqu.extractors.fresh;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiqu.core.Lexicon;
import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.pipeline.Extractor;
import dev.tiqu.core.text.PublicationDate;
import dev.tiqu.extractors.date.DateExtractor;
import dev.tiqu.extractors.money.MoneyExtractor;
import dev.tiqu.extractors.number.AmountCorpus;
import dev.tiqu.extractors.percent.PercentExtractor;
import dev.tiqu.extractors.quantity.QuantityExtractor;
import dev.tiqu.text.PlainText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A fresh batch of cases per form ({@code fresh/fresh13c.tsv}), written before the rules that
 * read those forms, scored as the share of cases whose mentions of the case's type are exactly
 * the expected ones; each form must stay at or above its floor.
 *
 * <p>First run, before any rule of issue 13's third round (cases right of cases): quarter 5/11,
 * clock 6/12, offset 5/14, duration 2/6, fold 7/9, slang 6/10, misc 4/15 (35/77 in all); one case's
 * expectation was corrected after that run (今晨6时许 keeps 许 in its span, as the corpora do).
 *
 * <p>The blind batch ({@code fresh13c_blind.tsv}), written after the rules for the first batch, first
 * run: 47/50 (slang 5/7: 起薪8k, 要五十块; misc 10/11: 周日晚; every other form full). After the
 * rules that followed, both batches are right in full, and the floors say so.
 *
 * <p>The fourth round's batch ({@code fresh13d.tsv}, 124 cases in the style of other projects' money,
 * percentage and date suites, written before its rules), first run 114/124: currency 15/18 (RMB350,000.00,
 * 3仟日元, 月薪四千五), ratio 8/10 (八五折, 超七成行政村), nonamount 13/15 (一元二次方程, 三元里 read as
 * money), dateword 14/17 (年初 alone, 明后天, 今明两天); clock, dateform, daterange, fraction, lunar,
 * qualifier, range, rate and signed full. After the rules that followed, 124/124. Its blind batch
 * ({@code fresh13d_blind.tsv}, 68 cases written after those rules), first run 65/68: currency 8/9
 * (卖了三百八十万), range 5/6 (百分之五到百分之八), nonamount 7/8 (一元复始 read as money); after 68/68.
 */
class FreshBatchTest {

    private static final String DIR = "/dev/tiqu/extractors/fresh/";

    /** The share of cases of each form that must come out right. */
    private static final Map<String, Double> FLOORS = Map.of(
            "quarter", 1.0, "clock", 1.0, "offset", 1.0, "duration", 1.0, "fold", 1.0, "slang", 1.0, "misc", 1.0);

    /** The floors of the batch written after the rules ({@code fresh/fresh13c_blind.tsv}). */
    private static final Map<String, Double> BLIND_FLOORS = Map.of(
            "quarter", 1.0, "clock", 1.0, "offset", 1.0, "duration", 1.0, "fold", 1.0, "slang", 1.0, "misc", 1.0);

    /** The floors of the fourth round's batch in other projects' styles ({@code fresh/fresh13d.tsv}). */
    private static final Map<String, Double> ROUND4_FLOORS = Map.ofEntries(
            Map.entry("currency", 1.0), Map.entry("qualifier", 1.0), Map.entry("range", 1.0), Map.entry("rate", 1.0),
            Map.entry("signed", 1.0), Map.entry("ratio", 1.0), Map.entry("fraction", 1.0), Map.entry("nonamount", 1.0),
            Map.entry("dateform", 1.0), Map.entry("dateword", 1.0), Map.entry("clock", 1.0), Map.entry("daterange", 1.0),
            Map.entry("lunar", 1.0));

    /** The floors of the fourth round's blind batch ({@code fresh/fresh13d_blind.tsv}). */
    private static final Map<String, Double> ROUND4_BLIND_FLOORS = Map.ofEntries(
            Map.entry("currency", 1.0), Map.entry("qualifier", 1.0), Map.entry("range", 1.0), Map.entry("rate", 1.0),
            Map.entry("signed", 1.0), Map.entry("ratio", 1.0), Map.entry("fraction", 1.0), Map.entry("nonamount", 1.0),
            Map.entry("dateform", 1.0), Map.entry("dateword", 1.0), Map.entry("clock", 1.0), Map.entry("daterange", 1.0),
            Map.entry("lunar", 1.0));

    private static final Map<MentionType, Extractor> EXTRACTORS = Map.of(
            MentionType.DATE, new DateExtractor(), MentionType.MONEY, new MoneyExtractor(),
            MentionType.PERCENT, new PercentExtractor(), MentionType.QUANTITY, new QuantityExtractor());

    @Test
    void eachFormStaysAtItsFloor() {
        check("fresh13c.tsv", FLOORS);
    }

    @Test
    void eachFormOfTheBlindBatchStaysAtItsFloor() {
        check("fresh13c_blind.tsv", BLIND_FLOORS);
    }

    @Test
    void eachFormOfTheFourthRoundBatchStaysAtItsFloor() {
        check("fresh13d.tsv", ROUND4_FLOORS);
    }

    @Test
    void eachFormOfTheFourthRoundBlindBatchStaysAtItsFloor() {
        check("fresh13d_blind.tsv", ROUND4_BLIND_FLOORS);
    }

    private static void check(String file, Map<String, Double> floors) {
        Map<String, int[]> byForm = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (String line : Lexicon.lines(DIR + file)) {
            String[] f = line.split("\t", -1);
            if (f.length != 5) {
                throw new IllegalStateException("five columns expected: " + line);
            }
            MentionType type = MentionType.valueOf(f[1]);
            String found = found(type, f[2], f[3]);
            String expected = f[4].strip();
            int[] tally = byForm.computeIfAbsent(f[0], k -> new int[2]);
            tally[1]++;
            if (found.equals(expected)) {
                tally[0]++;
            } else {
                wrong.add(f[0] + " «" + f[3] + "»: expected " + expected + ", found " + found);
            }
        }
        String figures = byForm.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1])
                .collect(Collectors.joining(", "));
        System.out.println(file + ": " + figures + "\n  " + String.join("\n  ", wrong));
        assertTrue(floors.keySet().containsAll(byForm.keySet()), "a floor for every form: " + byForm.keySet());
        byForm.forEach((form, t) -> assertTrue((double) t[0] / t[1] >= floors.get(form),
                form + " below its floor: " + figures + "\n" + String.join("\n", wrong)));
    }

    private static String found(MentionType type, String pub, String input) {
        PublicationDate date = pub.equals("-") ? PublicationDate.unknown() : PublicationDate.given(LocalDate.parse(pub));
        List<String> out = new ArrayList<>();
        for (Mention m : EXTRACTORS.get(type).extract(PlainText.context(input, date))) {
            if (m.type() == type) {
                out.add(type == MentionType.DATE ? m.text() + " = " + m.date().iso() : AmountCorpus.describe(m));
            }
        }
        return out.isEmpty() ? "-" : String.join(" | ", out);
    }
}
