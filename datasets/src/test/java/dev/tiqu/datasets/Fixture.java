package dev.tiqu.datasets;

import dev.tiqu.text.Layout;
import dev.tiqu.text.NewspaperSegmenter;
import dev.tiqu.text.PlainText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tiqu.core.mention.Amount;
import dev.tiqu.core.mention.DateValue;
import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.mention.NameValue;
import dev.tiqu.core.mention.Qualifier;
import dev.tiqu.core.mention.Value;
import dev.tiqu.core.pipeline.ArticleContext;
import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Document;
import dev.tiqu.core.text.Page;
import dev.tiqu.core.text.PublicationDate;
import dev.tiqu.core.text.Sentence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test articles with hand-built mentions: a plain text taken as one article, and mention lines
 * {@code TYPE surface value [unit] [key=value…]} located in document order, e.g.
 * {@code MONEY 700元/月 700 CNY per=月 q=at_least}, {@code QUANTITY 5兆瓦 5 兆瓦 cv=5 cu=MW},
 * {@code DATE 1-10月 2024-01/2024-10}, {@code ORGANIZATION 国家电投 国家电力投资集团有限公司}. Each is
 * the first unused occurrence after the previous mention, else the first unused one in the text.
 */
final class Fixture {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** One test article and the rows expected from it. */
    record Case(String id, Page page, List<Mention> mentions, List<Map<String, String>> rows) {
        @Override
        public String toString() {
            return id;
        }
    }

    private Fixture() {
    }

    static List<Case> cases(String resource) {
        JsonNode root;
        try (InputStream in = Fixture.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            root = YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Case> out = new ArrayList<>();
        for (JsonNode c : root) {
            String id = c.get("id").asText();
            LocalDate date = LocalDate.parse(c.get("date").asText());
            List<String> specs = new ArrayList<>();
            if (c.has("mentions")) {
                c.get("mentions").forEach(m -> specs.add(m.asText()));
            }
            String title = c.has("title") ? c.get("title").asText() : "";
            ArticleContext ctx = c.has("layout") && c.get("layout").asText().equals("plain")
                    ? plain(id, title, c.get("text").asText().strip(), PublicationDate.given(date))
                    : titled(PlainText.context(c.get("text").asText().strip(), PublicationDate.given(date)), title);
            List<Map<String, String>> rows = new ArrayList<>();
            JsonNode rs = c.get("rows");
            if (rs != null) {
                for (JsonNode r : rs) {
                    Map<String, String> row = new LinkedHashMap<>();
                    Iterator<Map.Entry<String, JsonNode>> it = r.fields();
                    while (it.hasNext()) {
                        Map.Entry<String, JsonNode> e = it.next();
                        row.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText());
                    }
                    rows.add(row);
                }
            }
            try {
                out.add(new Case(id, ctx.page(), mentions(ctx, specs), rows));
            } catch (RuntimeException e) {
                throw new IllegalStateException(resource + " case " + id + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /**
     * The context of the title line and the text read as the command line reads a plain text
     * ({@code layout: plain} in a case): the title is the article's first sentence (a headline
     * figure is mined like the body's), the body follows.
     */
    private static ArticleContext plain(String id, String title, String text, PublicationDate date) {
        Document doc = new Document(id, title.isBlank() ? text : title + "\n" + text, date);
        List<Article> articles = new NewspaperSegmenter(Layout.PLAIN).segment(doc);
        Page page = new Page(doc, date, articles);
        return new ArticleContext(page, articles.get(0), List.of());
    }

    /** The context with its article given {@code title} (none when blank). */
    private static ArticleContext titled(ArticleContext ctx, String title) {
        if (title.isBlank()) {
            return ctx;
        }
        Article a = ctx.article();
        Article article = new Article(a.index(), title, a.byline(), a.span(), a.sentences());
        Page page = new Page(ctx.page().document(), ctx.page().publicationDate(), List.of(article));
        return new ArticleContext(page, article, ctx.earlier());
    }

    /** Builds the mentions of {@code specs}, each found after the previous one. */
    static List<Mention> mentions(ArticleContext ctx, List<String> specs) {
        List<Mention> out = new ArrayList<>();
        List<Sentence> sentences = ctx.sentences();
        java.util.Set<String> used = new java.util.HashSet<>();
        int si = 0;
        int from = 0;
        for (String spec : specs) {
            String[] t = spec.trim().split("\\s+");
            MentionType type = MentionType.valueOf(t[0]);
            String surface = t[1];
            int found = find(sentences, surface, si, from, used);
            if (found < 0) {
                si = 0;
                from = 0;
                found = find(sentences, surface, 0, 0, used);
            }
            if (found < 0) {
                throw new IllegalArgumentException("mention not found: " + spec);
            }
            si = found >> 16;
            found &= 0xFFFF;
            used.add(si + ":" + found);
            Sentence sentence = sentences.get(si);
            out.add(ctx.mention(type, sentence, found, found + surface.length(), value(type, t), "fixture"));
            from = found + surface.length();
        }
        return out;
    }

    /** The first unused occurrence of surface from (sentence si, offset from), as sentence << 16 | offset, or -1. */
    private static int find(List<Sentence> sentences, String surface, int si, int from, java.util.Set<String> used) {
        for (int s = si; s < sentences.size(); s++) {
            String text = sentences.get(s).text();
            for (int i = text.indexOf(surface, s == si ? from : 0); i >= 0; i = text.indexOf(surface, i + 1)) {
                if (!used.contains(s + ":" + i)) {
                    return s << 16 | i;
                }
            }
        }
        return -1;
    }

    private static Value value(MentionType type, String[] t) {
        return switch (type) {
            case DATE -> new DateValue(t[2]);
            case PERSON, ORGANIZATION -> {
                String canonical = t.length > 2 && !t[2].contains("=") ? t[2] : t[1];
                String role = "";
                for (String x : t) {
                    if (x.startsWith("role=")) {
                        role = x.substring(5);
                    }
                }
                yield new NameValue(canonical, role);
            }
            default -> {
                Map<String, String> kv = new LinkedHashMap<>();
                for (int i = 4; i < t.length; i++) {
                    int eq = t[i].indexOf('=');
                    kv.put(t[i].substring(0, eq), t[i].substring(eq + 1));
                }
                BigDecimal cv = kv.containsKey("cv") ? new BigDecimal(kv.get("cv")) : null;
                yield new Amount(new BigDecimal(t[2]), kv.containsKey("max") ? new BigDecimal(kv.get("max")) : null,
                        t[3], kv.getOrDefault("per", ""), Qualifier.fromLabel(kv.get("q")), cv,
                        cv == null ? "" : kv.getOrDefault("cu", ""));
            }
        };
    }
}
