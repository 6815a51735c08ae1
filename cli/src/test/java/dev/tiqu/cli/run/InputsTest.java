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
}
