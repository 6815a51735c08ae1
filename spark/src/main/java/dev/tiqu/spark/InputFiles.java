package dev.tiqu.spark;

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
 * Hadoop does), read on the executors one file at a time.
 *
 * <p>Design decision: not {@code SparkContext.binaryFiles}. It packs small files into splits of
 * up to 128 MB, so a 10 MB folder of pages became one task on one core; listing here lets the
 * job cut the list into as many tasks as it wants, and a file that vanished or cannot be read
 * becomes a {@code failures} row. Instances are serializable (they carry the Hadoop settings).
 *
 * <pre>{@code
 * List<String> files = InputFiles.list("hdfs:/papers/2024-*", conf);  // sorted paths
 * }</pre>
 */
final class InputFiles implements Serializable {

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
    static List<String> list(String input, Configuration conf) throws IOException {
        List<String> files = new ArrayList<>();
        for (String part : input.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            Path pattern = new Path(part.trim());
            FileSystem fs = pattern.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(pattern);
            if (matches == null || matches.length == 0) {
                throw new FileNotFoundException("no input matches " + part);
            }
            for (FileStatus m : matches) {
                if (m.isFile()) {
                    files.add(m.getPath().toString());
                    continue;
                }
                int depth = m.getPath().depth();
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(m.getPath(), true);
                while (it.hasNext()) {
                    Path p = it.next().getPath();
                    if (!hidden(p, depth)) {
                        files.add(p.toString());
                    }
                }
            }
        }
        files.sort(null);
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
    List<Row> extract(String path, TiquOptions options) {
        Path p = new Path(path);
        String name = p.getName();
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
