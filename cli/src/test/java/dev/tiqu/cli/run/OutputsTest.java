package dev.tiqu.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiqu.formats.CsvWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder: one complete set, replaced in one step, locked, never left half-written. */
class OutputsTest {

    private static void writeRun(Outputs o, String... tables) throws IOException {
        for (String t : tables) {
            CsvWriter w = o.table(t, List.of("doc", "value"));
            w.row(List.of("page.txt", t));
        }
        try (OutputStream run = o.newFile("run.json")) {
            run.write("{}".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aRunReplacesTheWholeSetAndFilesOfEarlierRunsItDoesNotWriteAreGone(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        try (Outputs o = Outputs.open(out, true)) {
            writeRun(o, "articles", "mentions", "subsidy", "pv_capacity");
            assertFalse(Files.exists(out), "nothing under the final name before the commit");
            o.commit();
        }
        try (Outputs o = Outputs.open(out, true)) {
            writeRun(o, "articles", "mentions", "grants");
            assertEquals(List.of("articles.csv", "mentions.csv", "pv_capacity.csv", "run.json", "subsidy.csv"),
                    names(out), "the earlier set stays whole until the commit");
            o.commit();
        }
        assertEquals(List.of("articles.csv", "grants.csv", "mentions.csv", "run.json"), names(out));
        assertEquals(List.of("out"), names(tmp), "no staging folder, set-aside folder or lock left");
    }

    @Test
    void aSecondRunIntoTheSameFolderIsRefusedWhileTheFirstHoldsIt(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        try (Outputs first = Outputs.open(out, true)) {
            OutputException e = assertThrows(OutputException.class, () -> Outputs.open(out, true));
            assertTrue(e.getMessage().contains("another tiqu run (process " + ProcessHandle.current().pid() + ")"),
                    e.getMessage());
            assertEquals(out, e.path());
            writeRun(first, "articles");
            first.commit();
        }
        try (Outputs again = Outputs.open(out, true)) {
            writeRun(again, "articles");
            again.commit();
        }
        assertEquals(List.of("out"), names(tmp));
    }

    @Test
    void aFullDiskFailsTheRunLeavingTheEarlierOutputWholeAndNoTemporaries(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        try (Outputs o = Outputs.open(out, true)) {
            writeRun(o, "articles", "mentions");
            o.commit();
        }
        byte[] before = Files.readAllBytes(out.resolve("mentions.csv"));
        OutputException e;
        try (Outputs o = Outputs.open(out, true, file -> new FullDisk(Files.newOutputStream(file), 4096))) {
            CsvWriter w = o.table("mentions", List.of("doc", "sentence"));
            e = assertThrows(OutputException.class, () -> {
                try {
                    for (int i = 0; i < 1000; i++) {
                        w.row(List.of("page.txt", "全市新增就业岗位120个，投资3000万元，增长8%。"));
                    }
                    w.flush();
                } catch (IOException x) {
                    throw OutputException.of(o.dir(), x);
                }
            });
        }
        assertEquals(out + ": No space left on device", e.getMessage().replaceAll(" \\(.*\\)$", ""));
        assertEquals(List.of("out"), names(tmp), "the staging folder and the lock are removed");
        assertEquals(List.of("articles.csv", "mentions.csv", "run.json"), names(out));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(out.resolve("mentions.csv"))));
    }

    @Test
    void leftoversOfAKilledRunAreCleanedAndASetAsideOutputIsPutBack(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        Path aside = Files.createDirectories(tmp.resolve(".out.tiqu-old-4242"));
        Files.writeString(aside.resolve("run.json"), "{\"complete\":true}");
        Path staging = Files.createDirectories(tmp.resolve(".out.tiqu-staging-4242-1f"));
        Files.writeString(staging.resolve("articles.csv"), "half");
        Files.writeString(tmp.resolve(".out.tiqu-lock"), "4242 1f\n");
        Files.writeString(tmp.resolve("unrelated.txt"), "kept");
        try (Outputs o = Outputs.open(out, true)) {
            assertEquals("{\"complete\":true}", Files.readString(out.resolve("run.json")),
                    "the output set aside by a run killed between its two renames is back");
            assertFalse(Files.exists(staging));
            writeRun(o, "articles");
            o.commit();
        }
        assertEquals(List.of("out", "unrelated.txt"), names(tmp));
    }

    @Test
    void aFolderThatIsNotATiquOutputOrAFileIsRefused(@TempDir Path tmp) throws IOException {
        Path docs = Files.createDirectories(tmp.resolve("documents"));
        Files.writeString(docs.resolve("thesis.docx"), "mine");
        OutputException e = assertThrows(OutputException.class, () -> Outputs.open(docs, true));
        assertTrue(e.getMessage().startsWith(docs + ": is not empty and holds no run.json"), e.getMessage());
        assertTrue(Files.exists(docs.resolve("thesis.docx")));
        Path file = Files.writeString(tmp.resolve("out.csv"), "x");
        assertEquals(file + ": exists and is not a folder",
                assertThrows(OutputException.class, () -> Outputs.open(file, true)).getMessage());
        assertEquals(List.of("documents", "out.csv"), names(tmp), "no lock or staging left by a refusal");
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        try (Outputs o = Outputs.open(empty, true)) {
            writeRun(o, "articles");
            o.commit();
        }
        assertEquals(List.of("articles.csv", "run.json"), names(empty));
    }

    @Test
    void theStagingFolderTakesOnlyPlainFileNames(@TempDir Path tmp) throws IOException {
        try (Outputs o = Outputs.open(tmp.resolve("out"), true)) {
            assertThrows(IllegalArgumentException.class, () -> o.newFile("../escape.csv"));
            assertThrows(IllegalArgumentException.class, () -> o.newFile("sub/x.csv"));
        }
        assertEquals(List.of(), names(tmp));
    }

    /** A stream on a disk that fills up after {@code room} bytes. */
    private static final class FullDisk extends FilterOutputStream {
        private long room;

        FullDisk(OutputStream out, long room) {
            super(out);
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > room) {
                throw new FileSystemException("mentions.csv", null, "No space left on device");
            }
            room -= len;
            out.write(b, off, len);
        }
    }
}
