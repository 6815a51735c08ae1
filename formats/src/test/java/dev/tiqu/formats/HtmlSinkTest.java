package dev.tiqu.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiqu.core.mention.Amount;
import dev.tiqu.core.mention.DateValue;
import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.mention.NameValue;
import dev.tiqu.core.pipeline.DocumentResult;
import dev.tiqu.core.text.Page;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlSinkTest {

    /**
     * Every mention of a result is one mark of its type, at its offsets, around its text; used by
     * the CLI's tests on the real pipeline's output as well.
     */
    static void assertEveryMentionHighlighted(Document html, List<Mention> mentions) {
        for (Mention m : mentions) {
            Element mark = html.selectFirst("mark[data-start=" + m.span().start() + "][data-end=" + m.span().end()
                    + "]." + m.type().name());
            assertNotNull(mark, "no mark for " + m.type() + " " + m.text() + " at " + m.span());
            if (!mark.hasAttr("data-cut")) {
                assertEquals(m.text().replaceAll("\\s", ""), mark.text().replaceAll("\\s", ""), "text of " + m);
            }
            assertTrue(mark.attr("title").startsWith(HtmlPage.label(m.type()) + ": "), mark.attr("title"));
        }
        assertEquals(mentions.size(), html.select("mark.m").size(), "one mark per mention");
    }

    @Test
    void mentionsAreHighlightedWithTheirValueAndRowsLinkToTheirSentence(@TempDir Path dir) throws IOException {
        DocumentResult r = Fixture.subsidy();
        try (HtmlSink sink = new HtmlSink(dir, List.of(Fixture.SUBSIDY))) {
            sink.accept(r);
        }
        Path report = dir.resolve(HtmlSink.FOLDER);
        Document page = Jsoup.parse(report.resolve("00001_cd-2025-03.txt.html").toFile(), "UTF-8");
        assertEveryMentionHighlighted(page, r.mentions());
        assertEquals("Money: 300 CNY per 人/月", page.selectFirst("mark.MONEY").attr("title"));
        assertEquals("Date: 2025-03-01/2025-03-31 (2025-03-01 to 2025-03-31, day)",
                page.selectFirst("mark.DATE").attr("title"));
        assertEquals("Person: 王建国 (局长)", page.selectFirst("mark.PERSON").attr("title"));
        assertEquals(6, page.select(".legend span").size(), "a legend entry per type");

        Element link = page.selectFirst("#d-subsidy a.row-link");
        assertNotNull(link);
        Element sentence = page.getElementById(link.attr("href").substring(1));
        assertNotNull(sentence, "the row's sentence is on the page");
        assertTrue(sentence.text().contains("每人每月300元"));
        assertTrue(page.select("script, link[rel=stylesheet], img").isEmpty(), "self-contained");

        Document index = Jsoup.parse(report.resolve("index.html").toFile(), "UTF-8");
        Element row = index.select("#documents tr").get(1);
        assertEquals("00001_cd-2025-03.txt.html", row.selectFirst("a").attr("href"));
        assertEquals("2", row.select("td").get(3).text(), "two MONEY mentions");
        assertNotNull(index.selectFirst("svg#chart rect"), "the chart");
    }

    @Test
    void nestedAndCrossingMentionsAreAllShownAndTextIsEscaped(@TempDir Path dir) throws IOException {
        String text = "深圳<市>&公告\n深圳市南山区人民法院于2025年6月18日判决赔偿5万元。";
        Page page = Fixture.page("sz&court.txt", text, LocalDate.of(2025, 6, 20));
        List<Mention> ms = new ArrayList<>(List.of(
                Fixture.mention(page, MentionType.ORGANIZATION, "深圳市南山区人民法院", new NameValue("深圳市南山区人民法院", "")),
                Fixture.mention(page, MentionType.ORGANIZATION, "南山区", new NameValue("南山区", "")),
                Fixture.mention(page, MentionType.DATE, "法院于2025年6月", new DateValue("2025-06")),
                Fixture.mention(page, MentionType.MONEY, "5万元", Amount.of(new BigDecimal("50000"), "CNY"))));
        ms.sort(Mention.DOCUMENT_ORDER);
        DocumentResult r = new DocumentResult(page, ms, Map.of(), Map.of());
        try (HtmlSink sink = new HtmlSink(dir, List.of())) {
            sink.accept(r);
        }
        Document html = Jsoup.parse(dir.resolve(HtmlSink.FOLDER).resolve("00001_sz_court.txt.html").toFile(), "UTF-8");
        assertEveryMentionHighlighted(html, ms);
        assertEquals("南山区", html.selectFirst("mark.ORGANIZATION mark.ORGANIZATION").text(), "nested");
        Element cut = html.selectFirst("mark.DATE");
        assertEquals("true", cut.attr("data-cut"), "a crossing mention is cut at the end of the one it starts in");
        assertEquals("深圳<市>&公告", html.selectFirst("h2").text());
        assertFalse(html.html().contains("<市>"), "escaped");
    }
}
