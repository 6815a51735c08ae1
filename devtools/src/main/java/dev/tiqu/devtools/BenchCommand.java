package dev.tiqu.devtools;

import com.hankcs.hanlp.seg.Segment;
import com.sun.management.GarbageCollectionNotificationInfo;
import dev.tiqu.cli.Tiqu;
import dev.tiqu.core.dataset.Dataset;
import dev.tiqu.core.pipeline.DocumentResult;
import dev.tiqu.core.pipeline.Pipeline;
import dev.tiqu.core.text.Document;
import dev.tiqu.core.text.PublicationDate;
import dev.tiqu.datasets.Datasets;
import dev.tiqu.datasets.DefinedDataset;
import dev.tiqu.formats.CsvWriter;
import dev.tiqu.formats.Tables;
import dev.tiqu.names.NameRecognizer;
import dev.tiqu.names.hanlp.HanlpRecognizer;
import dev.tiqu.standard.StandardPipeline;
import dev.tiqu.text.TextCleaner;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tiqu-devtools bench [pages…]}: measures the default pipeline on the pages replicated to a
 * corpus of at least {@code --megabytes}: end-to-end chars/s on one thread (steady state, after a
 * warm-up) and on each of {@code --threads} (default 1, 2 and 4), time per stage (cleaning,
 * segmentation, each extractor and resolver, each built-in dataset, CSV writing), JVM start to the
 * first record in this JVM, heap (live after collections, and peak), and as the reference raw HanLP on the
 * same text in the configuration of the default names backend (segmentation with name and
 * organization recognition: the part of the work the pipeline cannot avoid). Then the same
 * comparison as whole processes ({@link WholeProcessPair}: {@code tiqu extract} on one thread
 * against {@link RawHanlp}, each its own JVM over the corpus written to files, as {@code java -jar}
 * and through the launcher, with one page's run from its start to its first record and to its exit),
 * and on request the CoreNLP
 * backend's factor.
 *
 * <p>A benchmark, not a test: it asserts nothing and prints figures on stdout. Example:
 * {@code bench --megabytes 10 --rounds 3 --process-pairs 3} ends with
 * {@code whole process tiqu extract / raw HanLP, launcher … (1 thread, …): 0.62 (median of 3 pairs, …)}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Tiqu.Version.class,
        description = "Benchmark the pipeline against raw HanLP on the seed pages replicated to a corpus.")
public final class BenchCommand implements Callable<Integer> {

    /** Pages per alternation between the pipeline and raw HanLP within a measured round. */
    private static final int CHUNK = 10;
    /** Characters of warm-up (about 10 MB of Chinese text), unless 20 s pass first. */
    private static final long WARMUP_CHARS = 4_000_000;
    /** The publication date of the benchmark's pages. */
    private static final LocalDate PUBLICATION_DATE = LocalDate.of(2024, 11, 24);

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PAGE", description = "Page files or folders (default: seeds).")
    List<Path> pages = List.of(Path.of("seeds"));

    @Option(names = "--megabytes", paramLabel = "MB", description = "Corpus size in MB of UTF-8 text (default: ${DEFAULT-VALUE}).")
    int megabytes = 10;

    @Option(names = "--threads", paramLabel = "N", split = ",",
            description = "Thread counts of the scaling runs (default: ${DEFAULT-VALUE}).")
    List<Integer> threads = List.of(1, 2, 4);

    @Option(names = "--ner", paramLabel = "BACKEND", description = "Names backend to measure: hanlp (default) or corenlp.")
    String ner = StandardPipeline.DEFAULT_BACKEND;

    @Option(names = "--rounds", paramLabel = "N", description = "Measured rounds after the warm-up pass (default: ${DEFAULT-VALUE}).")
    int rounds = 3;

    @Option(names = "--process-pairs", paramLabel = "N",
            description = "Whole-process pairs, tiqu extract and raw HanLP each as its own JVM on the corpus "
                    + "(default: ${DEFAULT-VALUE}; 0: none).")
    int processPairs = 1;

    @Option(names = "--cli-dir", paramLabel = "DIR",
            description = "Folder of tiqu.jar and its launcher for the whole-process pairs (default: ${DEFAULT-VALUE}).")
    Path cliDir = Path.of("cli", "target");

    @Option(names = "--corenlp-factor", description = "Also time the pipeline with the CoreNLP backend on the pages "
            + "(its jar must be on the classpath; ~6 GB of heap) and print its factor against HanLP's.")
    boolean corenlpFactor;

    /** The built pipeline and its names backend. */
    private record Loaded(Pipeline pipeline, NameRecognizer names) {
    }

    /** The measured rounds: throughput of each side and their ratio per round, time per stage. */
    private record Rounds(double[] ours, double[] theirs, double[] ratios, Map<String, Long> stages) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Document> seeds = validatedPages();
        LiveHeap liveHeap = new LiveHeap();
        Loaded loaded = load(ner, seeds.get(0), out);
        List<Document> corpus = replicate(seeds, megabytes * 1024L * 1024L);
        long chars = corpus.stream().mapToLong(d -> d.text().length()).sum();
        long bytes = corpus.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum();
        out.printf("corpus: %d pages, %d chars, %.1f MB UTF-8%n", corpus.size(), chars, bytes / 1048576.0);
        // the reference: the HanLP work the default pipeline cannot avoid, the recognition its
        // names backend runs, on the raw pages
        Segment hanlp = HanlpRecognizer.segment();
        warmUp(loaded.pipeline(), hanlp, corpus, chars);
        Rounds measured = measure(loaded.pipeline(), hanlp, corpus, chars, out);
        double oneRate = median(measured.ours());
        out.printf("default pipeline, 1 thread: %.0f chars/s (median of %d rounds, %.0f-%.0f; CSV writing included)%n",
                oneRate, rounds, min(measured.ours()), max(measured.ours()));
        for (int n : threads) {
            double rate = chars / (parallelPass(loaded.pipeline(), corpus, n) / 1e9);
            out.printf("default pipeline, %d threads: %.0f chars/s, speed-up %.2fx over the 1-thread median%n",
                    n, rate, rate / oneRate);
        }
        stages(measured.stages(), corpus, out);
        references(loaded.names(), corpus, chars, measured, out);
        if (corenlpFactor) {
            corenlpFactor(loaded.pipeline(), seeds, out);
        }
        out.printf("heap: at most %d MB live after a collection, %d MB peak used including garbage "
                + "(sum of the pools' peaks), max heap %d MB%n", liveHeap.max / 1048576, peakHeap() / 1048576,
                Runtime.getRuntime().maxMemory() / 1048576);
        if (processPairs > 0) {
            out.flush();
            new WholeProcessPair("1g", PUBLICATION_DATE.toString(), cliDir).run(corpus, processPairs, out);
        }
        out.flush();
        return 0;
    }

    /** The pages to measure, after checking the options. */
    private List<Document> validatedPages() throws IOException {
        if (rounds < 1 || megabytes < 1 || processPairs < 0 || threads.stream().anyMatch(n -> n < 1)) {
            throw new ParameterException(spec.commandLine(),
                    "--rounds, --megabytes and --threads must be at least 1, --process-pairs at least 0");
        }
        for (Path p : pages) {
            if (!Files.exists(p)) {
                throw new ParameterException(spec.commandLine(), "no such page file or folder: " + p);
            }
        }
        List<Document> seeds = read(pages);
        if (seeds.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no pages to benchmark");
        }
        return seeds;
    }

    /** Builds the pipeline with that backend and every built-in dataset, and runs it on one page. */
    private static Loaded load(String backend, Document page, PrintWriter out) {
        // JVM start to the first record of one page: pipeline construction included
        long load = System.nanoTime();
        // as the command line builds it: the definitions read on another thread, HanLP's dictionaries on its own
        CompletableFuture<List<DefinedDataset>> datasets = CompletableFuture.supplyAsync(
                () -> Datasets.builtInNames().stream().map(Datasets::builtIn).toList());
        NameRecognizer names = StandardPipeline.recognizer(backend);
        Pipeline.Builder builder = StandardPipeline.builder(names);
        datasets.join().forEach(builder::dataset);
        Pipeline pipeline = builder.build();
        long loadMillis = (System.nanoTime() - load) / 1_000_000;
        DocumentResult first = pipeline.process(page);
        long firstRecordMillis = ManagementFactory.getRuntimeMXBean().getUptime();
        out.printf("names backend: %s, pipeline built in %d ms%n", backend, loadMillis);
        out.printf("JVM start to first record in this JVM (one page, %d mentions; as whole processes below): %d ms%n", first.mentions().size(), firstRecordMillis);
        return new Loaded(pipeline, names);
    }

    /**
     * Warm-up, untimed, so that both sides are measured after the JIT has compiled them (on 2 cores
     * the compiler threads otherwise compete with the measured one): passes over the corpus until
     * about 10 MB of text or 20 s, at least one pass.
     */
    private static void warmUp(Pipeline pipeline, Segment hanlp, List<Document> corpus, long chars) throws IOException {
        long warmupEnd = System.nanoTime() + 20_000_000_000L;
        for (long warmed = 0; warmed == 0 || warmed < WARMUP_CHARS && System.nanoTime() < warmupEnd; warmed += chars) {
            runPipeline(pipeline, corpus, new LinkedHashMap<>());
            runHanlp(hanlp, corpus);
        }
    }

    /**
     * The measured rounds: each goes over the corpus a few pages at a time, the pipeline then raw
     * HanLP on the same pages, so that a slow spell of a shared machine hits both sides alike.
     */
    private Rounds measure(Pipeline pipeline, Segment hanlp, List<Document> corpus, long chars, PrintWriter out)
            throws IOException {
        Map<String, Long> stages = new LinkedHashMap<>();
        double[] ours = new double[rounds];
        double[] theirs = new double[rounds];
        double[] ratios = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long pipelineNanos = 0;
            long hanlpNanos = 0;
            for (int from = 0; from < corpus.size(); from += CHUNK) {
                List<Document> chunk = corpus.subList(from, Math.min(corpus.size(), from + CHUNK));
                pipelineNanos += runPipeline(pipeline, chunk, stages);
                hanlpNanos += runHanlp(hanlp, chunk);
            }
            ours[i] = chars / (pipelineNanos / 1e9);
            theirs[i] = chars / (hanlpNanos / 1e9);
            ratios[i] = ours[i] / theirs[i];
            out.printf("round %d: pipeline %.0f chars/s, raw HanLP %.0f chars/s, ratio %.2f%n",
                    i + 1, ours[i], theirs[i], ratios[i]);
        }
        return new Rounds(ours, theirs, ratios, stages);
    }

    /** One pass of the pipeline over the corpus on {@code n} threads, CSV writing included; nanoseconds. */
    private static long parallelPass(Pipeline pipeline, List<Document> corpus, int n) throws Exception {
        long t = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<DocumentResult>> futures = new ArrayList<>();
            for (Document d : corpus) {
                futures.add(pool.submit(() -> {
                    DocumentResult r = pipeline.process(d);
                    writeCsv(r, pipeline.datasets());
                    return null;
                }));
            }
            for (Future<DocumentResult> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return System.nanoTime() - t;
    }

    private void stages(Map<String, Long> stages, List<Document> corpus, PrintWriter out) {
        out.printf("time per stage, 1 thread (all %d rounds):%n", rounds);
        long total = stages.values().stream().mapToLong(Long::longValue).sum();
        stages.forEach((k, v) -> out.printf("  %-28s %8.1f s %5.1f%%%n", k, v / 1e9, 100.0 * v / total));
        long tc = System.nanoTime();
        for (Document d : corpus) {
            TextCleaner.lines(d.text());
        }
        out.printf("  of which cleaning: %.2f s per pass (segmentation with cleaning: %.2f s per pass)%n",
                (System.nanoTime() - tc) / 1e9, stages.getOrDefault(Pipeline.SEGMENTATION, 0L) / 1e9 / rounds);
    }

    /** Raw recognition alone for another backend, raw HanLP with places, and the steady-state ratio. */
    private void references(NameRecognizer names, List<Document> corpus, long chars, Rounds measured, PrintWriter out) {
        if (!ner.equals(StandardPipeline.DEFAULT_BACKEND)) {
            long tr = System.nanoTime();
            for (Document d : corpus) {
                names.recognize(d.text());
            }
            out.printf("raw %s name recognition alone, 1 thread: %.0f chars/s%n", ner,
                    chars / ((System.nanoTime() - tr) / 1e9));
        }
        Segment withPlaces = HanlpRecognizer.segment().enablePlaceRecognize(true);
        runHanlp(withPlaces, corpus.subList(0, corpus.size() / 10));
        out.printf("raw HanLP with place recognition as well (not used by tiqu), 1 thread: %.0f chars/s%n",
                chars / (runHanlp(withPlaces, corpus) / 1e9));
        double[] theirs = measured.theirs();
        double[] ratios = measured.ratios();
        out.printf("raw HanLP segmentation with name/organization recognition (as its users run it; tiqu leaves "
                + "organization recognition out), 1 thread: %.0f chars/s (median, %.0f-%.0f)%n",
                median(theirs), min(theirs), max(theirs));
        out.printf("default pipeline / raw HanLP (1 thread): %.2f (median of the rounds' ratios, %.2f-%.2f)%n",
                median(ratios), min(ratios), max(ratios));
    }

    /**
     * The CoreNLP factor: seconds of the pipeline with the CoreNLP backend over the pages divided by
     * seconds of the measured pipeline over the same pages, each after one untimed pass.
     */
    private void corenlpFactor(Pipeline measured, List<Document> seeds, PrintWriter out) throws IOException {
        if (!StandardPipeline.backends().contains("corenlp")) {
            out.println("CoreNLP factor: not measured, the CoreNLP backend is not on the classpath");
            return;
        }
        Pipeline corenlp = load("corenlp", seeds.get(0), out).pipeline();
        Map<String, Long> ignored = new LinkedHashMap<>();
        runPipeline(corenlp, seeds, ignored);
        runPipeline(measured, seeds, ignored);
        double slow = runPipeline(corenlp, seeds, ignored);
        double fast = runPipeline(measured, seeds, ignored);
        out.printf("CoreNLP factor: the pipeline with CoreNLP takes %.1fx the time of the %s pipeline on the pages%n",
                slow / fast, ner);
    }

    /** One pass of the pipeline over the corpus, CSV writing included; returns nanoseconds. */
    private static long runPipeline(Pipeline pipeline, List<Document> corpus, Map<String, Long> stages)
            throws IOException {
        long csvNanos = 0;
        long t = System.nanoTime();
        for (Document d : corpus) {
            DocumentResult r = pipeline.process(d);
            r.stageNanos().forEach((k, v) -> stages.merge(k, v, Long::sum));
            long c = System.nanoTime();
            writeCsv(r, pipeline.datasets());
            csvNanos += System.nanoTime() - c;
        }
        stages.merge("csv writing", csvNanos, Long::sum);
        return System.nanoTime() - t;
    }

    /** One pass of raw HanLP over the corpus; returns nanoseconds. */
    private static long runHanlp(Segment hanlp, List<Document> corpus) {
        long t = System.nanoTime();
        for (Document d : corpus) {
            hanlp.seg(d.text());
        }
        return System.nanoTime() - t;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    private static void writeCsv(DocumentResult r, List<Dataset> datasets) throws IOException {
        try (CsvWriter w = new CsvWriter(OutputStream.nullOutputStream(), Tables.MENTION_COLUMNS)) {
            for (List<String> row : Tables.mentionRows(r)) {
                w.row(row);
            }
        }
        try (CsvWriter w = new CsvWriter(OutputStream.nullOutputStream(), Tables.ARTICLE_COLUMNS)) {
            for (List<String> row : Tables.articleRows(r)) {
                w.row(row);
            }
        }
        for (Dataset d : datasets) {
            try (CsvWriter w = new CsvWriter(OutputStream.nullOutputStream(), d.columns())) {
                for (List<String> row : Tables.datasetRows(d, r)) {
                    w.row(row);
                }
            }
        }
    }

    /** The largest heap in use right after a garbage collection, from the collectors' notifications. */
    private static final class LiveHeap implements NotificationListener {
        private final Set<String> heapPools = new HashSet<>();
        private volatile long max;

        LiveHeap() {
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    heapPools.add(pool.getName());
                }
            }
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(this, null, null);
                }
            }
        }

        @Override
        public void handleNotification(Notification n, Object handback) {
            if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                return;
            }
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            long live = 0;
            for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (heapPools.contains(e.getKey())) {
                    live += e.getValue().getUsed();
                }
            }
            max = Math.max(max, live);
        }
    }


    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static List<Document> read(List<Path> paths) throws IOException {
        List<Document> docs = new ArrayList<>();
        for (Path p : paths) {
            List<Path> files;
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
                }
            } else {
                files = List.of(p);
            }
            for (Path f : files) {
                docs.add(new Document(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8),
                        PublicationDate.given(PUBLICATION_DATE)));
            }
        }
        return docs;
    }

    private static List<Document> replicate(List<Document> seeds, long minBytes) {
        List<Document> corpus = new ArrayList<>();
        long size = 0;
        for (int copy = 0; size < minBytes; copy++) {
            for (Document d : seeds) {
                corpus.add(new Document(copy + "_" + d.id(), d.text(), d.publicationDate()));
                size += d.text().getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return corpus;
    }
}
