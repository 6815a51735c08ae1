package dev.tiqu.cli.run;

import dev.tiqu.formats.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CSV tables of one run, written to temporary files in the output folder and renamed to
 * their final names only by {@link #commit()}: a crash or Ctrl-C never leaves a truncated CSV
 * under a final name. {@link #abort()} (also run by a shutdown hook) deletes the temporaries.
 */
public final class Outputs implements AutoCloseable {

    private final Path dir;
    private final Map<String, CsvWriter> writers = new LinkedHashMap<>();
    private final Map<String, Path> temps = new LinkedHashMap<>();
    private final Thread cleanup;
    private boolean done;

    public Outputs(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.cleanup = new Thread(this::abort, "tiqu-output-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /** Opens the table {@code name} (file {@code name.csv}) with its header. */
    public synchronized CsvWriter open(String name, List<String> header) throws IOException {
        if (writers.containsKey(name)) {
            throw new IllegalArgumentException("table opened twice: " + name);
        }
        Path temp = dir.resolve("." + name + ".csv." + ProcessHandle.current().pid() + ".partial");
        OutputStream out = Files.newOutputStream(temp);
        CsvWriter w = new CsvWriter(out, header);
        writers.put(name, w);
        temps.put(name, temp);
        return w;
    }

    /** Closes every table and moves it to its final name; the run's output is then complete. */
    public synchronized List<Path> commit() throws IOException {
        List<Path> written = new ArrayList<>();
        for (CsvWriter w : writers.values()) {
            w.close();
        }
        for (Map.Entry<String, Path> e : temps.entrySet()) {
            Path target = dir.resolve(e.getKey() + ".csv");
            try {
                Files.move(e.getValue(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException x) {
                Files.move(e.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
            }
            written.add(target);
        }
        done = true;
        return written;
    }

    /** Deletes the temporary files of an unfinished run. Safe to call more than once. */
    public synchronized void abort() {
        if (done) {
            return;
        }
        for (CsvWriter w : writers.values()) {
            try {
                w.close();
            } catch (IOException | RuntimeException ignored) {
                // the file is deleted next; nothing to keep
            }
        }
        for (Path p : temps.values()) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // best effort: a leftover keeps its .partial name and never looks complete
            }
        }
        done = true;
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
