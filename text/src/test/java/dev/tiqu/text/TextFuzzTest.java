package dev.tiqu.text;

import dev.tiqu.core.text.AlignedText;
import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Document;
import dev.tiqu.core.text.Sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Property tests: the cleaner and the segmenter never throw and never produce a bad offset. *
 * <p>The seed is fixed so that every build draws the same inputs (a random draw once turned CI red
 * on a case no one had written); to explore, remove the seed and raise the tries locally.
 */
class TextFuzzTest {

    private static final NewspaperSegmenter SEGMENTER = new NewspaperSegmenter();

    /** Pages built from the pieces real pages are made of, in any order and amount. */
    @Provide
    Arbitrary<String> pages() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("株洲日报讯（全媒体记者/", "新华社电", "本报讯(记者 ", "）", ")", "通讯员/", "记者/",
                        "## ", "**", "- ", "◀◀上接01版", "今日8版", "导读", "第02版", "供图", "摄", "图为",
                        "\n", "\n\n", "\r\n", " ", "　", "。", "，", "、", "“", "”", "？", "；", "：",
                        "11 月 22 日", "700 元/月", "１２％", "2849.529万元", "市民政局", "曹慧泉", "零工驿站"),
                Arbitraries.strings().withCharRange('\u4E00', '\u4E80').ofMinLength(1).ofMaxLength(20),
                Arbitraries.strings().all().ofMaxLength(6));
        return piece.list().ofMaxSize(80).map(l -> String.join("", l));
    }

    @Property(tries = 600, seed = "20261203")
    void cleaningKeepsEveryCharacterAlignedToItsSource(@ForAll("pages") String page) {
        AlignedText clean = TextCleaner.clean(page);
        int previous = 0;
        for (int i = 0; i < clean.length(); i++) {
            int s = clean.originalStart(i);
            int e = clean.originalEnd(i);
            assertTrue(0 <= s && s < e && e <= page.length(), "char " + i + " maps to [" + s + ", " + e + ")");
            assertTrue(s >= previous, "alignment runs forward");
            previous = s;
        }
    }

    @Property(tries = 600, seed = "20261203")
    void segmentationNeverThrowsAndSentencesPointIntoThePage(@ForAll("pages") String page) {
        List<Article> articles = SEGMENTER.segment(Document.of("fuzz", page));
        int index = 0;
        for (Article a : articles) {
            assertEquals(index++, a.index());
            assertTrue(a.span().end() <= page.length());
            for (Sentence s : a.sentences()) {
                assertFalse(s.text().isBlank(), "no blank sentences");
                assertTrue(s.span().end() <= page.length() && s.span().length() > 0);
                assertFalse(s.text().contains("\n"), "sentences have no line breaks");
            }
        }
    }

    @net.jqwik.api.Example
    void aDatelineBracketNeverSpansALineBreak() {
        String page = "株洲日报讯（全媒体记者/\n）株洲日报讯（全媒体记者/株洲日报讯（全媒体记者/\n）株洲日报讯（全媒体记者/";
        segmentationNeverThrowsAndSentencesPointIntoThePage(page);
    }

    @Property(tries = 300, seed = "20261203")
    void arbitraryUnicodeNeverBreaksTheSegmenter(@ForAll String any) {
        for (Article a : SEGMENTER.segment(Document.of("fuzz", any))) {
            assertTrue(a.span().end() <= any.length());
        }
    }
}
