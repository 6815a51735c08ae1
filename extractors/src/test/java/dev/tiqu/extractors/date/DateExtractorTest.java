package dev.tiqu.extractors.date;

import dev.tiqu.text.PlainText;
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
        for (Mention m : EXTRACTOR.extract(PlainText.context(text, pub))) {
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

    /** The year-boundary rule of {@link DateResolver}, spelled out. */
    @Test
    void yearLessDatesMoreThanHalfAYearAheadBelongToThePreviousYear() {
        PublicationDate jan5 = PublicationDate.given(LocalDate.of(2025, 1, 5));
        assertEquals(List.of("12月29日 = 2024-12-29"), found("12月29日，厦门举行发布会。", jan5));
        assertEquals(List.of("7月5日 = 2025-07-05"), found("7月5日，新站投用。", jan5));
        assertEquals(List.of("7月6日 = 2024-07-06"), found("7月6日，新站投用。", jan5));
        PublicationDate june15 = PublicationDate.given(LocalDate.of(2024, 6, 15));
        assertEquals(List.of("9月1日 = 2024-09-01"), found("9月1日起，新规施行。", june15));
    }

    /** Random date-like garbage never throws and only yields valid ISO values. */
    @Test
    void neverThrowsOnGarbage() {
        String alphabet = "0123456789年月日号至到-—～今去明昨前当晚上下午时点分:：十一二三九〇两初底旬度季半，。、 ";
        java.util.Random random = new java.util.Random(20241124);
        PublicationDate pub = PublicationDate.given(LocalDate.of(2024, 2, 29));
        for (int n = 0; n < 3000; n++) {
            StringBuilder b = new StringBuilder();
            int length = 1 + random.nextInt(24);
            for (int i = 0; i < length; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            List<String> dates = found(text, n % 2 == 0 ? pub : PublicationDate.unknown());
            assertTrue(dates.stream().allMatch(d -> d.contains(" = ")), text);
        }
    }

    @Test
    void nameIsDate() {
        assertEquals("date", EXTRACTOR.name());
    }
}
