package dev.tiqu.extractors.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.pipeline.ArticleContext;
import dev.tiqu.core.text.PublicationDate;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The date example corpora: {@code date_positives.tsv} (text, publication date or {@code -},
 * expected span, expected ISO value; all rows of one text together list ALL the dates expected
 * in it), {@code date_gold_passages.tsv} (the same, for real sentences of the development
 * pages) and {@code date_negatives.tsv} (text, publication date: no DATE at all).
 */
class DateExtractorTest {

    private static final DateExtractor EXTRACTOR = new DateExtractor();
    private static final String DIR = "/dev/tiqu/extractors/date/";

    static List<String[]> rows(String name, int columns) {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(DateExtractorTest.class.getResourceAsStream(DIR + name), name),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < columns) {
                    throw new IllegalStateException(name + ": expected " + columns + " columns: " + line);
                }
                out.add(f);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    static PublicationDate date(String s) {
        return s.isBlank() || s.equals("-") ? PublicationDate.unknown() : PublicationDate.given(LocalDate.parse(s.strip()));
    }

    static List<String> found(String text, PublicationDate pub) {
        List<String> out = new ArrayList<>();
        for (Mention m : EXTRACTOR.extract(ArticleContext.ofText(text, pub))) {
            assertEquals(MentionType.DATE, m.type());
            assertEquals(text.substring(m.span().start(), m.span().end()), m.text(), "span points at the text");
            out.add(m.text() + " = " + m.date().iso());
        }
        return out;
    }

    static Stream<Arguments> positives() {
        return grouped("date_positives.tsv");
    }

    static Stream<Arguments> goldPassages() {
        return grouped("date_gold_passages.tsv");
    }

    static Stream<Arguments> grouped(String file) {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (String[] f : rows(file, 4)) {
            expected.computeIfAbsent(f[0] + "\t" + f[1].strip(), k -> new ArrayList<>())
                    .add(f[2].strip() + " = " + f[3].strip());
        }
        return expected.entrySet().stream().map(e -> {
            String[] k = e.getKey().split("\t", -1);
            return Arguments.of(k[0], k[1], e.getValue());
        });
    }

    @ParameterizedTest(name = "{0} @{1}")
    @MethodSource("positives")
    void findsAllExpectedDates(String text, String pub, List<String> expected) {
        assertEquals(expected, found(text, date(pub)), text);
    }

    @ParameterizedTest(name = "{0} @{1}")
    @MethodSource("goldPassages")
    void findsTheGoldDatesOfRealSentences(String text, String pub, List<String> expected) {
        assertEquals(expected, found(text, date(pub)), text);
    }

    static Stream<Arguments> negatives() {
        return rows("date_negatives.tsv", 2).stream().map(f -> Arguments.of(f[0], f[1].strip()));
    }

    @ParameterizedTest(name = "{0} @{1}")
    @MethodSource("negatives")
    void findsNoDate(String text, String pub) {
        assertEquals(List.of(), found(text, date(pub)), text);
    }

    @Test
    void corporaAreLarge() {
        assertTrue(rows("date_positives.tsv", 4).size() >= 200);
        assertTrue(rows("date_negatives.tsv", 2).size() >= 80);
    }

    @Test
    void nameIsDate() {
        assertEquals("date", EXTRACTOR.name());
    }
}
