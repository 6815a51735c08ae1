package dev.tiqu.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tiqu.core.dataset.Dataset;
import dev.tiqu.datasets.Datasets;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code main} starts before the command line is parsed is what the command would have
 * built: the output of a run that takes it is the same, byte for byte, as one that builds its
 * own; options that change the pipeline or the datasets leave it unstarted.
 */
class EarlyStartTest {

    private static final Path PAGE = Path.of("..", "seeds", "003_d816eb868a5907e7.txt");

    @Test
    void aRunOnWhatWasStartedEarlyWritesWhatARunBuildingItsOwnWrites(@TempDir Path tmp) throws IOException {
        String[] early = {"extract", PAGE.toString(), "--out", tmp.resolve("early").toString(), "-q"};
        String[] own = {"extract", PAGE.toString(), "--out", tmp.resolve("own").toString(), "-q"};
        EarlyStart.begin(early);
        assertEquals(0, ExtractCommandTest.run(new StringWriter(), early));
        assertNull(EarlyStart.builder("hanlp"), "the run took the builder started for it");
        assertNull(EarlyStart.builtInDatasets(false, List.of()), "the run took the datasets started for it");
        assertEquals(0, ExtractCommandTest.run(new StringWriter(), own));
        List<String> files = names(tmp.resolve("early"));
        assertEquals(names(tmp.resolve("own")), files);
        for (String f : files) {
            if (!f.equals("run.json")) {
                assertArrayEquals(Files.readAllBytes(tmp.resolve("own").resolve(f)),
                        Files.readAllBytes(tmp.resolve("early").resolve(f)), f);
            }
        }
    }

    @Test
    void whatIsStartedIsTakenOnceAndOnlyByTheDefaultRun() {
        EarlyStart.begin(new String[] {"extract", "pages", "--out", "out"});
        assertNull(EarlyStart.builder("corenlp"));
        assertNull(EarlyStart.builtInDatasets(true, List.of()));
        assertNull(EarlyStart.builtInDatasets(false, List.of("subsidy")));
        assertNotNull(EarlyStart.builder("hanlp").join().build());
        assertNull(EarlyStart.builder("hanlp"));
        List<Dataset> datasets = EarlyStart.builtInDatasets(false, List.of()).join();
        assertEquals(Datasets.builtInNames(), datasets.stream().map(Dataset::name).toList());
        assertNull(EarlyStart.builtInDatasets(false, List.of()));
    }

    @Test
    void optionsThatChangeWhatIsBuiltAndOtherCommandsStartNothing() {
        EarlyStart.begin(new String[] {"extract", "pages", "--out", "out", "--ner=corenlp", "--no-datasets"});
        assertNull(EarlyStart.builder("hanlp"));
        assertNull(EarlyStart.builtInDatasets(false, List.of()));
        EarlyStart.begin(new String[] {"extract", "pages", "--ner", "hanlp", "--dataset", "subsidy"});
        assertNull(EarlyStart.builder("hanlp"));
        assertNull(EarlyStart.builtInDatasets(false, List.of()));
        EarlyStart.begin(new String[] {"help", "extract"});
        EarlyStart.begin(new String[0]);
        assertNull(EarlyStart.builder("hanlp"));
        assertNull(EarlyStart.builtInDatasets(false, List.of()));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
