package dev.tiqu.devtools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The benchmark's whole-process comparison: {@code tiqu extract} on one thread against
 * {@link RawHanlp} on the same files, each as its own JVM from start to exit (JVM start,
 * dictionary and lexicon loading, reading, and for tiqu writing the CSV files included), run in
 * turn A B A B so that a slow spell of a shared machine hits both alike.
 *
 * <p>Two sides, each with its flags stated: as a user's {@code java -jar tiqu.jar} runs it
 * (default JIT, no archive), and through the {@code tiqu} launcher beside the jar (its
 * class-data-sharing archive and JIT flags); raw HanLP gets the same flags on each side, on the
 * launcher's side the launcher's JVM flags and a class-data-sharing archive of its own, made by
 * one run before the pairs. Every child gets the same java and {@code -Xmx}. Each side also
 * reports one page's {@code extract} from the command's start to its first record and to its exit. Example: 3 pairs over 10 MB print each pair's seconds and the median of the
 * throughput ratios, tiqu / raw HanLP, for each side.
 */
final class WholeProcessPair {

    /** The launcher's JVM flags (JIT, collector), the value of its {@code flags=} line. */
    private static final Pattern FLAGS_LINE = Pattern.compile("(?m)^flags='?([^'\\n]*)'?$");
    /** One-page runs per side, of which the median is printed. */
    private static final int ONE_PAGE_RUNS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String java = ProcessHandle.current().info().command().orElse("java");
    private final String classpath = System.getProperty("java.class.path");
    private final String maxHeap;
    private final String date;
    private final Path cliDir;

    /** How one side runs each program: its label and flags, the command before the arguments, the environment. */
    private record Side(String label, String flags, List<String> tiqu, List<String> raw, Map<String, String> env) {
    }

    /**
     * @param maxHeap the children's {@code -Xmx} value, e.g. {@code 1g}
     * @param date    the publication date given to {@code tiqu extract}, as the benchmark's pages have
     * @param cliDir  the folder of {@code tiqu.jar} and its launcher {@code tiqu} (the cli module's target)
     */
    WholeProcessPair(String maxHeap, String date, Path cliDir) {
        this.maxHeap = maxHeap;
        this.date = date;
        this.cliDir = cliDir;
    }

    /** Writes {@code corpus} to a temporary folder, runs {@code pairs} pairs over it for each side and prints them. */
    void run(List<Document> corpus, int pairs, PrintWriter out) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("tiqu-bench");
        try {
            Path pagesDir = Files.createDirectory(dir.resolve("pages"));
            Path onePage = Files.createDirectory(dir.resolve("one"));
            long chars = 0;
            for (int i = 0; i < corpus.size(); i++) {
                Document d = corpus.get(i);
                Files.writeString(pagesDir.resolve(String.format("%06d.txt", i)), d.text(), StandardCharsets.UTF_8);
                chars += d.text().length();
            }
            Files.writeString(onePage.resolve("page.txt"), corpus.get(0).text(), StandardCharsets.UTF_8);
            for (Side side : sides(dir, onePage, out)) {
                out.printf("whole process, %s: %s%n", side.label(), side.flags());
                onePage(side, onePage, dir, out);
                pairs(side, pagesDir, dir, corpus.size(), chars, pairs, out);
                out.flush();
            }
        } finally {
            delete(dir);
        }
    }

    /** The {@code java -jar} side, and the launcher's when {@code cliDir} holds it. */
    private List<Side> sides(Path dir, Path onePage, PrintWriter out) throws IOException, InterruptedException {
        List<String> rawPlain = List.of(java, "-Xmx" + maxHeap, "-cp", classpath, RawHanlp.class.getName());
        Path jar = cliDir.resolve("tiqu.jar");
        if (!Files.isRegularFile(jar)) {
            out.printf("whole process: no %s, so tiqu runs from this tool's class path and no launcher is measured%n", jar);
            return List.of(new Side("java -cp", "-Xmx" + maxHeap + ", default JIT, no archive",
                    List.of(java, "-Xmx" + maxHeap, "-cp", classpath, "dev.tiqu.cli.Tiqu"), rawPlain, Map.of()));
        }
        List<Side> sides = new ArrayList<>();
        sides.add(new Side("java -jar", "-Xmx" + maxHeap + ", default JIT, no archive",
                List.of(java, "-Xmx" + maxHeap, "-jar", jar.toString()), rawPlain, Map.of()));
        Path launcher = cliDir.resolve("tiqu");
        if (!Files.isRegularFile(launcher)) {
            out.printf("whole process: no launcher %s, not measured%n", launcher);
            return sides;
        }
        Matcher line = FLAGS_LINE.matcher(Files.readString(launcher, StandardCharsets.UTF_8));
        List<String> flags = line.find() ? List.of(line.group(1).trim().split("\\s+")) : List.of();
        boolean archived = Files.isRegularFile(cliDir.resolve("tiqu.jsa"));
        Path rawArchive = dir.resolve("raw.jsa");
        if (archived) {
            List<String> rawTraining = new ArrayList<>(List.of(java, "-Xmx" + maxHeap,
                    "-XX:+IgnoreUnrecognizedVMOptions", "-XX:ArchiveClassesAtExit=" + rawArchive));
            rawTraining.addAll(flags);
            rawTraining.addAll(List.of("-cp", classpath, RawHanlp.class.getName(), onePage.toString()));
            seconds(rawTraining, Map.of(), dir.resolve("raw-archive.log"));
        }
        List<String> raw = new ArrayList<>(List.of(java, "-Xmx" + maxHeap));
        if (Files.isRegularFile(rawArchive)) {
            raw.addAll(List.of("-XX:SharedArchiveFile=" + rawArchive, "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        raw.addAll(flags);
        raw.addAll(List.of("-cp", classpath, RawHanlp.class.getName()));
        String home = Path.of(java).getParent().getParent().toString();
        sides.add(new Side("launcher " + launcher, "-Xmx" + maxHeap + " " + String.join(" ", flags)
                + (archived ? ", class-data-sharing archive tiqu.jsa (raw HanLP: its own, made by one run)" : ", no archive"),
                List.of("sh", launcher.toString()), raw, Map.of("JAVA_HOME", home, "JAVA_OPTS", "-Xmx" + maxHeap)));
        return sides;
    }

    /**
     * One page's {@code extract}, the median of a few runs: from the command's start (the launcher's
     * shell included) to its first record, written to the CSV files ({@code first_result_epoch_millis}
     * of its run.json, on the same clock), and to its exit.
     */
    private void onePage(Side side, Path onePage, Path dir, PrintWriter out) throws IOException, InterruptedException {
        double[] runs = new double[ONE_PAGE_RUNS];
        double[] firsts = new double[ONE_PAGE_RUNS];
        for (int i = 0; i < runs.length; i++) {
            long started = System.currentTimeMillis();
            runs[i] = seconds(tiqu(side, onePage, dir.resolve("one-out")), side.env(), dir.resolve("one.log"));
            JsonNode first = JSON.readTree(dir.resolve("one-out").resolve("run.json").toFile())
                    .path("first_result_epoch_millis");
            firsts[i] = first.isNumber() ? (first.asLong() - started) / 1000.0 : Double.NaN;
        }
        Arrays.sort(runs);
        Arrays.sort(firsts);
        out.printf("  one page (%s), tiqu extract: command start to first record %.2f s (median of %d, %.2f-%.2f), "
                + "to exit %.2f s (%.2f-%.2f)%n", onePage.resolve("page.txt").getFileName(), firsts[firsts.length / 2],
                runs.length, firsts[0], firsts[firsts.length - 1], runs[runs.length / 2], runs[0], runs[runs.length - 1]);
    }

    private void pairs(Side side, Path pagesDir, Path dir, int files, long chars, int pairs, PrintWriter out)
            throws IOException, InterruptedException {
        List<String> tiqu = tiqu(side, pagesDir, dir.resolve("out"));
        List<String> raw = new ArrayList<>(side.raw());
        raw.add(pagesDir.toString());
        double[] ratios = new double[pairs];
        for (int i = 0; i < pairs; i++) {
            double a = seconds(tiqu, side.env(), dir.resolve("tiqu.log"));
            double b = seconds(raw, Map.of(), dir.resolve("raw.log"));
            ratios[i] = b / a;
            out.printf("  pair %d, 1 thread: tiqu extract %.1f s (%.0f chars/s), raw HanLP %.1f s (%.0f chars/s), "
                    + "ratio %.2f%n", i + 1, a, chars / a, b, chars / b, ratios[i]);
        }
        Arrays.sort(ratios);
        out.printf("  whole process tiqu extract / raw HanLP, %s (1 thread, %d files, %d chars): %.2f "
                + "(median of %d pairs, %.2f-%.2f)%n", side.label(), files, chars, ratios[pairs / 2],
                pairs, ratios[0], ratios[pairs - 1]);
    }

    private List<String> tiqu(Side side, Path input, Path outDir) {
        List<String> command = new ArrayList<>(side.tiqu());
        command.addAll(List.of("extract", input.toString(), "--out", outDir.toString(), "--threads", "1", "--quiet",
                "--date", date));
        return command;
    }

    /** Runs {@code command} to its end, its output to {@code log}; wall seconds. */
    private static double seconds(List<String> command, Map<String, String> env, Path log)
            throws IOException, InterruptedException {
        long t = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process p = builder.start();
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
