package dev.tiqu.corenlp;

import dev.tiqu.devtools.eval.Accuracy;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Document;
import dev.tiqu.text.NewspaperSegmenter;
import dev.tiqu.core.text.Sentence;
import dev.tiqu.names.NamedSpan;
import org.junit.jupiter.api.Test;

import javax.json.Json;
import javax.json.JsonObject;
import javax.json.JsonReader;
import javax.json.JsonString;
import javax.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Measures the raw backend on the seed pages: distinct-name precision, recall and F1 for PERSON
 * and ORGANIZATION against the two gold pages (no tiqu rule layer), throughput over all seed
 * pages, model load time and heap. Two inputs are scored: the sentences of the articles found
 * by {@link NewspaperSegmenter} (cleaned text, one call per sentence, as the pipeline calls a
 * backend), and each whole page with only its whitespace removed (one call per page).
 */
class CoreNlpGoldEvaluationTest {

    private static final Path SEEDS = Path.of("..", "seeds");
    private static final NewspaperSegmenter SEGMENTER = new NewspaperSegmenter();
    private static final String[] GOLD = {"000_0b260c43b3846790", "001_0a2b328eef8e1e59"};

    /** Regression floors, a little under the figures measured with CoreNLP 4.5.7. */
    private static final double MIN_PERSON_F1 = 0.70;
    private static final double MIN_ORGANIZATION_F1 = 0.25;

    @Test
    void rawBackendAgainstGoldAndThroughput() throws IOException {
        CoreNlpRecognizer recognizer = SharedRecognizer.recognizer();
        Score persons = new Score();
        Score organizations = new Score();
        Score pagePersons = new Score();
        Score pageOrganizations = new Score();
        for (String doc : GOLD) {
            String page = Files.readString(SEEDS.resolve(doc + ".txt"), StandardCharsets.UTF_8);
            JsonObject gold = gold(doc);
            Set<String> predictedPersons = new LinkedHashSet<>();
            Set<String> predictedOrganizations = new LinkedHashSet<>();
            for (String sentence : sentences(page)) {
                List<NamedSpan> spans = recognizer.recognize(sentence);
                predictedPersons.addAll(distinct(sentence, spans, MentionType.PERSON));
                predictedOrganizations.addAll(distinct(sentence, spans, MentionType.ORGANIZATION));
            }
            String stripped = strip(page);
            List<NamedSpan> pageSpans = recognizer.recognize(stripped);

            List<Set<String>> goldPersons = new ArrayList<>();
            gold.getJsonArray("persons").getValuesAs(JsonObject.class)
                    .forEach(p -> goldPersons.add(Set.of(p.getString("name"))));
            List<Set<String>> goldOrganizations = new ArrayList<>();
            for (JsonObject o : gold.getJsonArray("organizations").getValuesAs(JsonObject.class)) {
                Set<String> names = new LinkedHashSet<>();
                names.add(o.getString("name"));
                o.getJsonArray("aliases").getValuesAs(JsonString.class).forEach(a -> names.add(a.getString()));
                goldOrganizations.add(names);
            }
            persons.add(predictedPersons, goldPersons);
            organizations.add(predictedOrganizations, goldOrganizations);
            pagePersons.add(distinct(stripped, pageSpans, MentionType.PERSON), goldPersons);
            pageOrganizations.add(distinct(stripped, pageSpans, MentionType.ORGANIZATION), goldOrganizations);
            System.out.println("[corenlp] " + doc + " PERSON predicted " + predictedPersons);
            System.out.println("[corenlp] " + doc + " ORGANIZATION predicted " + predictedOrganizations);
        }
        System.out.println("[corenlp] raw distinct-name scores on the 2 gold pages, segmented sentences:");
        System.out.println("[corenlp]   PERSON       " + persons);
        System.out.println("[corenlp]   ORGANIZATION " + organizations);
        System.out.println("[corenlp] raw distinct-name scores on the 2 gold pages, whole pages without whitespace:");
        System.out.println("[corenlp]   PERSON       " + pagePersons);
        System.out.println("[corenlp]   ORGANIZATION " + pageOrganizations);

        long chars = 0;
        long start = System.nanoTime();
        List<Path> pages;
        try (Stream<Path> files = Files.list(SEEDS)) {
            pages = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int calls = 0;
        for (Path page : pages) {
            for (String sentence : sentences(Files.readString(page, StandardCharsets.UTF_8))) {
                recognizer.recognize(sentence);
                chars += sentence.length();
                calls++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("[corenlp] model load %.1f s; %d seed pages, %d sentences, %d chars in %.1f s: %.0f chars/s%n",
                SharedRecognizer.loadSeconds(), pages.size(), calls, chars, seconds, chars / seconds);
        System.gc();
        long liveMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
        long peakMb = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakMb += pool.getPeakUsage().getUsed() >> 20;
            }
        }
        System.out.printf("[corenlp] heap: %d MB live after GC, %d MB sum of pool peaks, max %d MB%n",
                liveMb, peakMb, Runtime.getRuntime().maxMemory() >> 20);

        assertEquals(5, pages.size(), "seed pages");
        assertTrue(persons.f1() >= MIN_PERSON_F1, "PERSON " + persons);
        assertTrue(pagePersons.f1() >= MIN_PERSON_F1, "PERSON, whole pages " + pagePersons);
        assertTrue(organizations.f1() >= MIN_ORGANIZATION_F1, "ORGANIZATION " + organizations);
        assertTrue(pageOrganizations.f1() >= MIN_ORGANIZATION_F1, "ORGANIZATION, whole pages " + pageOrganizations);
    }

    /** The cleaned sentences of every article of a page, as the pipeline hands them to a backend. */
    private static List<String> sentences(String page) {
        List<String> sentences = new ArrayList<>();
        for (Article article : SEGMENTER.segment(Document.of("page", page))) {
            for (Sentence sentence : article.sentences()) {
                sentences.add(sentence.text());
            }
        }
        return sentences;
    }

    /** Whitespace (line breaks, letter-spacing, U+3000) removed. */
    private static String strip(String page) {
        return page.replaceAll("[\\s\\u3000]+", "");
    }

    private static Set<String> distinct(String text, List<NamedSpan> spans, MentionType type) {
        Set<String> names = new LinkedHashSet<>();
        for (NamedSpan s : spans) {
            if (s.type() == type) {
                names.add(text.substring(s.start(), s.end()));
            }
        }
        return names;
    }

    private static JsonObject gold(String doc) throws IOException {
        try (InputStream in = CoreNlpGoldEvaluationTest.class.getResourceAsStream("/gold/" + doc + ".json")) {
            if (in == null) {
                throw new IllegalStateException("missing gold " + doc);
            }
            try (JsonReader reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                JsonObject gold = reader.readObject();
                assertEquals(JsonValue.ValueType.STRING, gold.get("doc").getValueType());
                return gold;
            }
        }
    }

    /**
     * Distinct-name counts summed over pages: a predicted name is correct if it equals a gold
     * entity's name or alias; a gold entity is found if any of its names was predicted.
     */
    private static final class Score {
        int predicted;
        int correct;
        int gold;
        int found;

        void add(Set<String> predictedNames, List<Set<String>> goldEntities) {
            predicted += predictedNames.size();
            for (String name : predictedNames) {
                if (goldEntities.stream().anyMatch(e -> e.contains(name))) {
                    correct++;
                }
            }
            gold += goldEntities.size();
            for (Set<String> entity : goldEntities) {
                if (entity.stream().anyMatch(predictedNames::contains)) {
                    found++;
                }
            }
        }

        Accuracy accuracy() {
            return new Accuracy(predicted, correct, gold, found);
        }

        double precision() {
            return accuracy().precision();
        }

        double recall() {
            return accuracy().recall();
        }

        double f1() {
            return accuracy().f1();
        }

        @Override
        public String toString() {
            return String.format("P %.3f (%d/%d)  R %.3f (%d/%d)  F1 %.3f",
                    precision(), correct, predicted, recall(), found, gold, f1());
        }
    }
}
