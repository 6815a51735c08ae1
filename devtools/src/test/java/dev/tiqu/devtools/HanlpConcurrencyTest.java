package dev.tiqu.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Document;
import dev.tiqu.core.text.Sentence;
import dev.tiqu.devtools.eval.GoldPage;
import dev.tiqu.names.NameRecognizer;
import dev.tiqu.names.NameRecognizerProvider;
import dev.tiqu.names.NamedSpan;
import dev.tiqu.names.hanlp.HanlpRecognizerProvider;
import dev.tiqu.text.NewspaperSegmenter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One recognizer and one extractor shared by many threads give the sequential results. */
class HanlpConcurrencyTest {

    private static final int THREADS = 8;

    @Test
    void providerIsRegisteredAndLoadsOnce() {
        NameRecognizerProvider hanlp = ServiceLoader.load(NameRecognizerProvider.class).stream()
                .map(ServiceLoader.Provider::get).filter(p -> p.name().equals("hanlp")).findFirst().orElseThrow();
        NameRecognizer first = hanlp.create();
        assertEquals("hanlp", first.name());
        assertSame(first, hanlp.create());
        assertSame(first, new HanlpRecognizerProvider().create());
    }

    @Test
    void recognizerIsThreadSafe() throws Exception {
        NameRecognizer recognizer = new HanlpRecognizerProvider().create();
        List<String> sentences = new ArrayList<>();
        for (String page : List.of("000_0b260c43b3846790", "001_0a2b328eef8e1e59", "002_b290fb6dc75b2668")) {
            String text = Files.readString(NameMeasurementTest.SEEDS.resolve(page + ".txt"), StandardCharsets.UTF_8);
            for (Article a : new NewspaperSegmenter().segment(Document.of(page, text))) {
                for (Sentence s : a.sentences()) {
                    sentences.add(s.text());
                }
            }
        }
        List<List<NamedSpan>> expected = sentences.stream().map(recognizer::recognize).toList();
        assertTrue(expected.stream().mapToInt(List::size).sum() > 50, "the pages hold names");
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<List<NamedSpan>>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    List<List<NamedSpan>> got = new ArrayList<>();
                    for (int i = 0; i < sentences.size(); i++) {
                        got.add(null);
                    }
                    for (int k = 0; k < sentences.size(); k++) {
                        int i = (k + offset * 37) % sentences.size();
                        got.set(i, recognizer.recognize(sentences.get(i)));
                    }
                    return got;
                }));
            }
            for (Future<List<List<NamedSpan>>> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void extractorAndResolverAreThreadSafe() throws Exception {
        List<GoldPage> pages = NameMeasurementTest.goldPages();
        List<List<Mention>> expected = new ArrayList<>();
        for (GoldPage page : pages) {
            expected.add(run(page));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Mention>>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                for (GoldPage page : pages) {
                    futures.add(pool.submit(() -> run(page)));
                }
            }
            for (int k = 0; k < futures.size(); k++) {
                assertEquals(expected.get(k % pages.size()), futures.get(k).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Mention> run(GoldPage page) {
        return NameMeasurementTest.layered(page).mentions();
    }
}
