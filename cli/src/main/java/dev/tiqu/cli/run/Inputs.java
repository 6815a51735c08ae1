package dev.tiqu.cli.run;

import dev.tiqu.formats.input.TextFileNames;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
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
 * <p>Selection ({@link Selection}): a file named as an argument is always read; in folders,
 * only text files ({@code .txt}, {@code .text}, {@code .md}, no extension) or the files matching
 * the {@code --include} globs, never hidden files or folders (name starting with a dot). The
 * output folder and everything under it is never read, wherever it lies; a file or folder given
 * twice (or inside a folder given before) is read once. {@code -} stands for standard input.
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

        /** Whether this input is standard input ({@code -} on the command line). */
        public boolean isStandardInput() {
            return path.toString().equals(STANDARD_INPUT);
        }
    }

    /**
     * Which files of the walked folders are read.
     *
     * @param output   the output folder, never read; null if none
     * @param includes glob patterns ({@code *.txt}, {@code **}{@code /2024-*.jsonl}) matched against a
     *                 file's name and its path relative to the folder argument; empty for the default
     *                 text files
     */
    public record Selection(Path output, List<String> includes) {

        /** The default selection, with no output folder to avoid. */
        public static final Selection DEFAULT = new Selection(null, List.of());

        public Selection {
            includes = List.copyOf(includes);
        }
    }

    /** The argument that stands for standard input. */
    public static final String STANDARD_INPUT = "-";

    /** A folder being walked: its remaining entries, its identity for loop detection, its argument. */
    private record Folder(Iterator<Path> entries, Object key, Path root) {
    }

    private final Iterator<Path> arguments;
    private final Deque<Folder> folders = new ArrayDeque<>();
    private final List<PathMatcher> includes;
    private final Path output;
    /** The real paths of the arguments read so far: a path inside one of them is not read again. */
    private final List<Path> seen = new ArrayList<>();
    private Path outputReal;
    private Input next;

    private Inputs(List<Path> arguments, Selection selection) {
        this.arguments = List.copyOf(arguments).iterator();
        this.output = selection.output();
        this.includes = selection.includes().stream()
                .map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
    }

    /** The inputs of {@code arguments} with the default selection, listed as they are consumed. */
    public static Inputs of(List<Path> arguments) {
        return of(arguments, Selection.DEFAULT);
    }

    /** The inputs of {@code arguments} as {@code selection} says, listed as they are consumed. */
    public static Inputs of(List<Path> arguments, Selection selection) {
        return new Inputs(Objects.requireNonNull(arguments, "arguments"), Objects.requireNonNull(selection, "selection"));
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (!folders.isEmpty()) {
                Iterator<Path> entries = folders.peek().entries();
                if (entries.hasNext()) {
                    Path entry = entries.next();
                    if (!entry.getFileName().toString().startsWith(".")) {
                        next = visit(entry, folders.peek().root());
                    }
                } else {
                    folders.pop();
                }
            } else if (arguments.hasNext()) {
                next = argument(arguments.next());
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

    /** The input an argument stands for; null when it is a folder now walked, or was read already. */
    private Input argument(Path path) {
        if (path.toString().equals(STANDARD_INPUT)) {
            return new Input(path, null);
        }
        Path real = realPath(path);
        if (real != null) {
            if (isOutput(real) || seen.stream().anyMatch(real::startsWith)) {
                return null;
            }
            seen.add(real);
        }
        return visit(path, null);
    }

    /**
     * The input {@code path} stands for, or null when it is a folder now being walked or a file
     * not selected; {@code root} is the folder argument it was found in, null for an argument.
     */
    private Input visit(Path path, Path root) {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            return new Input(path, root == null && !Files.exists(path) && !Files.isSymbolicLink(path)
                    ? "no such file or folder" : cannotRead(e));
        }
        if (attrs.isRegularFile()) {
            boolean again = root != null && seen.size() > 1 && seen.contains(realPath(path));
            return root == null || (selected(path, root) && !again) ? new Input(path, null, root == null ? path : root)
                    : null;
        }
        if (!attrs.isDirectory()) {
            return new Input(path, "not a regular file", root == null ? path : root);
        }
        Path real = realPath(path);
        Object key = attrs.fileKey() != null ? attrs.fileKey() : real;
        for (Folder f : folders) {
            if (key != null && key.equals(f.key())) {
                return new Input(path, "symbolic link loop");
            }
        }
        if (root != null && real != null && (isOutput(real) || seen.contains(real))) {
            return null; // the output folder, or a folder given as an argument before
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
        folders.push(new Folder(entries.iterator(), key, root == null ? path : root));
        return null;
    }

    /** Whether a file found in a folder is read: a text file, or one the include globs match. */
    private boolean selected(Path file, Path root) {
        String name = file.getFileName().toString();
        if (includes.isEmpty()) {
            return TextFileNames.isText(name);
        }
        Path relative = root.relativize(file);
        return includes.stream().anyMatch(m -> m.matches(file.getFileName()) || m.matches(relative));
    }

    /** Whether {@code real} is the output folder or inside it. */
    private boolean isOutput(Path real) {
        if (output == null) {
            return false;
        }
        if (outputReal == null) {
            Path r = realPath(output); // the output folder exists once the run has started
            if (r == null) {
                return real.startsWith(output.toAbsolutePath().normalize());
            }
            outputReal = r;
        }
        return real.startsWith(outputReal);
    }

    private static Path realPath(Path path) {
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
