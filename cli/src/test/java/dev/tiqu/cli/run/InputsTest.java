package dev.tiqu.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

    @TempDir
    Path tmp;

    private List<String> walk(Path... arguments) {
        List<String> out = new ArrayList<>();
        Inputs inputs = Inputs.of(List.of(arguments));
        while (inputs.hasNext()) {
            Inputs.Input i = inputs.next();
            String rel = tmp.relativize(i.path()).toString().replace('\\', '/');
            out.add(i.problem() == null ? rel : rel + " (" + i.problem().replaceAll(":.*", "") + ")");
        }
        return out;
    }

    @Test
    void argumentsInOrderFoldersDepthFirstInNameOrder() throws IOException {
        Path archive = Files.createDirectories(tmp.resolve("archive"));
        Files.createDirectories(archive.resolve("2024/12"));
        Files.createDirectories(archive.resolve("2024/01"));
        Files.writeString(archive.resolve("2024/12/31.txt"), "x");
        Files.writeString(archive.resolve("2024/01/02.txt"), "x");
        Files.writeString(archive.resolve("2024/01/01.txt"), "x");
        Files.writeString(archive.resolve("2024/index.txt"), "x");
        Files.createDirectories(archive.resolve("empty"));
        Files.writeString(tmp.resolve("first.txt"), "x");

        assertEquals(List.of("first.txt", "archive/2024/01/01.txt", "archive/2024/01/02.txt",
                "archive/2024/12/31.txt", "archive/2024/index.txt"), walk(tmp.resolve("first.txt"), archive));
    }

    @Test
    void everyArgumentIsAccountedFor() throws IOException {
        Path archive = Files.createDirectories(tmp.resolve("archive"));
        Files.writeString(archive.resolve("page.txt"), "x");
        Files.createSymbolicLink(archive.resolve("loop"), archive);
        Files.createSymbolicLink(archive.resolve("dangling.txt"), archive.resolve("gone.txt"));

        assertEquals(List.of("missing.txt (no such file or folder)", "archive/dangling.txt (cannot read)",
                "archive/loop (symbolic link loop)", "archive/page.txt"), walk(tmp.resolve("missing.txt"), archive));
    }

    @Test
    void aSymbolicLinkToASiblingFolderIsFollowedNotALoop() throws IOException {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Files.writeString(a.resolve("p.txt"), "x");
        Files.createSymbolicLink(tmp.resolve("b"), a);

        assertEquals(List.of("a/p.txt", "b/p.txt"), walk(tmp));
    }

    @Test
    void anEmptyListHasNoInputs() {
        Inputs inputs = Inputs.of(List.of());
        assertFalse(inputs.hasNext());
        assertThrows(NoSuchElementException.class, inputs::next);
    }

    @Test
    void hasNextIsIdempotent() throws IOException {
        Files.writeString(tmp.resolve("one.txt"), "x");
        Inputs inputs = Inputs.of(List.of(tmp));
        assertTrue(inputs.hasNext());
        assertTrue(inputs.hasNext());
        assertEquals("one.txt", inputs.next().path().getFileName().toString());
        assertFalse(inputs.hasNext());
    }

    private List<String> walk(Inputs.Selection selection, Path... arguments) {
        List<String> out = new ArrayList<>();
        Inputs inputs = Inputs.of(List.of(arguments), selection);
        while (inputs.hasNext()) {
            out.add(tmp.relativize(inputs.next().path()).toString().replace('\\', '/'));
        }
        return out;
    }

    @Test
    void foldersGiveTextFilesOnlyAndNeverHiddenOnes() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String name : List.of("a.txt", "b.TXT", "c.text", "d.md", "README", "e.pdf", "f.csv", ".hidden.txt",
                ".git/config", "sub/g.txt", ".cache/h.txt")) {
            Files.createDirectories(in.resolve(name).getParent());
            Files.writeString(in.resolve(name), "x");
        }
        assertEquals(List.of("in/README", "in/a.txt", "in/b.TXT", "in/c.text", "in/d.md", "in/sub/g.txt"), walk(in));
        // a file named as an argument is read whatever its name
        assertEquals(List.of("in/e.pdf", "in/.hidden.txt"), walk(in.resolve("e.pdf"), in.resolve(".hidden.txt")));
    }

    @Test
    void includeGlobsChooseTheFilesOfFolders() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String name : List.of("2024/a.jsonl", "2024/b.txt", "2025/c.jsonl", "d.jsonl", ".e.jsonl")) {
            Files.createDirectories(in.resolve(name).getParent());
            Files.writeString(in.resolve(name), "x");
        }
        assertEquals(List.of("in/2024/a.jsonl", "in/2025/c.jsonl", "in/d.jsonl"),
                walk(new Inputs.Selection(null, List.of("*.jsonl")), in));
        assertEquals(List.of("in/2025/c.jsonl"), walk(new Inputs.Selection(null, List.of("2025/*")), in));
    }

    @Test
    void theOutputFolderIsNeverReadWhereverItLies() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("page.txt"), "x");
        Path out = Files.createDirectories(in.resolve("out"));
        Files.writeString(out.resolve("articles.csv"), "x");
        Files.writeString(out.resolve("notes.txt"), "x");
        Files.createDirectories(out.resolve("deeper"));
        Files.writeString(out.resolve("deeper/page.txt"), "x");
        Files.createSymbolicLink(in.resolve("link-to-out"), out);
        Inputs.Selection selection = new Inputs.Selection(out, List.of());
        assertEquals(List.of("in/page.txt"), walk(selection, in));
        assertEquals(List.of(), walk(selection, out, out.resolve("notes.txt")));
    }

    @Test
    void aFileOrFolderGivenTwiceIsReadOnce() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.createDirectories(in.resolve("sub"));
        Files.writeString(in.resolve("a.txt"), "x");
        Files.writeString(in.resolve("sub/b.txt"), "x");
        assertEquals(List.of("in/a.txt", "in/sub/b.txt"),
                walk(in, in.resolve("a.txt"), in, tmp.resolve("in/../in/sub"), in.resolve("sub/b.txt")));
        assertEquals(List.of("in/sub/b.txt", "in/a.txt"), walk(in.resolve("sub"), in));
        assertEquals(List.of("in/a.txt", "in/sub/b.txt"), walk(in.resolve("a.txt"), in));
    }
}
