package dev.tiqu.devtools;

import dev.tiqu.datasets.Datasets;
import dev.tiqu.datasets.DefinedDataset;
import dev.tiqu.devtools.eval.Accuracy;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tiqu.core.dataset.Record;
import dev.tiqu.core.mention.Amount;
import dev.tiqu.core.mention.DateValue;
import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.mention.NameValue;
import dev.tiqu.core.mention.Qualifier;
import dev.tiqu.core.mention.Value;
import dev.tiqu.core.pipeline.ArticleContext;
import dev.tiqu.core.pipeline.DocumentResult;
import dev.tiqu.core.pipeline.Extractor;
import dev.tiqu.core.pipeline.Pipeline;
import dev.tiqu.core.text.Document;
import dev.tiqu.text.NewspaperSegmenter;
import dev.tiqu.core.text.PublicationDate;
import dev.tiqu.core.text.Sentence;
import dev.tiqu.standard.StandardPipeline;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Row-level evaluation of the built-ins on the development gold (seeds 000 and 001), twice:
 * with the gold mentions (money, quantities, dates, organizations) located in the segmented
 * sentences, which measures the dataset layer alone, and end to end with the standard pipeline
 * (segmenter, publication date, date, money, percent and quantity extractors). A row matches a gold row on amount (capacity), rate denominators and
 * item (project): items match when one contains the other or they share 4 characters in a row,
 * parentheticals aside. Prints precision, recall and F1.
 */
class DatasetGoldEvaluationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SEEDS = Path.of("..", "seeds");

    @Test
    void subsidyRowsOnDevGold() throws IOException {
        Score s = evaluate("subsidy", "/gold/000_0b260c43b3846790.json", "subsidy_records");
        System.out.println("subsidy dev gold (oracle mentions): " + s);
        assertTrue(s.f1() >= 0.9, s.toString());
    }

    @Test
    void pvCapacityRowsOnDevGold() throws IOException {
        Score s = evaluate("pv_capacity", "/gold/001_0a2b328eef8e1e59.json", "pv_records");
        System.out.println("pv_capacity dev gold (oracle mentions): " + s);
        assertTrue(s.f1() >= 0.9, s.toString());
    }

    @Test
    void subsidyRowsEndToEnd() throws IOException {
        Score s = evaluate("subsidy", "/gold/000_0b260c43b3846790.json", "subsidy_records",
                StandardPipeline.builder());
        System.out.println("subsidy dev gold (standard pipeline): " + s);
        assertTrue(s.f1() >= 0.9, s.toString());
    }

    @Test
    void pvCapacityRowsEndToEnd() throws IOException {
        Score s = evaluate("pv_capacity", "/gold/001_0a2b328eef8e1e59.json", "pv_records",
                StandardPipeline.builder());
        System.out.println("pv_capacity dev gold (standard pipeline): " + s);
        assertTrue(s.f1() >= 0.9, s.toString());
    }

    record Score(int tp, int predicted, int gold, List<String> misses, List<String> extras) {
        Accuracy accuracy() {
            return new Accuracy(predicted, tp, gold, tp);
        }

        double precision() {
            return accuracy().precision();
        }

        double recall() {
            return accuracy().recall();
        }

        double f1() {
            return accuracy().f1();
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (tp %d, predicted %d, gold %d) misses=%s extras=%s",
                    precision(), recall(), f1(), tp, predicted, gold, misses, extras);
        }
    }

    static Score evaluate(String dataset, String goldResource, String key) throws IOException {
        return evaluate(dataset, goldResource, key, null);
    }

    /** Scores a built-in on a gold page; with {@code builder} null the gold mentions are the oracle. */
    static Score evaluate(String dataset, String goldResource, String key, Pipeline.Builder builder)
            throws IOException {
        JsonNode gold;
        try (InputStream in = DatasetGoldEvaluationTest.class.getResourceAsStream(goldResource)) {
            gold = JSON.readTree(in);
        }
        String doc = gold.get("doc").asText();
        String text = Files.readString(SEEDS.resolve(doc), StandardCharsets.UTF_8);
        LocalDate date = LocalDate.parse(gold.get("publication_date").asText());
        DefinedDataset ds = Datasets.builtIn(dataset);
        Pipeline pipeline = (builder != null ? builder
                : Pipeline.builder().segmenter(new NewspaperSegmenter()).extractor(new GoldMentions(gold)))
                .dataset(ds)
                .build();
        DocumentResult result = pipeline.process(new Document(doc, text, PublicationDate.given(date)));
        List<Record> rows = result.records().get(dataset);
        for (Record r : rows) {
            List<String> cells = new ArrayList<>();
            for (String c : ds.columns()) {
                if (!List.of("doc", "publication_date", "sentence", "start", "end").contains(c)) {
                    cells.add(c + "=" + r.get(c));
                }
            }
            System.out.println("  " + String.join(" ", cells));
        }
        boolean pv = dataset.equals("pv_capacity");
        List<JsonNode> golds = new ArrayList<>();
        gold.get(key).forEach(golds::add);
        Set<Integer> used = new HashSet<>();
        List<String> extras = new ArrayList<>();
        int tp = 0;
        for (Record r : rows) {
            int hit = -1;
            for (int i = 0; i < golds.size() && hit < 0; i++) {
                if (!used.contains(i) && (pv ? pvMatch(r, golds.get(i)) : subsidyMatch(r, golds.get(i)))) {
                    hit = i;
                }
            }
            if (hit >= 0) {
                used.add(hit);
                tp++;
            } else {
                extras.add(pv ? r.get("project") + " " + r.get("capacity_mw")
                        : r.get("item") + " " + r.get("amount_yuan") + " " + r.get("per"));
            }
        }
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < golds.size(); i++) {
            if (!used.contains(i)) {
                JsonNode g = golds.get(i);
                misses.add(pv ? g.get("project").asText() + " " + g.get("capacity_mw").asText()
                        : g.get("item").asText() + " " + g.get("amount_yuan").asText() + " " + g.get("per").asText());
            }
        }
        return new Score(tp, rows.size(), golds.size(), misses, extras);
    }

    private static boolean subsidyMatch(Record r, JsonNode g) {
        return sameNumber(r.get("amount_yuan"), g.get("amount_yuan"))
                && samePer(r.get("per"), g.get("per"))
                && sameName(r.get("item"), g.get("item").asText());
    }

    private static boolean pvMatch(Record r, JsonNode g) {
        return sameNumber(r.get("capacity_mw"), g.get("capacity_mw"))
                && sameName(r.get("project"), g.get("project").asText());
    }

    private static boolean sameNumber(String cell, JsonNode g) {
        return !cell.isEmpty() && g != null && !g.isNull()
                && new BigDecimal(cell).compareTo(new BigDecimal(g.asText())) == 0;
    }

    /** {@code 月/人} ≡ person_month, {@code 年} ≡ year, empty ≡ null. */
    static boolean samePer(String per, JsonNode g) {
        Set<String> ours = new HashSet<>();
        for (String p : per.split("/")) {
            if (!p.isEmpty()) {
                ours.add(switch (p) {
                    case "月" -> "month";
                    case "年" -> "year";
                    case "人", "人次" -> "person";
                    case "日", "天" -> "day";
                    default -> p;
                });
            }
        }
        Set<String> theirs = new HashSet<>();
        if (g != null && !g.isNull()) {
            theirs.addAll(List.of(g.asText().split("_")));
        }
        return ours.equals(theirs);
    }

    static boolean sameName(String ours, String theirs) {
        String a = ours.replaceAll("（[^）]*）|\\([^)]*\\)", "");
        String b = theirs.replaceAll("（[^）]*）|\\([^)]*\\)", "");
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.contains(b) || b.contains(a)) {
            return true;
        }
        for (int i = 0; i + 4 <= a.length(); i++) {
            if (b.contains(a.substring(i, i + 4))) {
                return true;
            }
        }
        return false;
    }

    /** The gold mentions of one page, placed in the sentences where their context fits best. */
    private static final class GoldMentions implements Extractor {
        private final JsonNode gold;

        GoldMentions(JsonNode gold) {
            this.gold = gold;
        }

        @Override
        public String name() {
            return "gold";
        }

        @Override
        public List<Mention> extract(ArticleContext ctx) {
            List<Mention> out = new ArrayList<>();
            Set<String> taken = new HashSet<>();
            for (JsonNode m : gold.get("money")) {
                add(ctx, out, taken, MentionType.MONEY, m, money(m));
            }
            for (JsonNode q : gold.get("quantities")) {
                add(ctx, out, taken, MentionType.QUANTITY, q, quantity(q));
            }
            for (JsonNode d : gold.get("dates")) {
                add(ctx, out, taken, MentionType.DATE, d, new DateValue(d.get("normalized").asText()));
            }
            for (JsonNode o : gold.get("organizations")) {
                String name = o.get("name").asText();
                for (Sentence s : ctx.sentences()) {
                    for (int i = s.text().indexOf(name); i >= 0; i = s.text().indexOf(name, i + 1)) {
                        out.add(ctx.mention(MentionType.ORGANIZATION, s, i, i + name.length(),
                                new NameValue(name, ""), "gold"));
                    }
                }
            }
            return out;
        }

        private static Value money(JsonNode m) {
            String per = switch (m.get("per").isNull() ? "" : m.get("per").asText()) {
                case "month" -> "月";
                case "year" -> "年";
                case "person_month" -> "月/人";
                default -> "";
            };
            Amount a = new Amount(new BigDecimal(m.get("amount_yuan").asText()), null, "CNY", per,
                    Qualifier.fromLabel(m.get("qualifier").isNull() ? "" : m.get("qualifier").asText()), null, "");
            return a;
        }

        private static Value quantity(JsonNode q) {
            BigDecimal v = new BigDecimal(q.get("value").asText());
            String unit = q.get("unit").asText();
            Amount a = Amount.of(v, unit);
            return switch (unit) {
                case "MW", "兆瓦" -> a.withCanonical(v, "MW");
                case "kW", "千瓦" -> a.withCanonical(v.movePointLeft(3), "MW");
                case "千瓦时", "kWh" -> a.withCanonical(v, "kWh");
                default -> a;
            };
        }

        /** Places a gold mention where its surface occurs with the most of its context around it. */
        private static void add(ArticleContext ctx, List<Mention> out, Set<String> taken, MentionType type,
                                JsonNode m, Value value) {
            String surface = m.get("text").asText();
            String context = m.get("context").asText();
            int at = context.indexOf(surface);
            String left = at < 0 ? "" : context.substring(0, at);
            String right = at < 0 ? "" : context.substring(at + surface.length());
            Sentence best = null;
            int bestAt = -1;
            int bestScore = 3;
            for (Sentence s : ctx.sentences()) {
                String t = s.text();
                for (int i = t.indexOf(surface); i >= 0; i = t.indexOf(surface, i + 1)) {
                    if (taken.contains(s.index() + ":" + i)) {
                        continue;
                    }
                    int score = commonSuffix(t.substring(0, i), left) + commonPrefix(t.substring(i + surface.length()), right);
                    if (score > bestScore) {
                        bestScore = score;
                        best = s;
                        bestAt = i;
                    }
                }
            }
            if (best != null) {
                taken.add(best.index() + ":" + bestAt);
                out.add(ctx.mention(type, best, bestAt, bestAt + surface.length(), value, "gold"));
            }
        }

        private static int commonSuffix(String a, String b) {
            int n = 0;
            while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
                n++;
            }
            return n;
        }

        private static int commonPrefix(String a, String b) {
            int n = 0;
            while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
                n++;
            }
            return n;
        }
    }
}
