package dev.tiqu.cli.run;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The input files of the command-line arguments, produced lazily in a deterministic order:
 * arguments in the order given, each folder walked depth first with its entries in name order,
 * symbolic links followed. Every argument is accounted for: a missing path, a symbolic link loop,
 * an unreadable folder or a special file becomes an input with a problem.
 *
 * <p>Only the folders on the current path are held in memory, never the corpus' file list, so a
 * batch over millions of files runs in constant memory. Not thread-safe (one consumer).
 * Example: {@code [a.txt, dir]} with {@code dir/2.txt, dir/1.txt} gives a.txt, dir/1.txt, dir/2.txt.
 */
public final class Inputs implements Iterator<Inputs.Input> {

    /**
     * One input: a file to read, or a path that could not be read as one ({@code problem} set),
     * and the argument it was found under ({@code root}, for its {@link DocNames doc}).
     */
    public record Input(Path path, String problem, Path root) {
        /** An input that is its own root (an argument). */
        public Input(Path path, String problem) {
            this(path, problem, path);
        }
    }

    /** A folder being walked: its remaining entries, and its identity for loop detection. */
    private record Folder(Iterator<Path> entries, Object key) {
    }

    private final Iterator<Path> arguments;
    private final Deque<Folder> folders = new ArrayDeque<>();
    private Path root;
    private Input next;

    private Inputs(List<Path> arguments) {
        this.arguments = List.copyOf(arguments).iterator();
    }

    /** The inputs of {@code arguments}, listed as they are consumed. */
    public static Inputs of(List<Path> arguments) {
        return new Inputs(Objects.requireNonNull(arguments, "arguments"));
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (!folders.isEmpty()) {
                Iterator<Path> entries = folders.peek().entries();
                if (entries.hasNext()) {
                    next = visit(entries.next(), false);
                } else {
                    folders.pop();
                }
            } else if (arguments.hasNext()) {
                root = arguments.next();
                next = visit(root, true);
            } else {
                return false;
            }
        }
        return true;
    }

    @Override
    public Input next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Input out = next;
        next = null;
        return out;
    }

    /** The input {@code path} stands for, or null when it is a folder now being walked. */
    private Input visit(Path path, boolean argument) {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            return new Input(path, argument && !Files.exists(path) && !Files.isSymbolicLink(path)
                    ? "no such file or folder" : cannotRead(e));
        }
        if (attrs.isRegularFile()) {
            return new Input(path, null, root);
        }
        if (!attrs.isDirectory()) {
            return new Input(path, "not a regular file", root);
        }
        Object key = attrs.fileKey() != null ? attrs.fileKey() : realPath(path);
        for (Folder f : folders) {
            if (key != null && key.equals(f.key())) {
                return new Input(path, "symbolic link loop");
            }
        }
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(path)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            return new Input(path, cannotRead(e));
        } catch (DirectoryIteratorException e) {
            return new Input(path, cannotRead(e.getCause()));
        }
        entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        folders.push(new Folder(entries.iterator(), key));
        return null;
    }

    private static Object realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    private static String cannotRead(Exception e) {
        return "cannot read: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }
}
