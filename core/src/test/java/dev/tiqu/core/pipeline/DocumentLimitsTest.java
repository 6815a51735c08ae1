package dev.tiqu.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiqu.core.text.AlignedText;
import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Document;
import dev.tiqu.core.text.Sentence;
import dev.tiqu.core.text.Span;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Long sentences are cut and long articles split, losing nothing; a slow document times out. */
class DocumentLimitsTest {

    private static final DocumentLimits DEFAULTS = DocumentLimits.defaults();

    /**
     * Real long sentences of other registers (a government work report, a court notice, a company
     * announcement, a statistics bulletin), written for this test: none may be touched.
     */
    private static final List<String> ORDINARY = List.of(
            "过去一年，面对复杂严峻的外部环境和艰巨繁重的改革发展稳定任务，全省上下坚持稳中求进工作总基调，"
                    + "完整准确全面贯彻新发展理念，全年地区生产总值增长5.8%，一般公共预算收入增长6.2%，城镇新增就业68.5万人，"
                    + "居民人均可支配收入增长5.6%，粮食总产量连续八年稳定在600亿斤以上，经济社会发展主要目标任务较好完成。",
            "本院于2023年9月18日立案受理原告广州某建材有限公司诉被告佛山某装饰工程有限公司买卖合同纠纷一案，"
                    + "因被告下落不明，依照《中华人民共和国民事诉讼法》第九十五条的规定，向你公司公告送达起诉状副本、应诉通知书、"
                    + "举证通知书、开庭传票及合议庭组成人员通知书，自公告之日起经过三十日即视为送达。",
            "公司于2024年3月28日召开第五届董事会第十二次会议，审议通过了《关于2023年度利润分配预案的议案》，"
                    + "拟以实施权益分派股权登记日登记的总股本为基数，向全体股东每10股派发现金红利3.20元（含税），"
                    + "不送红股，不以资本公积金转增股本，本次利润分配预案尚需提交公司2023年年度股东大会审议。",
            "初步核算，全年国内生产总值1260582亿元，比上年增长5.0%，其中第一产业增加值89755亿元，增长3.5%；"
                    + "第二产业增加值492087亿元，增长5.3%；第三产业增加值678740亿元，增长5.0%，"
                    + "第三产业增加值占国内生产总值比重为53.8%，对经济增长的贡献率为56.2%。");

    private static Article article(int index, String... sentences) {
        StringBuilder page = new StringBuilder();
        List<Sentence> list = new ArrayList<>();
        for (String s : sentences) {
            int start = page.length();
            page.append(s);
            list.add(new Sentence(list.size(), Sentence.Role.BODY, AlignedText.of(page.toString()).subSequence(start,
                    page.length())));
        }
        return new Article(index, "标题", "", new Span(0, page.length()), list);
    }

    @Test
    void ordinaryLongSentencesAndArticlesAreLeftAsTheyAre() {
        List<Article> articles = List.of(article(0, ORDINARY.toArray(String[]::new)), article(1, "短句。"));
        assertSame(articles, DEFAULTS.apply(articles));
    }

    @Test
    void aCommaOnlyListIsCutAfterCommasIntoPiecesWithinTheLimitAndNothingIsLost() {
        String list = "光伏电站装机100兆瓦，".repeat(500);
        List<Article> out = DEFAULTS.apply(List.of(article(0, list)));
        StringBuilder joined = new StringBuilder();
        for (Article a : out) {
            for (Sentence s : a.sentences()) {
                assertTrue(s.text().length() <= DEFAULTS.maxSentenceChars(), "piece within the limit");
                assertTrue(s.text().endsWith("，"), "cut after a comma: " + s.text().substring(s.text().length() - 5));
                assertEquals(s.text(), list.substring(s.span().start(), s.span().end()), "offsets into the original");
                joined.append(s.text());
            }
        }
        assertEquals(list, joined.toString());
    }

    @Test
    void textWithoutPunctuationIsCutAtTheLimitNeverInsideASurrogatePair() {
        DocumentLimits limits = new DocumentLimits(101, 1000, Duration.ofSeconds(5));
        String emoji = "\uD83D\uDE00".repeat(300);
        List<Sentence> pieces = limits.cut(article(0, emoji).sentences().get(0));
        StringBuilder joined = new StringBuilder();
        for (Sentence s : pieces) {
            assertFalse(Character.isLowSurrogate(s.text().charAt(0)), "a piece never starts inside a pair");
            joined.append(s.text());
        }
        assertEquals(emoji, joined.toString());
        assertEquals(6, pieces.size(), "100 characters (50 pairs) a piece");
    }

    @Test
    void aLongArticleIsSplitIntoNumberedContinuationsKeepingTitleAndOffsets() {
        DocumentLimits limits = new DocumentLimits(100, 250, Duration.ofSeconds(5));
        String sentence = "全市新增就业岗位120个，投资3000万元，增长8%。"; // 27 characters
        String[] many = new String[30];
        java.util.Arrays.fill(many, sentence);
        List<Article> out = limits.apply(List.of(article(0, "前一篇。"), article(1, many), article(2, "后一篇。")));
        assertEquals(2 + 4, out.size(), "810 characters in parts of at most 250 (9 sentences)");
        for (int i = 0; i < out.size(); i++) {
            assertEquals(i, out.get(i).index(), "articles renumbered in order");
            for (int j = 0; j < out.get(i).sentences().size(); j++) {
                assertEquals(j, out.get(i).sentences().get(j).index(), "sentences renumbered in each part");
            }
        }
        assertEquals("标题", out.get(3).title());
        assertEquals(out.get(2).sentences().get(0).span().start(), out.get(2).span().start());
        assertEquals("后一篇。", out.get(5).sentences().get(0).text());
    }

    @Test
    void doublingAPathologicalInputDoublesTheWorkOfAQuadraticStage() {
        for (String unit : List.of("光伏电站装机100兆瓦，", "的", "1234567890", "、株洲")) {
            long small = quadraticWork(unit.repeat(8_000 / unit.length()));
            long large = quadraticWork(unit.repeat(16_000 / unit.length()));
            double ratio = (double) large / small;
            assertTrue(ratio > 1.7 && ratio < 2.3, unit + ": work ratio " + ratio + " for twice the text");
        }
    }

    /** Σ length² over the sentences an extractor sees: the work of a stage quadratic in sentence length. */
    private static long quadraticWork(String text) {
        AtomicInteger calls = new AtomicInteger();
        long[] work = {0};
        Extractor quadratic = extractor("quadratic", context -> {
            calls.incrementAndGet();
            for (Sentence s : context.sentences()) {
                work[0] += (long) s.text().length() * s.text().length();
            }
        });
        Pipeline p = Pipeline.builder().segmenter(d -> List.of(article(0, d.text()))).extractor(quadratic).build();
        p.process(Document.of("list.txt", text));
        assertTrue(calls.get() >= 1);
        return work[0];
    }

    @Test
    void aDocumentThatTakesLongerThanItsBudgetFailsAndThePipelineStaysUsable() {
        Extractor slow = extractor("slow", context -> {
            try {
                Thread.sleep(context.article().title().equals("慢") ? 2500 : 0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Pipeline p = Pipeline.builder()
                .segmenter(d -> List.of(new Article(0, d.text(), "", new Span(0, 1), List.of()),
                        new Article(1, d.text(), "", new Span(0, 1), List.of())))
                .extractor(slow)
                .limits(DEFAULTS.withTimeout(Duration.ofMillis(2000))) // room for the fast page on a loaded machine
                .build();
        DocumentTimeoutException e = assertThrows(DocumentTimeoutException.class,
                () -> p.process(Document.of("slow.txt", "慢")));
        assertEquals("took longer than 2 s (stopped after slow)", e.getMessage());
        assertEquals(2, p.process(Document.of("fast.txt", "快")).page().articles().size());
    }

    /** An extractor that only observes what it is given. */
    private static Extractor extractor(String name, java.util.function.Consumer<ArticleContext> observe) {
        return new Extractor() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<dev.tiqu.core.mention.Mention> extract(ArticleContext context) {
                observe.accept(context);
                return List.of();
            }
        };
    }

    @Test
    void limitsThatCannotWorkAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DocumentLimits(10, 100, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new DocumentLimits(100, 50, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new DocumentLimits(100, 500, Duration.ZERO));
    }
}
