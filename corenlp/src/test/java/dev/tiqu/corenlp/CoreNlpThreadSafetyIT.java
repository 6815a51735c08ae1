package dev.tiqu.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiqu.names.NamedSpan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CoreNlpThreadSafetyIT {

    private static final int THREADS = 6;
    private static final int ROUNDS = 3;

    @Test
    void concurrentCallsOnOneRecognizerGiveTheSequentialResults() throws Exception {
        CoreNlpRecognizer recognizer = SharedRecognizer.recognizer();
        List<String> sentences = new ArrayList<>();
        SharedRecognizer.rows("names.tsv").forEach(r -> sentences.add(r[2]));
        SharedRecognizer.rows("no-names.tsv").forEach(r -> sentences.add(r[0]));
        List<List<NamedSpan>> expected = new ArrayList<>();
        for (String s : sentences) {
            expected.add(recognizer.recognize(s));
        }
        assertFalse(expected.stream().allMatch(List::isEmpty), "nothing recognized: the comparison would be vacuous");

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long seed = t;
                Callable<Integer> task = () -> {
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < sentences.size(); i++) {
                        order.add(i);
                    }
                    Random random = new Random(seed);
                    start.await();
                    int checked = 0;
                    for (int round = 0; round < ROUNDS; round++) {
                        Collections.shuffle(order, random);
                        for (int i : order) {
                            assertEquals(expected.get(i), recognizer.recognize(sentences.get(i)), sentences.get(i));
                            checked++;
                        }
                    }
                    return checked;
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            int checked = 0;
            for (Future<Integer> f : futures) {
                checked += f.get(5, TimeUnit.MINUTES);
            }
            assertEquals(THREADS * ROUNDS * sentences.size(), checked);
        } finally {
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
        }
    }
}
