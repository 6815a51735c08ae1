package dev.tiqu.devtools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tiqu.core.mention.Amount;
import dev.tiqu.core.mention.DateValue;
import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.mention.NameValue;
import dev.tiqu.core.mention.Qualifier;
import dev.tiqu.core.mention.Value;
import dev.tiqu.core.pipeline.ArticleContext;
import dev.tiqu.core.pipeline.Extractor;
import dev.tiqu.core.text.Sentence;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An oracle extractor: the gold mentions of one page (money, quantities, dates, organizations),
 * placed in the segmented sentences where their surface occurs with the most of their gold context
 * around it. A pipeline of the segmenter, this extractor and a dataset measures the dataset layer
 * alone, whatever the extractors would have found. Example:
 * {@code Pipeline.builder().segmenter(seg).extractor(new GoldMentions(page.annotation()))}.
 */
public final class GoldMentions implements Extractor {
    private final JsonNode gold;

    /** Places the mentions of {@code gold}, a whole gold annotation. */
    public GoldMentions(JsonNode gold) {
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
