package dev.tiqu.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.pipeline.DocumentResult;
import dev.tiqu.core.pipeline.Pipeline;
import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Document;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12: the masthead, teaser and editor lines of pages of other papers are mined into
 * page-level pseudo articles, and what is found there is right (no junk from page numbers,
 * issue numbers or lunar dates).
 */
class PageLevelLinesTest {

    private static final Pipeline PIPELINE = StandardPipeline.builder().build();

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "page-1.txt; masthead ORGANIZATION 长沙晚报|masthead DATE 2025-04-08|masthead ORGANIZATION 中共长沙市委"
                + "|masthead ORGANIZATION 长沙晚报社|teasers DATE 2025-04-04|teasers QUANTITY 28万人次",
        "page-2.txt; masthead ORGANIZATION 南方日报|masthead DATE 2024-09-10",
        "page-4.txt; masthead ORGANIZATION 成都日报",
    })
    void pageLevelLinesAreMinedWithoutJunk(String page, String expected) throws IOException {
        String text;
        try (InputStream in = PageLevelLinesTest.class.getResourceAsStream("/dev/tiqu/standard/pages/" + page)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        DocumentResult r = PIPELINE.process(Document.of(page, text));
        List<String> got = new ArrayList<>();
        for (Mention m : r.mentions()) {
            Article a = r.page().articles().get(m.article());
            if (!a.isArticle()) {
                String value = m.value().normalized().isEmpty() ? m.text() : m.value().normalized();
                got.add(a.kind().label() + " " + m.type() + " " + value);
            }
        }
        assertEquals(List.of(expected.split("\\|")), got);
    }
}
