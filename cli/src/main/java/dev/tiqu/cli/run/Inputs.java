package dev.tiqu.cli.run;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * Expands the command-line arguments into the list of input files, in a deterministic order
 * (arguments in the order given, each folder walked in path order). Every argument is accounted
 * for: a missing path, a symlink loop or an unreadable folder becomes an input with a problem.
 */
public final class Inputs {

    /** One input: a file to read, or a path that could not be listed ({@code problem} set). */
    public record Input(Path path, String problem) {
    }

    private Inputs() {
    }

    public static List<Input> expand(List<Path> arguments) {
        List<Input> out = new ArrayList<>();
        for (Path arg : arguments) {
            if (!Files.exists(arg)) {
                out.add(new Input(arg, "no such file or folder"));
            } else if (Files.isDirectory(arg)) {
                out.addAll(walk(arg));
            } else {
                out.add(new Input(arg, null));
            }
        }
        return out;
    }

    private static List<Input> walk(Path root) {
        List<Input> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile()) {
                                found.add(new Input(file, null));
                            } else if (!attrs.isDirectory()) {
                                found.add(new Input(file, "not a regular file"));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            String why = e instanceof FileSystemLoopException ? "symbolic link loop"
                                    : "cannot read: " + e.getClass().getSimpleName()
                                    + (e.getMessage() == null ? "" : " " + e.getMessage());
                            found.add(new Input(file, why));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            found.add(new Input(root, "cannot list folder: " + e.getMessage()));
        }
        found.sort(Comparator.comparing(i -> i.path().toString()));
        return found;
    }
}
