package dev.tiqu.datasets;

import dev.tiqu.text.Layout;
import dev.tiqu.text.NewspaperSegmenter;
import dev.tiqu.text.PlainText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiqu.core.dataset.Record;
import dev.tiqu.core.mention.Amount;
import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.mention.Qualifier;
import dev.tiqu.core.pipeline.ArticleContext;
import dev.tiqu.core.text.AlignedText;
import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Document;
import dev.tiqu.core.text.Page;
import dev.tiqu.core.text.PublicationDate;
import dev.tiqu.core.text.Sentence;
import dev.tiqu.core.text.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The engine on hand-built pages and mentions: offsets, order, merging and the rule options. */
class DefinedDatasetTest {

    private static final PublicationDate DATE = PublicationDate.given(LocalDate.of(2024, 11, 24));

    private static DefinedDataset dataset(String yaml) {
        return new DefinedDataset(DefinitionParser.parse("test.yaml", yaml));
    }

    private static List<String> column(List<Record> rows, String column) {
        return rows.stream().map(r -> r.get(column)).toList();
    }

    @Test
    void cleanedSentenceTextAndOriginalSpans() {
        String original = "城市低保标准提高到不低\n于 700 元/月。";
        AlignedText.Builder b = AlignedText.builder(original.length());
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (c != ' ' && c != '\n') {
                b.append(c, i, i + 1);
            }
        }
        AlignedText cleaned = b.build();
        assertEquals("城市低保标准提高到不低于700元/月。", cleaned.text());
        Sentence s = new Sentence(0, Sentence.Role.BODY, cleaned);
        Document doc = new Document("p.txt", original, DATE);
        Page page = new Page(doc, DATE, List.of(new Article(0, "", "", new Span(0, original.length()), List.of(s))));
        int start = original.indexOf("700");
        int end = original.indexOf("。");
        Mention money = new Mention(MentionType.MONEY, new Span(start, end), "700元/月",
                new Amount(new BigDecimal(700), null, "CNY", "月", Qualifier.AT_LEAST, null, ""), 0, 0, "test");
        List<Record> rows = Datasets.builtIn("subsidy").build(page, List.of(money));
        assertEquals(1, rows.size());
        Record r = rows.get(0);
        assertEquals("城市低保标准", r.get("item"));
        assertEquals("at_least", r.get("qualifier"));
        assertEquals(Integer.toString(start), r.get("start"));
        assertEquals(Integer.toString(end), r.get("end"));
        assertEquals("城市低保标准提高到不低于700元/月。", r.get("sentence"));
        assertEquals("2024-11-24", r.get("publication_date"));
        assertEquals("p.txt", r.get("doc"));
    }

    @Test
    void rowsFollowDocumentOrderWhateverTheMentionOrder() {
        ArticleContext ctx = PlainText.context("农村低保标准为每人每年6000元。城市低保标准为每人每月700元。", DATE);
        List<Mention> mentions = new ArrayList<>(Fixture.mentions(ctx, List.of(
                "MONEY 每人每年6000元 6000 CNY per=人/年",
                "MONEY 每人每月700元 700 CNY per=人/月")));
        DefinedDataset subsidy = Datasets.builtIn("subsidy");
        List<Record> expected = subsidy.build(ctx.page(), mentions);
        assertEquals(List.of("6000", "700"), column(expected, "amount_yuan"));
        Collections.shuffle(mentions, new Random(7));
        Collections.reverse(mentions);
        assertEquals(expected, subsidy.build(ctx.page(), mentions));
    }

    @Test
    void mentionsOfOtherArticlesAreIgnored() {
        ArticleContext ctx = PlainText.context("城市低保标准为每人每月700元。", DATE);
        Mention m = Fixture.mentions(ctx, List.of("MONEY 每人每月700元 700 CNY per=人/月")).get(0);
        Mention elsewhere = new Mention(m.type(), m.span(), m.text(), m.value(), 3, 0, "test");
        assertEquals(0, Datasets.builtIn("subsidy").build(ctx.page(), List.of(elsewhere)).size());
    }

    @Test
    void dedupeMergesLaterRowsIntoTheFirstFillingBlanks() {
        DefinedDataset ds = dataset("""
                name: t
                anchor: {type: QUANTITY}
                dedupe: [name, amount]
                columns:
                  - {name: name, pattern: '(?<v>\\p{IsHan}+)$', scope: clause_before}
                  - {name: amount, from: anchor}
                  - {name: note, pattern: '(?<v>备注\\p{IsHan})', scope: sentence}
                """);
        ArticleContext ctx = PlainText.context("甲站5台。乙站3台。甲站5台，备注好。甲站6台。", DATE);
        List<Mention> ms = Fixture.mentions(ctx, List.of(
                "QUANTITY 5台 5 台", "QUANTITY 3台 3 台", "QUANTITY 5台 5 台", "QUANTITY 6台 6 台"));
        List<Record> rows = ds.build(ctx.page(), ms);
        assertEquals(List.of("甲站", "乙站", "甲站"), column(rows, "name"));
        assertEquals(List.of("5", "3", "6"), column(rows, "amount"));
        assertEquals(List.of("备注好", "", ""), column(rows, "note"));
    }

    @Test
    void whenTestsAnEarlierColumn() {
        DefinedDataset ds = dataset("""
                name: t
                anchor: {type: MONEY}
                columns:
                  - {name: kind, words: {总额: total}, scope: clause_before}
                  - {name: count, from: QUANTITY, field: value, when: {column: kind, matches: '^total$'}}
                """);
        ArticleContext ctx = PlainText.context("共12个项目，总额5亿元，其中首个项目1亿元。", DATE);
        List<Mention> ms = Fixture.mentions(ctx, List.of(
                "QUANTITY 12个 12 个", "MONEY 5亿元 500000000 CNY", "MONEY 1亿元 100000000 CNY"));
        List<Record> rows = ds.build(ctx.page(), ms);
        assertEquals(List.of("total", ""), column(rows, "kind"));
        assertEquals(List.of("12", ""), column(rows, "count"));
    }

    @Test
    void whenTestsTheTextOfAScope() {
        DefinedDataset ds = dataset("""
                name: t
                anchor: {type: QUANTITY}
                columns:
                  - name: owner
                    when: {scope: before, matches: '该公司'}
                    pattern: '(?<v>\\p{IsHan}{2,8}公司)'
                    scope: previous_sentence
                """);
        ArticleContext ctx = PlainText.context("甘肃新能源公司发布消息。该公司电站装机5万千瓦。另一电站装机3万千瓦。", DATE);
        List<Mention> ms = Fixture.mentions(ctx, List.of("QUANTITY 5万千瓦 5 万千瓦", "QUANTITY 3万千瓦 3 万千瓦"));
        assertEquals(List.of("甘肃新能源公司", ""), column(ds.build(ctx.page(), ms), "owner"));
    }

    @Test
    void sentencesBackAndAheadWidenTheSearch() {
        DefinedDataset ds = dataset("""
                name: t
                anchor: {type: MONEY}
                columns:
                  - {name: back, from: DATE, side: before, sentences_back: 1}
                  - {name: ahead, from: QUANTITY, side: after, sentences_ahead: 1}
                  - {name: none, from: DATE, side: before}
                """);
        ArticleContext ctx = PlainText.context("1-10月期间，发放补贴。金额达2849万元。惠及3000人。", DATE);
        List<Mention> ms = Fixture.mentions(ctx, List.of(
                "DATE 1-10月 2024-01/2024-10", "MONEY 2849万元 28490000 CNY", "QUANTITY 3000人 3000 人"));
        Record r = ds.build(ctx.page(), ms).get(0);
        assertEquals("2024-01/2024-10", r.get("back"));
        assertEquals("3000", r.get("ahead"));
        assertEquals("", r.get("none"));
    }

    @Test
    void pickFirstLastAndNearest() {
        DefinedDataset ds = dataset("""
                name: t
                anchor: {type: MONEY}
                columns:
                  - {name: first, pattern: '[甲乙丙]', scope: before, pick: first}
                  - {name: last, pattern: '[甲乙丙]', scope: sentence, pick: last}
                  - {name: nearest, pattern: '[甲乙丙]', scope: sentence}
                """);
        ArticleContext ctx = PlainText.context("甲乙，5元丙丁戊己庚辛。", DATE);
        Record r = ds.build(ctx.page(), Fixture.mentions(ctx, List.of("MONEY 5元 5 CNY"))).get(0);
        assertEquals("甲", r.get("first"));
        assertEquals("丙", r.get("last"));
        assertEquals("丙", r.get("nearest"));
    }

    @Test
    void anchorScopeExcludesByTheMentionsOwnText() {
        DefinedDataset ds = dataset("""
                name: t
                anchor:
                  type: QUANTITY
                  exclude: [{pattern: 'Wp$', scope: anchor}]
                columns: [{name: text, from: anchor, field: text}]
                """);
        ArticleContext ctx = PlainText.context("组件630Wp，电站5MW。", DATE);
        List<Mention> ms = Fixture.mentions(ctx, List.of("QUANTITY 630Wp 630 Wp", "QUANTITY 5MW 5 MW cv=5 cu=MW"));
        assertEquals(List.of("5MW"), column(ds.build(ctx.page(), ms), "text"));
    }

    @Test
    void anExclusionHoldsUnlessItsConditionIsFound() {
        DefinedDataset ds = dataset("""
                name: t
                anchor:
                  type: QUANTITY
                  exclude:
                    - {pattern: '风光基地。?$', scope: previous_sentence, unless: {pattern: '光伏', scope: sentence}}
                columns: [{name: text, from: anchor, field: text}]
                """);
        ArticleContext ctx = PlainText.context("甲地建设风光基地。规模3GW。乙地建设风光基地。其中光伏2GW。丙地开工。规模1GW。", DATE);
        List<Mention> ms = Fixture.mentions(ctx, List.of("QUANTITY 3GW 3 GW cv=3000 cu=MW",
                "QUANTITY 2GW 2 GW cv=2000 cu=MW", "QUANTITY 1GW 1 GW cv=1000 cu=MW"));
        assertEquals(List.of("2GW", "1GW"), column(ds.build(ctx.page(), ms), "text"));
    }

    @Test
    void anUnlessConditionTakesOnlyPatternAndScope() {
        DefinitionException e = assertThrows(DefinitionException.class, () -> dataset("""
                name: t
                anchor:
                  type: QUANTITY
                  exclude: [{pattern: 'a', unless: {pattern: 'b', unless: {pattern: 'c'}}}]
                columns: [{name: text, from: anchor, field: text}]
                """));
        assertTrue(e.getMessage().contains("anchor.exclude[0].unless"), e.getMessage());
    }

    @Test
    void requiredColumnsDropRowsAndConstantsFill() {
        DefinedDataset ds = dataset("""
                name: t
                anchor: {type: MONEY}
                columns:
                  - {name: item, pattern: '补贴', scope: clause_before, required: true}
                  - {name: source, value: 报纸}
                """);
        ArticleContext ctx = PlainText.context("补贴100元，投资200元。", DATE);
        List<Mention> ms = Fixture.mentions(ctx, List.of("MONEY 100元 100 CNY", "MONEY 200元 200 CNY"));
        List<Record> rows = ds.build(ctx.page(), ms);
        assertEquals(List.of("补贴"), column(rows, "item"));
        assertEquals(List.of("报纸"), column(rows, "source"));
        assertEquals(List.of("item", "source"), ds.columns());
    }

    @Test
    void dedupeIgnoreComparesValuesWithoutTheIgnoredPart() {
        DefinedDataset ds = dataset("""
                name: t
                anchor: {type: QUANTITY}
                dedupe: [name, amount]
                dedupe_ignore: {name: '电站$'}
                columns:
                  - {name: name, pattern: '(?<v>\\p{IsHan}+?)(?:[0-9]|$)', scope: clause_before}
                  - {name: amount, from: anchor}
                """);
        ArticleContext ctx = PlainText.context("甲村电站5台。甲村5台。乙村5台。", DATE);
        List<Mention> ms = Fixture.mentions(ctx, List.of("QUANTITY 5台 5 台", "QUANTITY 5台 5 台", "QUANTITY 5台 5 台"));
        assertEquals(List.of("甲村电站", "乙村"), column(ds.build(ctx.page(), ms), "name"));
    }

    @Test
    void splitModifierPartsTakeTheRestOfTheLastPart() {
        DefinedDataset ds = dataset("""
                name: t
                anchor: {type: MONEY}
                columns:
                  - name: item
                    pattern: '^(?<v>\\p{IsHan}+?)分别'
                    scope: clause_before
                    split: {on: '和', part: '低保', respectively: '分别', modifier: '城市|农村'}
                  - {name: amount, from: anchor}
                """);
        ArticleContext ctx = PlainText.context("城市和农村低保标准分别为800元和600元。", DATE);
        List<Mention> ms = Fixture.mentions(ctx, List.of("MONEY 800元 800 CNY", "MONEY 600元 600 CNY"));
        List<Record> rows = ds.build(ctx.page(), ms);
        assertEquals(List.of("城市低保标准", "农村低保标准"), column(rows, "item"));
        assertEquals(List.of("800", "600"), column(rows, "amount"));
    }

    @Test
    void onlyRespectivelyKeepsTheValueWholeWithoutRespectively() {
        DefinedDataset ds = dataset("""
                name: t
                anchor: {type: QUANTITY}
                columns:
                  - name: name
                    pattern: '^(?<v>\\p{IsHan}+?站)'
                    scope: clause_before
                    split: {on: '和', part: '站', respectively: '分别', modifier: '\\p{IsHan}+?县', only_respectively: true}
                  - {name: amount, from: anchor}
                """);
        ArticleContext ctx = PlainText.context("甲县和乙县电站分别为6台和4台。甲县和乙县电站共10台。", DATE);
        List<Mention> ms = Fixture.mentions(ctx, List.of("QUANTITY 6台 6 台", "QUANTITY 4台 4 台", "QUANTITY 10台 10 台"));
        List<Record> rows = ds.build(ctx.page(), ms);
        assertEquals(List.of("甲县电站", "乙县电站", "甲县和乙县电站"), column(rows, "name"));
    }

    /** A page read as the command line reads a plain text: the title line is a TITLE sentence. */
    private static ArticleContext titled(String title, String body) {
        Document doc = new Document("t.txt", title + "\n" + body, DATE);
        List<Article> articles = new NewspaperSegmenter(Layout.PLAIN).segment(doc);
        return new ArticleContext(new Page(doc, DATE, articles), articles.get(0), List.of());
    }

    @Test
    void aHeadlineFigureMergesIntoTheBodyRowNearestItWithinTheTolerance() {
        String columns = """
                columns:
                  - {name: amount, from: anchor}
                  - {name: verb, words: [突破, 达到], scope: clause_before}
                """;
        ArticleContext ctx = titled("全市装机突破80万千瓦", "全市装机达到81.6万千瓦，另建成一座电站50万千瓦。");
        assertEquals(Sentence.Role.TITLE, ctx.article().sentences().get(0).role());
        List<Mention> ms = Fixture.mentions(ctx, List.of("QUANTITY 80万千瓦 800000 千瓦",
                "QUANTITY 81.6万千瓦 816000 千瓦", "QUANTITY 50万千瓦 500000 千瓦"));
        List<Record> merged = dataset("name: t\nanchor: {type: QUANTITY}\nheadline: {value: amount, tolerance: 0.1}\n"
                + columns).build(ctx.page(), ms);
        assertEquals(List.of("816000", "500000"), column(merged, "amount"));
        assertEquals(List.of("达到", ""), column(merged, "verb"));
        List<Record> exact = dataset("name: t\nanchor: {type: QUANTITY}\nheadline: {value: amount}\n" + columns)
                .build(ctx.page(), ms);
        assertEquals(List.of("800000", "816000", "500000"), column(exact, "amount"));
        ArticleContext alone = titled("新建电站120万千瓦", "全市另建成一座电站50万千瓦。");
        List<Record> kept = dataset("name: t\nanchor: {type: QUANTITY}\nheadline: {value: amount, tolerance: 0.1}\n"
                + columns).build(alone.page(), Fixture.mentions(alone, List.of("QUANTITY 120万千瓦 1200000 千瓦",
                "QUANTITY 50万千瓦 500000 千瓦")));
        assertEquals(List.of("1200000", "500000"), column(kept, "amount"));
    }

    @Test
    void groupsGiveEachAmountItsTierOrAgeGroup() {
        DefinedDataset ds = dataset("""
                name: t
                anchor: {type: MONEY}
                columns:
                  - name: item
                    pattern: '(?<v>[\\p{IsHan}0-9]{2,12}?补贴)'
                    scope: sentence
                    split:
                      on: '和'
                      respectively: '分别'
                      groups: {word: '[一二三]级|[0-9]{2}至[0-9]{2}周岁|百岁', share_suffix: [老人]}
                  - {name: amount, from: anchor}
                """);
        assertEquals(List.of("一级护理补贴", "二级护理补贴"), items(ds, "护理补贴按一级、二级两档，分别为150元、100元。",
                "MONEY 150元 150 CNY", "MONEY 100元 100 CNY"));
        assertEquals(List.of("80至89周岁老人高龄补贴", "90至99周岁老人高龄补贴"), items(ds,
                "高龄补贴对80至89周岁、90至99周岁老人分别发放50元、100元。", "MONEY 50元 50 CNY", "MONEY 100元 100 CNY"));
        assertEquals(List.of("百岁老人长寿补贴"), items(ds, "长寿补贴为百岁老人每月300元。", "MONEY 300元 300 CNY"));
        assertEquals(List.of("80至89周岁高龄补贴", "90至99周岁高龄补贴"), items(ds, "80至89周岁高龄补贴50元，90至99周岁100元。",
                "MONEY 50元 50 CNY", "MONEY 100元 100 CNY"));
        assertEquals(List.of("护理补贴"), items(ds, "护理补贴向一级、二级残疾人共发放300元。", "MONEY 300元 300 CNY"));
    }

    private static List<String> items(DefinedDataset ds, String text, String... mentions) {
        ArticleContext ctx = PlainText.context(text, DATE);
        return column(ds.build(ctx.page(), Fixture.mentions(ctx, List.of(mentions))), "item");
    }
}
