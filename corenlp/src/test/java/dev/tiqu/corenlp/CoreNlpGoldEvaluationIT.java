package dev.tiqu.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.pipeline.Pipeline;
import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Document;
import dev.tiqu.core.text.Sentence;
import dev.tiqu.devtools.eval.Evaluation;
import dev.tiqu.devtools.eval.GoldPage;
import dev.tiqu.devtools.eval.Score;
import dev.tiqu.names.NamedSpan;
import dev.tiqu.standard.StandardPipeline;
import dev.tiqu.text.NewspaperSegmenter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Measures the CoreNLP backend on the seed pages with the one gold scorer ({@link Evaluation}):
 * distinct-name precision, recall and F1 for PERSON and ORGANIZATION on the two gold pages, raw
 * (the backend alone, on the sentences of the segmented articles and on each whole page with its
 * whitespace removed) and through tiqu's rule layers; throughput over all seed pages, model load
 * time and heap. Runs with no HanLP on the class path: the backend needs none.
 */
class CoreNlpGoldEvaluationIT {

    private static final Path SEEDS = Path.of("..", "seeds");
    private static final NewspaperSegmenter SEGMENTER = new NewspaperSegmenter();

    /** Regression floors, a little under the figures measured with CoreNLP 4.5.7. */
    private static final double MIN_PERSON_F1 = 0.70;
    private static final double MIN_ORGANIZATION_F1 = 0.25;

    @Test
    void hanlpIsNotOnTheClassPath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("com.hankcs.hanlp.HanLP"));
    }

    @Test
    void rawAndLayeredAgainstGoldAndThroughput() throws IOException {
        CoreNlpRecognizer recognizer = SharedRecognizer.recognizer();
        Pipeline layered = StandardPipeline.builder(recognizer).build();
        Map<String, Score> raw = new LinkedHashMap<>();
        Map<String, Score> rawPages = new LinkedHashMap<>();
        Map<String, Score> rules = new LinkedHashMap<>();
        for (GoldPage page : GoldPage.load(Path.of("..", "gold"), SEEDS)) {
            List<String> sentences = sentences(page.text());
            String stripped = page.text().replaceAll("[\\s\\u3000]+", "");
            merge(raw, score(page, sentences, recognizer));
            merge(rawPages, score(page, List.of(stripped), recognizer));
            merge(rules, Evaluation.of(layered.process(page.document(true)), page.annotation()).scores());
        }
        for (String type : List.of("PERSON", "ORGANIZATION")) {
            System.out.println("[corenlp] " + type + " raw, sentences:   " + line(raw.get(type)));
            System.out.println("[corenlp] " + type + " raw, whole pages: " + line(rawPages.get(type)));
            System.out.println("[corenlp] " + type + " through the rules: " + line(rules.get(type)));
        }
        throughput(recognizer);

        assertTrue(raw.get("PERSON").f1() >= MIN_PERSON_F1, line(raw.get("PERSON")));
        assertTrue(rawPages.get("PERSON").f1() >= MIN_PERSON_F1, line(rawPages.get("PERSON")));
        assertTrue(raw.get("ORGANIZATION").f1() >= MIN_ORGANIZATION_F1, line(raw.get("ORGANIZATION")));
        assertTrue(rawPages.get("ORGANIZATION").f1() >= MIN_ORGANIZATION_F1, line(rawPages.get("ORGANIZATION")));
        for (String type : List.of("PERSON", "ORGANIZATION")) {
            assertFalse(rules.get(type).f1() < raw.get(type).f1(),
                    type + ": the rules must not score below the raw backend: " + line(rules.get(type)));
        }
    }

    /** The raw backend's distinct names over {@code texts}, scored against the page's gold. */
    private static Map<String, Score> score(GoldPage page, List<String> texts, CoreNlpRecognizer recognizer) {
        Map<String, String> persons = new LinkedHashMap<>();
        Set<String> organizations = new LinkedHashSet<>();
        for (String text : texts) {
            for (NamedSpan s : recognizer.recognize(text)) {
                String name = text.substring(s.start(), s.end());
                if (s.type() == MentionType.PERSON) {
                    persons.put(name, "");
                } else {
                    organizations.add(name);
                }
            }
        }
        Map<String, Score> scores = new LinkedHashMap<>();
        scores.putAll(Evaluation.ofPersons(persons, page.annotation().path("persons")).scores());
        scores.putAll(Evaluation.ofOrganizations(organizations, page.annotation().path("organizations")).scores());
        return scores;
    }

    private static void merge(Map<String, Score> total, Map<String, Score> page) {
        page.forEach((k, v) -> total.merge(k, v, Score::plus));
    }

    private static String line(Score s) {
        return String.format("P %.3f  R %.3f  F1 %.3f (predicted %d, gold %d)",
                s.precision(), s.recall(), s.f1(), s.predicted(), s.gold());
    }

    /** Prints chars/s of raw recognition over every seed page, model load time and heap. */
    private static void throughput(CoreNlpRecognizer recognizer) throws IOException {
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
}
