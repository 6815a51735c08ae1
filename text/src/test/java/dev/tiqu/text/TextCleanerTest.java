package dev.tiqu.text;

import dev.tiqu.core.text.AlignedText;
import dev.tiqu.core.text.Span;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextCleanerTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            儿 童 福 利 保 障 水 平                | 儿童福利保障水平
            11 月 22 日，市民政局                  | 11月22日，市民政局
            不低于 700 元/月                       | 不低于700元/月
            １２％的增长                            | 12%的增长
            金额达 ２８４９．５２９ 万元            | 金额达2849.529万元
            ## 做大做强硬质合金产业集群            | 做大做强硬质合金产业集群
            **株洲日报讯(全媒体记者/温琳)** 近年   | 株洲日报讯(全媒体记者/温琳)近年
            - 赵卫(焊工)                           | 赵卫(焊工)
            > 引用的一段话                         | 引用的一段话
            通讯员/康菊平 黄文亮                   | 通讯员/康菊平 黄文亮
            市委常委会召开会议 曹慧泉主持并讲话    | 市委常委会召开会议 曹慧泉主持并讲话
            方 的 口 碑 ，长 此 以 往              | 方的口碑，长此以往
            SET150S 矿用车                          | SET150S矿用车
            ZHIZHU XIA VIDEO                       | ZHIZHU XIA VIDEO
            `  前后空格  `                         | 前后空格
            全角　空格　分隔                       | 全角 空格 分隔
            """)
    void cleansOneLine(String raw, String expected) {
        List<TextCleaner.Line> lines = TextCleaner.lines(raw);
        assertEquals(1, lines.size());
        assertEquals(expected, lines.get(0).string());
    }

    @org.junit.jupiter.api.Test
    void remembersMarkdownHeadingsAndBold() {
        assertEquals(2, TextCleaner.lines("## 标题").get(0).headingLevel());
        assertEquals(3, TextCleaner.lines("### 小标题").get(0).headingLevel());
        assertEquals(0, TextCleaner.lines("#话题").get(0).headingLevel());
        assertTrue(TextCleaner.lines("**降低成本 帮企业守住“钱袋子”**").get(0).bold());
        assertTrue(TextCleaner.lines("- ◀◀上接01版①**").get(0).bullet());
    }

    @org.junit.jupiter.api.Test
    void everyCleanedCharacterMapsBackToTheCharacterItCameFrom() {
        String original = "株洲日报讯（全媒体记者/徐\r\n\r\n滔） 11 月 22 日，\u0000金额 ２８４９．５２９ 万元。";
        AlignedText clean = TextCleaner.clean(original);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            String source = original.substring(clean.originalStart(i), clean.originalEnd(i));
            if (c == '\n') {
                assertTrue(source.equals("\r") || source.equals("\n"), "line break from " + source);
            } else {
                assertEquals(String.valueOf(c), String.valueOf(TextCleaner.fold(source.charAt(0))), "char " + i);
            }
        }
        int at = clean.text().indexOf("11月22日");
        Span span = clean.toOriginal(at, at + "11月22日".length());
        assertEquals("11 月 22 日", span.of(original));
        assertTrue(clean.text().indexOf('\u0000') < 0, "control characters are dropped");
    }

    @org.junit.jupiter.api.Test
    void emptyAndBlankInputGiveBlankLines() {
        assertEquals(1, TextCleaner.lines("").size());
        assertTrue(TextCleaner.lines("   \n\t").stream().allMatch(TextCleaner.Line::isBlank));
        assertEquals("", TextCleaner.clean("").text());
    }
}
