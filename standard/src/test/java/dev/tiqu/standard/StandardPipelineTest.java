package dev.tiqu.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.pipeline.DocumentResult;
import dev.tiqu.core.pipeline.Pipeline;
import dev.tiqu.core.text.Document;
import dev.tiqu.core.text.PublicationDate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The library contract of the default pipeline: empty input, null input, sharing across threads. */
class StandardPipelineTest {

    private static final Pipeline PIPELINE = StandardPipeline.builder().build();

    @Test
    void emptyAndBlankTextGiveAnEmptyResult() {
        for (String text : List.of("", " \n\n\t ", "\u0000\u0000")) {
            DocumentResult r = PIPELINE.process(Document.of("empty", text));
            assertEquals(List.of(), r.page().articles());
            assertEquals(List.of(), r.mentions());
        }
    }

    @Test
    void nullInputIsRejectedWithAClearMessage() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> PIPELINE.process(null));
        assertEquals("document", e.getMessage());
        assertThrows(NullPointerException.class, () -> Document.of("x", null));
    }

    @Test
    void unknownBackendNamesTheAvailableOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StandardPipeline.builder("nope"));
        assertTrue(e.getMessage().contains("hanlp"), e.getMessage());
    }

    @Test
    void aSharedPipelineGivesTheSameResultsOnEveryThread() throws Exception {
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("..", "seeds"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                docs.add(new Document(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8),
                        PublicationDate.given(LocalDate.of(2024, 11, 24))));
            }
        }
        List<List<Mention>> sequential = new ArrayList<>();
        for (Document d : docs) {
            sequential.add(PIPELINE.process(d).mentions());
        }
        assertTrue(sequential.stream().flatMap(List::stream).anyMatch(m -> m.type() == MentionType.PERSON));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Mention>>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (Document d : docs) {
                    futures.add(pool.submit(() -> PIPELINE.process(d).mentions()));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(sequential.get(i % docs.size()), futures.get(i).get(), "document " + i % docs.size());
            }
        } finally {
            pool.shutdown();
        }
    }
}
