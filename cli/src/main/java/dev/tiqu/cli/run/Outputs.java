package dev.tiqu.cli.run;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The output of one run, written by the sinks into a staging folder inside the output folder
 * and moved to its final place only by {@link #commit()}: a crash or Ctrl-C never leaves a
 * truncated file under a final name. {@link #abort()} (also run by a shutdown hook) deletes the
 * staging folder.
 */
public final class Outputs implements AutoCloseable {

    private final Path dir;
    private final Path staging;
    private final Thread cleanup;
    private boolean done;

    public Outputs(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.staging = Files.createDirectories(dir.resolve(".tiqu-staging." + ProcessHandle.current().pid() + ".partial"));
        this.cleanup = new Thread(this::abort, "tiqu-output-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /** The folder every sink writes its files into. */
    public Path staging() {
        return staging;
    }

    /** Moves every file and folder of the staging folder to the output folder, replacing earlier ones. */
    public synchronized List<Path> commit() throws IOException {
        List<Path> written = new ArrayList<>();
        List<Path> entries;
        try (Stream<Path> s = Files.list(staging)) {
            entries = s.sorted().toList();
        }
        for (Path p : entries) {
            Path target = dir.resolve(p.getFileName().toString());
            if (Files.isDirectory(target) && !Files.isSymbolicLink(target)) {
                deleteTree(target);
            }
            try {
                Files.move(p, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException x) {
                Files.move(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
            written.add(target);
        }
        Files.delete(staging);
        done = true;
        return written;
    }

    /** Deletes the staging folder of an unfinished run. Safe to call more than once. */
    public synchronized void abort() {
        if (done) {
            return;
        }
        try {
            deleteTree(staging);
        } catch (IOException ignored) {
            // best effort: a leftover keeps its .partial name and never looks complete
        }
        done = true;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Override
    public void close() {
        abort();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }
}
