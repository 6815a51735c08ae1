package dev.tiqu.cli.run;

import dev.tiqu.formats.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The output folder of one run: owns it for the run's duration, gives writers a fresh staging
 * folder, and replaces the whole output set in one step when the run completes.
 *
 * <p>Contract, for an output folder {@code DIR} in {@code PARENT}:
 * <ul>
 * <li>{@link #open} takes the lock {@code PARENT/.DIR.tiqu-lock} (an OS file lock, released by
 *     the OS even after {@code kill -9}) or fails with "another run is writing"; then repairs what a
 *     killed run left (a folder set aside but not replaced is put back; staging folders and
 *     set-aside folders of dead runs are deleted) and creates {@code PARENT/.DIR.tiqu-staging-…}.</li>
 * <li>Writers write only into {@link #staging()} (through {@link #newFile}, {@link #table}, or
 *     any {@code ResultSink} given the folder).</li>
 * <li>{@link #commit()} moves the old {@code DIR} aside and the staging folder to {@code DIR}
 *     (two renames in one file system), then deletes the old set: {@code DIR} always holds the
 *     complete output of exactly one run, and files an earlier run wrote that this one does not
 *     are gone.</li>
 * <li>{@link #close()} (and a shutdown hook on SIGINT/SIGTERM) deletes the staging folder of an
 *     uncommitted run and the lock file.</li>
 * </ul>
 * A {@code DIR} that exists, is not empty and holds no {@code run.json} is refused: it is not a
 * tiqu output folder, and replacing it would delete someone's files. Every failure is an
 * {@link OutputException} naming the path. Example:
 * {@code try (Outputs o = Outputs.open(Path.of("out"), true)) { …write…; o.commit(); }}
 */
public final class Outputs implements AutoCloseable {

    /** How a file in the staging folder is opened (a seam for simulating a full disk in tests). */
    @FunctionalInterface
    interface Opener {
        OutputStream open(Path file) throws IOException;
    }

    private static final String LOCK = ".tiqu-lock";
    private static final String STAGING = ".tiqu-staging-";
    private static final String ASIDE = ".tiqu-old-";

    private final Path dir;
    private final Path staging;
    private final Lock lock;
    private final Opener opener;
    private final boolean formulaGuard;
    private final List<CsvWriter> writers = new ArrayList<>();
    private final Thread cleanup;
    private boolean finished;

    private Outputs(Path dir, Lock lock, Opener opener, boolean formulaGuard) throws OutputException {
        this.dir = dir;
        this.lock = lock;
        this.opener = opener;
        this.formulaGuard = formulaGuard;
        this.staging = dir.resolveSibling("." + dir.getFileName() + STAGING + ProcessHandle.current().pid()
                + "-" + Long.toHexString(System.nanoTime()));
        this.cleanup = new Thread(() -> {
            abort();
            lock.release();
        }, "tiqu-output-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup); // before the staging folder exists: no window
        try {
            Files.createDirectory(staging);
        } catch (IOException e) {
            close();
            throw OutputException.of(dir, e);
        }
    }

    /**
     * Locks {@code dir}, repairs what a killed run left and creates the staging folder.
     *
     * @param formulaGuard whether the CSV tables neutralize formula-like cells
     *                     (see {@link CsvWriter})
     */
    public static Outputs open(Path dir, boolean formulaGuard) throws OutputException {
        return open(dir, formulaGuard, Files::newOutputStream);
    }

    static Outputs open(Path dir, boolean formulaGuard, Opener opener) throws OutputException {
        Path target = dir.toAbsolutePath().normalize();
        if (target.getParent() == null) {
            throw new OutputException(target, "cannot replace the root of a file system; give a folder below it");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new OutputException(target, "exists and is not a folder");
        }
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw OutputException.of(target, e);
        }
        Lock lock = Lock.take(target);
        try {
            repair(target);
            refuseForeign(target);
            return new Outputs(target, lock, Objects.requireNonNull(opener), formulaGuard);
        } catch (OutputException | RuntimeException e) {
            lock.release();
            throw e;
        }
    }

    /** The final output folder. */
    public Path dir() {
        return dir;
    }

    /** The folder every writer of this run writes into; it becomes {@link #dir()} on commit. */
    public Path staging() {
        return staging;
    }

    /** Creates the file {@code name} in the staging folder. */
    public synchronized OutputStream newFile(String name) throws OutputException {
        Path file = staging.resolve(name).normalize();
        if (!staging.equals(file.getParent())) {
            throw new IllegalArgumentException("not a plain file name: " + name);
        }
        if (finished) {
            throw new IllegalStateException("the run's output is already committed or aborted");
        }
        try {
            return opener.open(file);
        } catch (IOException e) {
            throw OutputException.of(dir, e);
        }
    }

    /** Opens the CSV table {@code name} ({@code name.csv} in the staging folder) with its header. */
    public synchronized CsvWriter table(String name, List<String> header) throws OutputException {
        if (Files.exists(staging.resolve(name + ".csv"))) {
            throw new IllegalArgumentException("table opened twice: " + name);
        }
        OutputStream out = newFile(name + ".csv");
        try {
            CsvWriter w = new CsvWriter(out, header, formulaGuard);
            writers.add(w);
            return w;
        } catch (IOException e) {
            throw OutputException.of(dir, e);
        }
    }

    /** Closes the tables and replaces the output folder with the staging folder. */
    public synchronized void commit() throws OutputException {
        if (finished) {
            throw new IllegalStateException("the run's output is already committed or aborted");
        }
        try {
            for (CsvWriter w : writers) {
                w.close();
            }
            Path aside = null;
            if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                aside = dir.resolveSibling("." + dir.getFileName() + ASIDE + ProcessHandle.current().pid());
                Files.move(dir, aside, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
            finished = true;
            if (aside != null) {
                deleteTree(aside);
            }
        } catch (IOException e) {
            throw OutputException.of(dir, e);
        }
    }

    /** Deletes the staging folder of an uncommitted run. Safe to call more than once. */
    public synchronized void abort() {
        if (finished) {
            return;
        }
        finished = true;
        for (CsvWriter w : writers) {
            try {
                w.close();
            } catch (IOException | RuntimeException ignored) {
                // the file is deleted next; nothing to keep
            }
        }
        try {
            deleteTree(staging);
        } catch (IOException ignored) {
            // best effort: the next run into this folder deletes what is left
        }
    }

    /** Aborts if uncommitted, then releases and deletes the lock. */
    @Override
    public void close() {
        abort();
        lock.release();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }

    /** Puts back a folder a killed run set aside, and deletes staging and set-aside leftovers. */
    private static void repair(Path dir) throws OutputException {
        String prefix = "." + dir.getFileName();
        try {
            List<Path> leftovers = new ArrayList<>();
            try (DirectoryStream<Path> s = Files.newDirectoryStream(dir.getParent(), prefix + ".tiqu-*")) {
                s.forEach(leftovers::add);
            }
            for (Path p : leftovers) {
                String name = p.getFileName().toString();
                if (name.startsWith(prefix + ASIDE) && !Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(p, dir, StandardCopyOption.ATOMIC_MOVE);
                } else if (name.startsWith(prefix + ASIDE) || name.startsWith(prefix + STAGING)) {
                    deleteTree(p);
                }
            }
            if (Files.isDirectory(dir)) {
                try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, ".*.partial")) {
                    for (Path p : s) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        } catch (IOException e) {
            throw OutputException.of(dir, e);
        }
    }

    private static void refuseForeign(Path dir) throws OutputException {
        if (!Files.isDirectory(dir) || Files.exists(dir.resolve("run.json"))) {
            return;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            if (s.iterator().hasNext()) {
                throw new OutputException(dir, "is not empty and holds no run.json, so it is not a tiqu output "
                        + "folder (a run replaces its output folder as a whole); give a new or empty folder");
            }
        } catch (IOException e) {
            throw OutputException.of(dir, e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(root, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return;
        }
        if (attrs.isDirectory()) {
            List<Path> children = new ArrayList<>();
            try (DirectoryStream<Path> s = Files.newDirectoryStream(root)) {
                s.forEach(children::add);
            }
            for (Path c : children) {
                deleteTree(c);
            }
        }
        Files.deleteIfExists(root);
    }

    /**
     * The lock file beside the output folder, held for the run's duration. An OS lock (POSIX
     * {@code fcntl}): it dies with the process, and closing any descriptor of the file in this
     * process would drop it, so the file is opened only through this class and only once per JVM.
     */
    private static final class Lock {
        private static final java.util.Set<Path> HELD = java.util.concurrent.ConcurrentHashMap.newKeySet();

        private final Path file;
        private final FileChannel channel;
        private final FileChannel check;
        private FileLock held;

        private Lock(Path file, FileChannel channel, FileChannel check, FileLock held) {
            this.file = file;
            this.channel = channel;
            this.check = check;
            this.held = held;
        }

        /** Takes the lock of {@code dir}, or fails naming the run that holds it. */
        static Lock take(Path dir) throws OutputException {
            Path file = dir.resolveSibling("." + dir.getFileName() + LOCK);
            if (!HELD.add(file)) {
                throw busy(dir, file, " (process " + ProcessHandle.current().pid() + ")");
            }
            String stamp = ProcessHandle.current().pid() + " " + Long.toHexString(System.nanoTime());
            try {
                for (int attempt = 0; attempt < 5; attempt++) {
                    FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                            StandardOpenOption.WRITE);
                    FileLock fl = tryLock(ch);
                    if (fl == null) {
                        String holder = holder(ch);
                        ch.close();
                        throw busy(dir, file, holder);
                    }
                    ch.truncate(0);
                    ch.write(StandardCharsets.UTF_8.encode(stamp + "\n"), 0);
                    FileChannel check = openIfPresent(file);
                    if (check != null && stamp.equals(read(check))) {
                        return new Lock(file, ch, check, fl);
                    }
                    // the previous holder deleted the file we locked: lock the one at the path now
                    if (check != null) {
                        check.close();
                    }
                    ch.close();
                }
                throw new OutputException(dir, "cannot take the lock " + file + ": other runs keep replacing it");
            } catch (IOException e) {
                HELD.remove(file);
                throw OutputException.of(dir, e);
            }
        }

        private static OutputException busy(Path dir, Path file, String holder) {
            return new OutputException(dir, "another tiqu run" + holder + " is writing this folder (lock " + file
                    + "); wait for it to finish or choose another --out");
        }

        private static FileChannel openIfPresent(Path file) throws IOException {
            try {
                return FileChannel.open(file, StandardOpenOption.READ);
            } catch (NoSuchFileException e) {
                return null;
            }
        }

        private static String read(FileChannel ch) throws IOException {
            ByteBuffer b = ByteBuffer.allocate(64);
            int n = ch.read(b, 0);
            return n <= 0 ? "" : new String(b.array(), 0, n, StandardCharsets.UTF_8).strip();
        }

        private static FileLock tryLock(FileChannel ch) throws IOException {
            try {
                return ch.tryLock();
            } catch (OverlappingFileLockException e) {
                return null;
            }
        }

        private static String holder(FileChannel ch) throws IOException {
            String pid = read(ch).split(" ")[0];
            return pid.matches("\\d+") ? " (process " + pid + ")" : "";
        }

        synchronized void release() {
            if (held == null) {
                return;
            }
            try {
                Files.deleteIfExists(file);
                held.release();
                channel.close();
                check.close();
            } catch (IOException ignored) {
                // the OS releases the lock when the process ends; a left lock file is reused
            }
            held = null;
            HELD.remove(file);
        }
    }
}
