package dev.tiqu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What the command says when it is used wrongly, and what {@code --version} says. */
class CliMessagesTest {

    /** Runs the command; returns the exit code and stderr's lines. */
    private static List<String> run(int expectedExit, String... args) {
        StringWriter err = new StringWriter();
        assertEquals(expectedExit, ExtractCommandTest.run(err, args), err.toString());
        return err.toString().lines().toList();
    }

    @Test
    void aUsageErrorIsOneSentenceAndWhereToReadMore(@TempDir Path out) {
        String seeds = ExtractCommandTest.SEEDS.toString();
        List<List<String>> errors = List.of(
                run(2, "extract", seeds),
                run(2, "extract", seeds, "--out", out.toString(), "--date", "2024-13-01"),
                run(2, "extract", seeds, "--out", out.toString(), "--dataset", "nosuch"),
                run(2, "extract", seeds, "--out", out.toString(), "--format", "csv,pdf"),
                run(2, "extract", seeds, "--out", out.toString(), "--threads", "0"));
        for (List<String> lines : errors) {
            assertEquals(2, lines.size(), "a sentence and a pointer, not the help: " + lines);
            assertTrue(lines.get(0).startsWith("tiqu: "), lines.get(0));
            assertEquals("see 'tiqu extract --help'", lines.get(1));
            assertFalse(lines.get(0).contains("java."), "no Java internals: " + lines.get(0));
        }
        assertTrue(errors.get(1).get(0).contains("'2024-13-01' is not a date of the form YYYY-MM-DD"), errors.get(1).get(0));
        assertTrue(errors.get(2).get(0).contains("built-ins: subsidy, pv_capacity"), errors.get(2).get(0));
        assertTrue(errors.get(3).get(0).contains("unknown format 'pdf' (known: csv, xlsx, jsonl, html)"), errors.get(3).get(0));
    }

    @Test
    void aFormatListReplacesTheDefaultCsvSet(@TempDir Path out) throws java.io.IOException {
        run(0, "extract", OutputFormatsTest.BATCH.toString(), "--out", out.toString(), "--format", "xlsx,jsonl", "-q");
        try (var files = java.nio.file.Files.list(out)) {
            assertEquals(List.of("run.json", "tiqu.jsonl", "tiqu.xlsx"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void anUnknownCommandPointsToTheTopLevelHelp() {
        List<String> lines = run(2, "frobnicate");
        assertEquals("see 'tiqu --help'", lines.get(lines.size() - 1));
    }

    @Test
    void versionNamesTiquItsCommitAndTheBackends() {
        CommandLine cl = Tiqu.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute("--version"));
        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.get(0).matches("tiqu \\S+ \\(commit [0-9a-f]{7,}\\)"), lines.get(0));
        assertTrue(lines.get(1).matches("HanLP portable-\\S+"), lines.get(1));
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("Stanford CoreNLP")), "no CoreNLP on this class path");
    }
}
