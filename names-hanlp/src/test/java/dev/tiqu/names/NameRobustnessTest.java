package dev.tiqu.names;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Odd input never throws and yields only well-formed names. */
class NameRobustnessTest {

    @BeforeAll
    static void load() {
        NameCorpusTest.load();
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "。", "，，，", "（）", "（以下简称“”）", "记者/", "记者/ 摄", "通讯员/通讯员/",
            "市委", "局", "有限公司", "（简称", "株洲日报讯（全媒体记者/", "ABC Company Ltd.", "12345", "王",
            "摄", "某某", "、、、王某、、", "有限公司有限公司有限公司", "市长市长市长", "以下简称“株洲”）"})
    void oddInputIsHandled(String text) {
        List<Mention> mentions = assertDoesNotThrow(() -> NameCorpusTest.run(text));
        for (Mention m : mentions) {
            assertTrue(m.type() == MentionType.PERSON || m.type() == MentionType.ORGANIZATION);
            assertTrue(m.span().end() <= text.length() && m.span().start() >= 0, m.toString());
            assertEquals(text.substring(m.span().start(), m.span().end()), m.text());
            assertTrue(m.text().length() >= 2, m.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"记者/", "有限公司", "市长市长市长", "摄", "（以下简称“”）", "局"})
    void noNameFromCuesAlone(String text) {
        assertEquals(List.of(), NameCorpusTest.run(text));
    }
}
