package dev.tiqu.names;

import dev.tiqu.names.hanlp.HanlpRecognizerProvider;
import dev.tiqu.text.PlainText;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.pipeline.ArticleContext;
import dev.tiqu.core.text.PublicationDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rule layers work with any backend: with one that finds nothing, bylines, titled names and
 * suffix-grammar organizations are still found from the word lookups alone.
 */
class BackendIndependenceTest {

    /** The rule layers still need a backend's word lookups: HanLP's dictionary. */
    private static final WordAnalyzer HANLP_WORDS = new HanlpRecognizerProvider().create().words();

    private static final NameRecognizer SILENT = new NameRecognizer() {
        @Override
        public String name() {
            return "silent";
        }

        @Override
        public List<NamedSpan> recognize(String text) {
            return List.of();
        }

        @Override
        public WordAnalyzer words() {
            return HANLP_WORDS;
        }
    };

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '\t', value = {
        "株洲日报讯（全媒体记者/何春林 通讯员/王佳佳）11月22日晚，零工驿站启用。\tPERSON\t何春林|王佳佳",
        "市委副书记、市长陈恢清出席会议并讲话。\tPERSON\t陈恢清",
        "摩洛哥首相阿赫努什等到机场送行。\tPERSON\t阿赫努什",
        "“我是一名宝妈。”顾女士说。\tPERSON\t顾女士",
        "今年以来，市民政局认真贯彻落实市委、市政府的工作部署。\tORGANIZATION\t市委|市政府|市民政局",
        "会上，中车株洲电力机车研究所有限公司发布了最新研究成果。\tORGANIZATION\t中车株洲电力机车研究所有限公司",
    })
    void rulesAloneFindNames(String sentence, MentionType type, String expected) {
        ArticleContext ctx = PlainText.context(sentence, PublicationDate.unknown());
        Set<String> found = new TreeSet<>();
        for (Mention m : new NameExtractor(SILENT).extract(ctx)) {
            if (m.type() == type) {
                found.add(m.text());
                assertEquals("names", m.source(), "rule hits are attributed to the extractor");
            }
        }
        assertEquals(new TreeSet<>(List.of(expected.split("\\|"))), found);
    }
}
