package dev.tiqu.text;

import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Document;
import dev.tiqu.core.text.Sentence;
import dev.tiqu.core.text.Span;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiqu.core.Lexicon;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NewspaperSegmenterTest {

    static final Path SEEDS = Path.of("..", "seeds");
    private static final NewspaperSegmenter SEGMENTER = new NewspaperSegmenter();

    static Stream<String> seedPages() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList().stream();
        }
    }

    /** The real articles of a seed page, without the page-level pseudo articles. */
    private static List<Article> segment(String page) throws IOException {
        return articlesOnly(SEGMENTER.segment(Document.of(page, Files.readString(SEEDS.resolve(page), StandardCharsets.UTF_8))));
    }

    private static List<Article> articlesOnly(List<Article> articles) {
        return articles.stream().filter(Article::isArticle).toList();
    }

    /** Issue 12: every non-blank line of a page is in some sentence of an article or pseudo article. */
    @ParameterizedTest
    @MethodSource("seedPages")
    void noNonBlankLineOfASeedPageIsLost(String page) throws IOException {
        String original = Files.readString(SEEDS.resolve(page), StandardCharsets.UTF_8);
        List<Article> all = SEGMENTER.segment(Document.of(page, original));
        List<Span> spans = all.stream().flatMap(a -> a.sentences().stream()).map(Sentence::span).toList();
        int start = 0;
        int lines = 0;
        for (String line : original.split("\n", -1)) {
            Span lineSpan = new Span(start, start + line.length());
            start += line.length() + 1;
            String text = comparable(fold(line));
            if (text.isEmpty() || text.matches("◀*上接第?\\d+版[①-⑳\\d]*")) {
                continue; // a bare continuation marker is a reference to another page, cut from the body
            }
            lines++;
            assertTrue(spans.stream().anyMatch(s -> s.start() < lineSpan.end() && lineSpan.start() < s.end()),
                    page + ": line lost: " + line);
        }
        assertTrue(lines > 50, page + " has lines");
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i, all.get(i).index());
        }
    }

    /** The segmenter tries the dateline expressions only on lines holding one of these last characters. */
    @Test
    void everyDatelineExpressionEndsWithAReportOrDispatchCharacter() {
        String last = LineClassifier.DATELINE_LAST_CHARS;
        for (String e : Lexicon.lines("/dev/tiqu/text/datelines.txt")) {
            int depth = 0;
            for (char c : e.toCharArray()) {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                assertTrue(c != '|' || depth > 0, e + ": an alternative at the top level may end otherwise");
            }
            boolean endsWithOne = last.indexOf(e.charAt(e.length() - 1)) >= 0 && !e.endsWith("\\" + e.charAt(e.length() - 1));
            boolean endsWithGroupOfThem = e.matches(".*\\(\\?:[" + last + "](?:\\|[" + last + "])*\\)");
            assertTrue(endsWithOne || endsWithGroupOfThem, e + " must end with one of " + last);
        }
    }

    @ParameterizedTest
    @MethodSource("seedPages")
    void findsTheArticlesAReaderSeesOnEachSeedPage(String page) throws IOException {
        Map<String, List<String[]>> expected = new LinkedHashMap<>();
        for (String line : Lexicon.lines("/dev/tiqu/text/seed-articles.tsv")) {
            String[] f = Arrays.copyOf(line.split("\t", -1), 3);
            expected.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
        }
        List<String[]> want = expected.get(page);
        List<Article> got = segment(page);
        List<String> titles = got.stream().map(Article::title).toList();
        assertEquals(want.size(), got.size(), page + " articles: " + titles);
        for (int i = 0; i < want.size(); i++) {
            Article a = got.get(i);
            List<String> options = Arrays.asList(want.get(i)[1].split("\\|", -1));
            assertTrue(options.contains(a.title()), page + " #" + i + " title " + a.title() + " not in " + options);
            for (String option : options) {
                assertTrue(a.headline().replace(" ", "").contains(option), "headline keeps " + option);
            }
            String byline = want.get(i)[2];
            if (byline.equals("-")) {
                assertEquals("", a.byline(), page + " #" + i);
            } else {
                assertTrue(a.byline().startsWith(byline), page + " #" + i + " byline " + a.byline());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seedPages")
    void everySentenceMapsBackToItsOriginalText(String page) throws IOException {
        String original = Files.readString(SEEDS.resolve(page), StandardCharsets.UTF_8);
        for (Article a : segment(page)) {
            assertTrue(a.span().end() <= original.length());
            for (Sentence s : a.sentences()) {
                String source = s.span().of(original);
                assertEquals(comparable(s.text()), comparable(fold(source)), page + " sentence " + s.text());
            }
        }
    }

    @Test
    void pageFurnitureAndTeasersAreNotArticles() {
        String page = """
                株洲日报
                2025年3月2日 星期日 乙巳年二月初三 第23935期 今日8版 国内统一连续出版物号CN 43-0005
                导读
                春耕备耕正当时
                第03版
                全市春季植树活动启动
                株洲日报讯(全媒体记者/李明) 3月1日,全市春季义务植树活动在神农公园启动。活动共栽种苗木2000余株。
                责任编辑:王芳
                """;
        List<Article> all = SEGMENTER.segment(Document.of("p", page));
        List<Article> articles = articlesOnly(all);
        assertEquals(1, articles.size());
        assertEquals("全市春季植树活动启动", articles.get(0).title());
        assertEquals("株洲日报讯(全媒体记者/李明)", articles.get(0).byline());
        assertTrue(articles.get(0).body().get(0).text().startsWith("3月1日"));
        // issue 12: the furniture and the teasers are kept, in page-level pseudo articles after the article
        assertEquals(List.of(Article.Kind.ARTICLE, Article.Kind.MASTHEAD, Article.Kind.TEASERS),
                all.stream().map(Article::kind).toList());
        assertEquals(List.of("株洲日报", "2025年3月2日 星期日 乙巳年二月初三 第23935期 今日8版 国内统一连续出版物号CN 43-0005",
                "导读", "责任编辑:王芳"), all.get(1).sentences().stream().map(Sentence::text).toList());
        assertEquals(List.of("春耕备耕正当时", "第03版"), all.get(2).sentences().stream().map(Sentence::text).toList());
    }

    @Test
    void headlinesPrintedAfterTheirBodiesGoToTheArticleTheyDescribe() {
        String page = """
                长沙晚报讯（记者/周洁）5月6日，长沙市岳麓区首座智慧停车楼投入使用，
                新增停车位800个，周边居民停车难问题得到缓解。

                岳麓区首座智慧停车楼投用
                长沙晚报讯（记者/陈静 通讯员/刘洋）5月6日，长沙地铁6号线东延段开始空载试运行，
                预计今年年底开通，全线设车站4座。

                地铁6号线东延段空载试运行
                """;
        List<Article> articles = articlesOnly(SEGMENTER.segment(Document.of("p", page)));
        assertEquals(List.of("岳麓区首座智慧停车楼投用", "地铁6号线东延段空载试运行"),
                articles.stream().map(Article::title).toList());
        assertEquals("长沙晚报讯（记者/陈静 通讯员/刘洋）", articles.get(1).byline());
    }

    @Test
    void narrowColumnsJoinBrokenLinesAndKeepSubheadsInTheBody() {
        String page = """
                衡阳新能源产业提速
                衡阳日报讯（记者/刘

                洋） 1 月 5 日，衡阳市新

                能源产业推进会召开。会议

                提出，今年新增光伏装机 50 万

                千瓦。

                项目建设 全面提速

                全市已签约项目 12 个，总投

                资 86 亿元。
                """;
        List<Article> articles = SEGMENTER.segment(Document.of("p", page));
        assertEquals(1, articles.size());
        Article a = articles.get(0);
        assertEquals("衡阳新能源产业提速", a.title());
        assertEquals("衡阳日报讯（记者/刘洋）", a.byline());
        List<String> body = a.body().stream().map(Sentence::text).toList();
        assertEquals(List.of("1月5日，衡阳市新能源产业推进会召开。", "会议提出，今年新增光伏装机50万千瓦。",
                "项目建设 全面提速", "全市已签约项目12个，总投资86亿元。"), body);
    }

    @Test
    void markdownHeadingsOpenArticlesAndContinuationsAreTheirOwnPieces() {
        String page = """
                ## 新春走基层
                **本报讯(记者/张敏)** 2月1日,记者走进社区。
                居民说:“日子越过越好。”

                - ◀◀上接01版② 会议强调,要狠抓落实。
                - 各部门要形成合力。
                """;
        List<Article> articles = articlesOnly(SEGMENTER.segment(Document.of("p", page)));
        assertEquals(2, articles.size());
        assertEquals("新春走基层", articles.get(0).title());
        assertEquals("本报讯(记者/张敏)", articles.get(0).byline());
        assertEquals("", articles.get(1).title());
        assertEquals("会议强调,要狠抓落实。", articles.get(1).body().get(0).text());
    }

    @Test
    void emptyPagesGiveNoArticleAndFurnitureOnlyPagesAMastheadPseudoArticle() {
        assertEquals(List.of(), SEGMENTER.segment(Document.of("e", "")));
        assertEquals(List.of(), SEGMENTER.segment(Document.of("e", "\n\n   \n")));
        List<Article> furniture = SEGMENTER.segment(Document.of("e", "今日8版\n国内统一连续出版物号CN 43-0005"));
        assertEquals(List.of(Article.Kind.MASTHEAD), furniture.stream().map(Article::kind).toList());
        assertEquals(2, furniture.get(0).sentences().size());
    }

    @Test
    void aTextWithoutTheSignsOfAPageIsOneArticleWhateverItsPunctuation() {
        for (String text : List.of("公司去年净利润达3.5亿元", "南宁市人口较上年末增加6.8万人？", "海口市旅游收入同比下降3.2%！")) {
            List<Article> articles = SEGMENTER.segment(Document.of("t", text));
            assertEquals(1, articles.size(), text);
            assertEquals(Article.Kind.ARTICLE, articles.get(0).kind());
            assertEquals(List.of(text), articles.get(0).body().stream().map(Sentence::text).toList());
        }
        // a title line, then a paragraph wrapped at a fixed width: the title, and the paragraph joined again
        String note = "西宁市发放助学金\n西宁市教育局近日向全市家庭经济困难学生发放\n助学金860万元，惠及学生1.2万人。\n";
        Article a = SEGMENTER.segment(Document.of("t", note)).get(0);
        assertEquals("西宁市发放助学金", a.title());
        assertEquals(List.of("西宁市教育局近日向全市家庭经济困难学生发放助学金860万元，惠及学生1.2万人。"),
                a.body().stream().map(Sentence::text).toList());
        // short lines of a list are sentences of their own, not run together
        Article list = SEGMENTER.segment(Document.of("t", "一、总投资5亿元\n二、新增岗位300个\n三、2025年底完工\n")).get(0);
        assertEquals(List.of("一、总投资5亿元", "二、新增岗位300个", "三、2025年底完工"),
                list.sentences().stream().map(Sentence::text).toList());
    }

    @Test
    void theLayoutCanBeForced() {
        String page = "全市春季植树活动启动\n株洲日报讯(全媒体记者/李明) 3月1日,活动在神农公园启动。\n责任编辑:王芳\n";
        assertEquals(List.of(Article.Kind.ARTICLE, Article.Kind.MASTHEAD),
                new NewspaperSegmenter(Layout.AUTO).segment(Document.of("p", page)).stream().map(Article::kind).toList());
        List<Article> plain = new NewspaperSegmenter(Layout.PLAIN).segment(Document.of("p", page));
        assertEquals(1, plain.size());
        assertEquals("全市春季植树活动启动", plain.get(0).title());
        assertEquals(List.of("株洲日报讯(全媒体记者/李明)3月1日,活动在神农公园启动。", "责任编辑:王芳"),
                plain.get(0).body().stream().map(Sentence::text).toList());
        List<Article> newspaper = new NewspaperSegmenter(Layout.NEWSPAPER).segment(Document.of("t", "公司去年净利润达3.5亿元"));
        assertEquals(List.of(Article.Kind.HEADLINES), newspaper.stream().map(Article::kind).toList());
    }

    static String comparable(String s) {
        return s.replaceAll("[\\s*#]", "");
    }

    static String fold(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.replaceAll("(?m)^\\s*[-+>] ", "").toCharArray()) {
            char f = TextCleaner.fold(c);
            if (f != 0) {
                b.append(f);
            }
        }
        return b.toString();
    }
}
