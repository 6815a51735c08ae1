package dev.tiqu.extractors.number;

import dev.tiqu.text.PlainText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tiqu.core.Lexicon;
import dev.tiqu.core.mention.Amount;
import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.mention.Qualifier;
import dev.tiqu.core.pipeline.ArticleContext;
import dev.tiqu.core.pipeline.Extractor;
import dev.tiqu.core.text.PublicationDate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Reads the example corpora of the amount extractors and checks an extractor against them.
 *
 * <p>Positives ({@code positives.tsv}): {@code input, text, value, max, unit, per, qualifier,
 * canonical}, one line per expected mention; the lines of one input list ALL the mentions of
 * that type the extractor must find in it (no more). Negatives ({@code negatives.tsv}):
 * {@code input[, why]}: the extractor must find nothing.
 */
public final class AmountCorpus {

    private AmountCorpus() {
    }

    /** One expected mention. */
    public record Expected(String text, BigDecimal value, BigDecimal max, String unit, String per,
                           Qualifier qualifier, String canonical) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** Positive cases grouped by input, in file order: (input, List<Expected>). */
    public static Stream<Arguments> positives(String resource) {
        Map<String, List<Expected>> byInput = new LinkedHashMap<>();
        for (String line : Lexicon.lines(resource)) {
            String[] f = line.split("\t", -1);
            if (f.length < 3) {
                throw new IllegalStateException("short line in " + resource + ": " + line);
            }
            String input = f[0].strip();
            if (f[1].isBlank()) {
                throw new IllegalStateException("positive line without text in " + resource + ": " + line);
            }
            byInput.computeIfAbsent(input, k -> new ArrayList<>()).add(new Expected(
                    f[1].strip(), new BigDecimal(f[2].strip()), field(f, 3).isEmpty() ? null : new BigDecimal(field(f, 3)),
                    field(f, 4), field(f, 5), Qualifier.fromLabel(field(f, 6)), field(f, 7)));
        }
        return byInput.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    /** Negative inputs, in file order. */
    public static Stream<String> negatives(String resource) {
        return Lexicon.lines(resource).stream().map(l -> l.split("\t", -1)[0].strip());
    }

    public static List<Mention> run(Extractor extractor, MentionType type, String input) {
        return extractor.extract(PlainText.context(input, PublicationDate.unknown())).stream()
                .filter(m -> m.type() == type)
                .sorted(Mention.DOCUMENT_ORDER)
                .toList();
    }

    /** Asserts that {@code extractor} finds exactly {@code expected} in {@code input}. */
    public static void check(Extractor extractor, MentionType type, String input, List<Expected> expected) {
        List<Mention> found = run(extractor, type, input);
        String foundTexts = found.stream().map(AmountCorpus::describe).collect(Collectors.joining(" | "));
        assertEquals(expected.stream().map(Expected::text).toList(), found.stream().map(Mention::text).toList(),
                "mentions in «" + input + "»: " + foundTexts);
        for (int i = 0; i < expected.size(); i++) {
            Expected x = expected.get(i);
            Amount a = found.get(i).amount();
            String where = x.text() + " in «" + input + "»: " + describe(found.get(i));
            assertEquals(0, x.value().compareTo(a.value()), "value of " + where);
            if (x.max() == null) {
                assertEquals(null, a.max(), "max of " + where);
            } else {
                assertTrue(a.max() != null && x.max().compareTo(a.max()) == 0, "max of " + where);
            }
            assertEquals(x.unit(), a.unit(), "unit of " + where);
            assertEquals(x.per(), a.per(), "per of " + where);
            assertEquals(x.qualifier(), a.qualifier(), "qualifier of " + where);
            assertEquals(x.canonical(), a.normalized(), "canonical of " + where);
        }
    }

    /** Asserts that {@code extractor} finds nothing of {@code type} in {@code input}. */
    public static void checkNone(Extractor extractor, MentionType type, String input) {
        List<Mention> found = run(extractor, type, input);
        if (!found.isEmpty()) {
            fail("expected no " + type + " in «" + input + "» but found "
                    + found.stream().map(AmountCorpus::describe).collect(Collectors.joining(" | ")));
        }
    }

    public static String describe(Mention m) {
        Amount a = m.amount();
        return m.text() + " = " + Amount.plain(a.value()) + (a.max() == null ? "" : ".." + Amount.plain(a.max()))
                + " " + a.unit() + (a.per().isEmpty() ? "" : " per " + a.per())
                + (a.qualifier() == Qualifier.NONE ? "" : " " + a.qualifier().label())
                + (a.normalized().isEmpty() ? "" : " [" + a.normalized() + "]");
    }

    private static String field(String[] f, int i) {
        return i < f.length ? f[i].strip() : "";
    }
}
