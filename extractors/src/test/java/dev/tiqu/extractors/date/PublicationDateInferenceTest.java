package dev.tiqu.extractors.date;

import dev.tiqu.text.PlainText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiqu.core.pipeline.ArticleContext;
import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Document;
import dev.tiqu.text.NewspaperSegmenter;
import dev.tiqu.core.text.Page;
import dev.tiqu.core.text.PublicationDate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The publication date corpus ({@code publication_dates.tsv}) and the five seed pages. */
class PublicationDateInferenceTest {

    private static final PublicationDateInference INFERENCE = new PublicationDateInference();

    /** A page of articles separated by " || ", each read as one plain-text article. */
    static Page page(String text) {
        List<Article> articles = new ArrayList<>();
        for (String part : text.split(" \\|\\| ")) {
            articles.add(PlainText.context(part, PublicationDate.unknown()).article());
        }
        return new Page(Document.of("test", text), PublicationDate.unknown(), articles);
    }

    static Stream<Arguments> corpus() {
        return DateExtractorTest.rows("publication_dates.tsv", 3).stream()
                .map(f -> Arguments.of(f[0].replace("\\n", "\n"), f[1].strip(), f[2].strip()));
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @MethodSource("corpus")
    void infers(String text, String date, String source) {
        PublicationDate got = INFERENCE.apply(page(text));
        assertEquals(PublicationDate.Source.valueOf(source), got.source(), text);
        assertEquals(date.equals("-") ? null : LocalDate.parse(date), got.date(), text);
    }

    @Test
    void keepsAGivenDate() {
        PublicationDate given = PublicationDate.given(LocalDate.of(2020, 5, 1));
        Page p = new Page(new Document("x", "2024年11月24日 星期日", given), given, List.of());
        assertSame(given, INFERENCE.apply(p));
    }

    @Test
    void ignoresAWeekdayDateDeepInsideALine() {
        String text = "甲".repeat(PublicationDateInference.MASTHEAD_WINDOW) + "会议定于2024年11月29日（星期五）召开。";
        assertTrue(PublicationDateInference.masthead(text).isEmpty());
        assertEquals(LocalDate.of(2024, 11, 29),
                PublicationDateInference.masthead("甲".repeat(PublicationDateInference.MASTHEAD_WINDOW)
                        + "\n2024年11月29日 星期五\n").orElseThrow());
    }

    /**
     * The seed pages through the real segmenter: 003 prints its masthead; 000's leads give
     * 11月23日 and the year 2024 beside 11月22日; 004's leads give 11月20日 and its body
     * 2021年11月20日; 002's leads give 1月4日 and a notice 2023年12月29日 (across the turn of the
     * year); 001 gives days without any year and stays unknown.
     */
    @ParameterizedTest
    @CsvSource({
        "000_0b260c43b3846790.txt, 2024-11-24, INFERRED",
        "001_0a2b328eef8e1e59.txt, -, UNKNOWN",
        "002_b290fb6dc75b2668.txt, 2024-01-05, INFERRED",
        "003_d816eb868a5907e7.txt, 2024-12-31, MASTHEAD",
        "004_38f81babc8b1bb52.txt, 2021-11-21, INFERRED",
    })
    void seeds(String doc, String date, String source) throws IOException {
        Path dir = Stream.of(Path.of("seeds"), Path.of("..", "seeds")).filter(Files::isDirectory).findFirst().orElseThrow();
        Document d = Document.of(doc, Files.readString(dir.resolve(doc), StandardCharsets.UTF_8));
        Page p = new Page(d, d.publicationDate(), new NewspaperSegmenter().segment(d));
        PublicationDate got = INFERENCE.apply(p);
        assertEquals(PublicationDate.Source.valueOf(source), got.source(), doc);
        assertEquals(date.equals("-") ? null : LocalDate.parse(date), got.date(), doc);
    }
}
