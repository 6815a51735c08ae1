package dev.tiqu.devtools;

import dev.tiqu.core.text.Document;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark's whole-process comparison: {@code tiqu extract} on one thread against
 * {@link RawHanlp} on the same files, each as its own JVM from start to exit (JVM start,
 * dictionary and lexicon loading, reading, and for tiqu writing the CSV files included), run in
 * turn A B A B so that a slow spell of a shared machine hits both alike. Both children get the
 * same java, classpath and {@code -Xmx}. Example: 3 pairs over 10 MB print each pair's seconds
 * and the median of the throughput ratios, tiqu / raw HanLP.
 */
final class WholeProcessPair {

    private final String java = ProcessHandle.current().info().command().orElse("java");
    private final String classpath = System.getProperty("java.class.path");
    private final String maxHeap;
    private final String date;

    /**
     * @param maxHeap the children's {@code -Xmx} value, e.g. {@code 1g}
     * @param date    the publication date given to {@code tiqu extract}, as the benchmark's pages have
     */
    WholeProcessPair(String maxHeap, String date) {
        this.maxHeap = maxHeap;
        this.date = date;
    }

    /** Writes {@code corpus} to a temporary folder, runs {@code pairs} pairs over it and prints them. */
    void run(List<Document> corpus, int pairs, PrintWriter out) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("tiqu-bench");
        try {
            Path pagesDir = Files.createDirectory(dir.resolve("pages"));
            long chars = 0;
            for (int i = 0; i < corpus.size(); i++) {
                Document d = corpus.get(i);
                Files.writeString(pagesDir.resolve(String.format("%06d.txt", i)), d.text(), StandardCharsets.UTF_8);
                chars += d.text().length();
            }
            List<String> tiqu = command("dev.tiqu.cli.Tiqu", "extract", pagesDir.toString(),
                    "--out", dir.resolve("out").toString(), "--threads", "1", "--quiet", "--date", date);
            List<String> raw = command(RawHanlp.class.getName(), pagesDir.toString());
            double[] ratios = new double[pairs];
            for (int i = 0; i < pairs; i++) {
                double a = seconds(tiqu, dir.resolve("tiqu.log"));
                double b = seconds(raw, dir.resolve("raw.log"));
                ratios[i] = b / a;
                out.printf("whole process, 1 thread, pair %d: tiqu extract %.1f s (%.0f chars/s), raw HanLP %.1f s "
                        + "(%.0f chars/s), ratio %.2f%n", i + 1, a, chars / a, b, chars / b, ratios[i]);
            }
            Arrays.sort(ratios);
            out.printf("whole process tiqu extract / raw HanLP (1 thread, -Xmx%s, %d files, %d chars): %.2f "
                    + "(median of %d pairs, %.2f-%.2f)%n", maxHeap, corpus.size(), chars, ratios[pairs / 2],
                    pairs, ratios[0], ratios[pairs - 1]);
        } finally {
            delete(dir);
        }
    }

    private List<String> command(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + maxHeap, "-cp", classpath, mainClass));
        command.addAll(List.of(args));
        return command;
    }

    /** Runs {@code command} to its end, its output to {@code log}; wall seconds. */
    private static double seconds(List<String> command, Path log) throws IOException, InterruptedException {
        long t = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int code = p.waitFor();
        double s = (System.nanoTime() - t) / 1e9;
        if (code != 0) {
            throw new IOException("exit code " + code + " from " + command + ": " + Files.readString(log));
        }
        return s;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
