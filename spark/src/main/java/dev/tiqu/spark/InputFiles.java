package dev.tiqu.spark;

import dev.tiqu.formats.input.TextFileNames;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.Row;

/**
 * The text files of a run: listed on the driver (paths, globs, comma-separated lists; folders
 * recursively, skipping names that start with {@code .} or {@code _} below a given folder, as
 * Hadoop does, and files that are not text by the CLI's rule, {@link TextFileNames}), read on the
 * executors one file at a time.
 *
 * <p>Design decision: not {@code SparkContext.binaryFiles}. It packs small files into splits of
 * up to 128 MB, so a 10 MB folder of pages became one task on one core; listing here lets the
 * job cut the list into as many tasks as it wants, and a file that vanished or cannot be read
 * becomes a {@code failures} row. Instances are serializable (they carry the Hadoop settings).
 *
 * <pre>{@code
 * List<InputFiles.File> files = InputFiles.list("hdfs:/papers/2024-*", conf);  // sorted by path
 * }</pre>
 */
final class InputFiles implements Serializable {

    /**
     * One file to read and the document name it gets, as the CLI names it: a file given (or
     * matched by a glob) is its file name; a file found in a folder is its path relative to that
     * folder, with the folder's own name first when the input names several files or folders.
     */
    record File(String path, String doc) implements Serializable {
    }

    private static final long serialVersionUID = 1L;

    private final HadoopSettings settings;

    /** Reads with the settings of {@code conf} (file system implementations, credentials). */
    InputFiles(Configuration conf) {
        this.settings = new HadoopSettings(conf);
    }

    /**
     * Every file of {@code input}, sorted by path.
     *
     * @throws FileNotFoundException if a path or glob matches nothing
     */
    static List<File> list(String input, Configuration conf) throws IOException {
        List<FileStatus> roots = new ArrayList<>();
        for (String part : input.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            Path pattern = new Path(part.trim());
            FileStatus[] matches = pattern.getFileSystem(conf).globStatus(pattern);
            if (matches == null || matches.length == 0) {
                throw new FileNotFoundException("no input matches " + part);
            }
            roots.addAll(List.of(matches));
        }
        List<File> files = new ArrayList<>();
        for (FileStatus m : roots) {
            Path root = m.getPath();
            if (m.isFile()) {
                files.add(new File(root.toString(), root.getName()));
                continue;
            }
            Path base = roots.size() > 1 && root.getParent() != null ? root.getParent() : root;
            RemoteIterator<LocatedFileStatus> it = root.getFileSystem(conf).listFiles(root, true);
            while (it.hasNext()) {
                Path p = it.next().getPath();
                if (!hidden(p, root.depth()) && TextFileNames.isText(p.getName())) {
                    files.add(new File(p.toString(), base.toUri().relativize(p.toUri()).getPath()));
                }
            }
        }
        files.sort(java.util.Comparator.comparing(File::path));
        return files;
    }

    private static boolean hidden(Path p, int rootDepth) {
        for (Path q = p; q != null && q.depth() > rootDepth; q = q.getParent()) {
            String name = q.getName();
            if (name.startsWith(".") || name.startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    /** Reads one file and extracts it; a file too large, vanished or unreadable is a {@code failures} row. */
    List<Row> extract(File file, TiquOptions options) {
        String path = file.path();
        String name = file.doc();
        Path p = new Path(path);
        byte[] bytes;
        try {
            FileSystem fs = p.getFileSystem(settings.configuration());
            long size = fs.getFileStatus(p).getLen();
            if (size > options.maxFileBytes()) {
                return List.of(Extraction.failure(path, name, "skipped", "larger than --max-file-size "
                        + options.maxFileBytes() / (1024 * 1024) + " MB (" + size + " bytes)"));
            }
            try (InputStream in = fs.open(p)) {
                bytes = in.readAllBytes();
            }
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            return List.of(Extraction.failure(path, name, "failed", "cannot read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        }
        return Extraction.ofBytes(path, name, bytes, options);
    }
}
