package dev.tiqu.cli;

import dev.tiqu.cli.Worker.Processed;
import dev.tiqu.cli.run.Inputs;
import dev.tiqu.cli.run.MemoryBudget;
import dev.tiqu.cli.run.OutputException;
import dev.tiqu.cli.run.Outputs;
import dev.tiqu.cli.run.Progress;
import dev.tiqu.cli.run.RunReport;
import dev.tiqu.cli.run.Sources;
import dev.tiqu.core.dataset.Dataset;
import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.pipeline.DocumentLimits;
import dev.tiqu.core.pipeline.DocumentResult;
import dev.tiqu.core.pipeline.Pipeline;
import dev.tiqu.core.pipeline.ResultSink;
import dev.tiqu.core.text.Article;
import dev.tiqu.datasets.Datasets;
import dev.tiqu.datasets.DefinitionException;
import dev.tiqu.formats.Closing;
import dev.tiqu.formats.CsvSink;
import dev.tiqu.formats.OutputFormat;
import dev.tiqu.formats.input.RecordFields;
import dev.tiqu.formats.input.RecordReader;
import dev.tiqu.standard.StandardPipeline;
import dev.tiqu.text.Layout;
import dev.tiqu.text.NewspaperSegmenter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tiqu extract <files or folders…> --out DIR}: runs the pipeline over every input and
 * writes articles.csv, mentions.csv, one CSV per dataset and run.json into DIR (and, with
 * {@code --format}, tiqu.xlsx, tiqu.jsonl or the HTML report).
 *
 * <p>Files are processed in parallel and written in input order, so the output is the same
 * byte for byte whatever {@code --threads}; a file that cannot be read or decoded, is too large
 * for the heap, runs out of memory or exceeds {@code --file-timeout} is reported and skipped,
 * never stopping the batch. The output folder is replaced as a whole when the run completes
 * (see {@link Outputs}); a fatal output error ends the run with exit code 3 and one line on stderr.
 */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = Tiqu.Version.class,
        description = "Extract articles, mentions and datasets from news page text files into CSV.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input processed", "1:some inputs were skipped or failed (see run.json)",
            "2:usage error", "3:the output cannot be written (the message names the path and the cause)",
            "4:internal error (run again with --debug for the stack trace)"})
public final class ExtractCommand implements Callable<Integer> {

    /** Tables every run writes itself: no dataset may take their names. */
    private static final Set<String> RESERVED_TABLES = Set.of("articles", "mentions");
    /** Most worker threads: far beyond any useful parallelism, and keeps the window size in range. */
    private static final int MAX_THREADS = 1024;
    /** Longest --file-timeout: a year, so that the time arithmetic never overflows. */
    private static final long MAX_TIMEOUT_SECONDS = 365L * 24 * 3600;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Text files or folders (walked recursively).")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output folder (created if missing).")
    Path out;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = Converters.DateConverter.class,
            description = "Publication date of every input. Otherwise a file name starting with an ISO date "
                    + "sets it, else it is inferred from the page.")
    LocalDate date;

    @Option(names = "--threads", paramLabel = "N", description = "Files processed in parallel (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Decode every input with this encoding instead of detecting it (UTF-8, GB18030, Big5…).")
    Charset encoding;

    @Option(names = "--ner", paramLabel = "BACKEND",
            description = "Names backend: hanlp (default, embedded) or corenlp (needs the tiqu-corenlp-gpl jar "
                    + "and its models on the classpath; see corenlp/README.md).")
    String ner = StandardPipeline.DEFAULT_BACKEND;

    @Option(names = "--dataset", paramLabel = "NAME|FILE",
            description = "A dataset to build: a built-in name (${COMPLETION-CANDIDATES}) or a definition file "
                    + "(YAML or JSON). Repeatable. Default: every built-in.",
            completionCandidates = BuiltInDatasets.class)
    List<String> datasetNames = new ArrayList<>();

    @Option(names = "--no-datasets", description = "Build no dataset, only articles.csv and mentions.csv.")
    boolean noDatasets;

    @Option(names = "--max-file-size", paramLabel = "MB",
            description = "Skip (and report) files larger than this many megabytes (default: ${DEFAULT-VALUE}).")
    long maxFileMegabytes = 256;

    @Option(names = "--file-timeout", paramLabel = "SECONDS",
            description = "Give up on a file still being processed after this many seconds and report it as failed "
                    + "(default: ${DEFAULT-VALUE}).")
    long fileTimeoutSeconds = DocumentLimits.defaults().timeout().toSeconds();

    @Option(names = "--no-formula-guard",
            description = "Write CSV cells starting with = + - @ as they are, without the leading ' that stops "
                    + "spreadsheets from evaluating them (for machine consumers).")
    boolean noFormulaGuard;

    @Option(names = "--debug", description = "Print the stack trace of a fatal error.")
    boolean debug;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on stderr.")
    boolean quiet;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "Outputs, comma-separated: csv (default: articles.csv, mentions.csv, one CSV per dataset), "
                    + "xlsx (tiqu.xlsx), jsonl (tiqu.jsonl), html (report/index.html). Example: --format csv,xlsx,html.",
            converter = Converters.FormatConverter.class)
    List<OutputFormat> formats = new ArrayList<>(List.of(OutputFormat.CSV));

    @Option(names = "--layout", paramLabel = "LAYOUT", converter = Converters.LayoutConverter.class,
            description = "auto (default: newspaper rules where a text has a page's signs, else one article), "
                    + "newspaper, or plain (every text is one article).")
    Layout layout = Layout.AUTO;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "text (default: each file is one text), jsonl or csv (one text per row, streamed).")
    String inputFormat = "text";

    @Option(names = "--text-field", paramLabel = "NAME", description = "Row field with the text (default: text).")
    String textField = "text";

    @Option(names = "--id-field", paramLabel = "NAME", description = "Row field with the id (default: id; else file:line).")
    String idField = "id";

    @Option(names = "--date-field", paramLabel = "NAME",
            description = "Row field with the publication date, YYYY-MM-DD first (default: date).")
    String dateField = "date";

    @Option(names = "--title-field", paramLabel = "NAME",
            description = "Row field with a title, put as a first line before the text (default: title).")
    String titleField = "title";

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Read the files of folders matching this glob (e.g. '*.jsonl'; repeatable) "
                    + "instead of .txt, .text, .md and files without extension.")
    List<String> includes = new ArrayList<>();

    /** What {@code -} reads; tests replace it. */
    Supplier<InputStream> standardInput = () -> System.in;

    /** An item handed to a worker: when it started ({@code 0} while queued) and its result. */
    private record Pending(Sources.Item item, AtomicLong started, Future<Processed> future) {
    }

    @Override
    public Integer call() throws Exception {
        checkOptions();
        long t0 = System.nanoTime();
        Pipeline pipeline = pipeline();
        Worker worker = new Worker(pipeline, new Worker.Options(date, encoding, maxFileMegabytes, inputs.size() > 1),
                MemoryBudget.forHeap(Runtime.getRuntime()), standardInput);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "tiqu-worker");
            t.setDaemon(true);
            return t;
        });
        try (Outputs outputs = Outputs.open(out, !noFormulaGuard)) {
            return runInto(outputs, pipeline, worker, pool, t0);
        } catch (OutputException e) {
            throw e;
        } catch (IOException e) {
            throw OutputException.of(out.toAbsolutePath().normalize(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Processes every input and writes the results into {@code outputs}; any I/O error is the output's. */
    private int runInto(Outputs outputs, Pipeline pipeline, Worker worker, ExecutorService pool, long t0)
            throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        try (Sources files = new Sources(Inputs.of(inputs, new Inputs.Selection(out, includes)), recordFormat(),
                new RecordFields(textField, idField, dateField, titleField), standardInput);
             RunReport report = new RunReport(outputs.newFile("run.json"), new Tiqu.Version().getVersion()[0], threads)) {
            List<ResultSink> sinks = openSinks(outputs, pipeline.datasets());
            Progress progress = quiet ? null : progress(err);
            Deque<Pending> window = new ArrayDeque<>();
            while (files.hasNext() || !window.isEmpty()) {
                while (files.hasNext() && window.size() < threads * 4) {
                    Sources.Item item = files.next();
                    AtomicLong started = new AtomicLong();
                    window.add(new Pending(item, started, pool.submit(() -> {
                        started.set(System.nanoTime());
                        return worker.process(item);
                    })));
                }
                Processed p = take(window.removeFirst(), worker);
                write(p, sinks, pipeline.datasets(), report);
                reportMissing(p, err);
                if (progress != null) {
                    progress.done(inputFormat.equals("text") ? size(p.input().path()) : 0, p.chars());
                }
            }
            if (progress != null) {
                progress.finish();
            }
            Closing.all(sinks, ResultSink::close);
            long elapsed = (System.nanoTime() - t0) / 1_000_000;
            report.finish(elapsed);
            outputs.commit();
            err.println("tiqu: " + report.summary(elapsed));
            err.println("tiqu: wrote " + outputs.dir());
            err.flush();
            return report.count(RunReport.Status.OK) == report.inputs() ? 0 : Tiqu.SOME_INPUTS_FAILED;
        }
    }

    /** One sink per format asked for (each once); the CSV set through {@link Outputs#table}. */
    private List<ResultSink> openSinks(Outputs outputs, List<Dataset> datasets) throws IOException {
        List<ResultSink> sinks = new ArrayList<>();
        for (OutputFormat f : new LinkedHashSet<>(formats)) {
            sinks.add(f == OutputFormat.CSV ? new CsvSink(outputs::table, datasets)
                    : f.open(outputs.staging(), datasets, !noFormulaGuard));
        }
        return sinks;
    }

    /**
     * The progress display: for whole text files, their number and size counted up front (names
     * only, no reading); for rows of jsonl or csv files, and standard input, a count without total.
     */
    private Progress progress(PrintWriter err) {
        if (!inputFormat.equals("text") || inputs.stream().anyMatch(p -> p.toString().equals("-"))) {
            return new Progress(err, Progress.stderrIsTerminal(), -1, 0);
        }
        int n = 0;
        long bytes = 0;
        for (Inputs count = Inputs.of(inputs, new Inputs.Selection(out, includes)); count.hasNext(); n++) {
            bytes += size(count.next().path());
        }
        return new Progress(err, Progress.stderrIsTerminal(), n, bytes);
    }

    private static long size(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.size(p) : 0;
        } catch (IOException | SecurityException e) {
            return 0;
        }
    }

    private void checkOptions() {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new ParameterException(spec.commandLine(),
                    "--threads must be between 1 and " + MAX_THREADS + ", got " + threads);
        }
        if (maxFileMegabytes < 0) {
            throw new ParameterException(spec.commandLine(), "--max-file-size cannot be negative");
        }
        if (fileTimeoutSeconds < 1 || fileTimeoutSeconds > MAX_TIMEOUT_SECONDS) {
            throw new ParameterException(spec.commandLine(),
                    "--file-timeout must be between 1 and " + MAX_TIMEOUT_SECONDS + " seconds, got " + fileTimeoutSeconds);
        }
    }

    /** The pipeline of the options: names backend, layout, limits, datasets; a bad one is a usage error. */
    private Pipeline pipeline() {
        // the definitions are parsed on another thread while the extractors are built: independent work,
        // both started before the command line was parsed when main saw what they would be (EarlyStart)
        CompletableFuture<List<Dataset>> early = EarlyStart.builtInDatasets(noDatasets, datasetNames);
        CompletableFuture<List<Dataset>> datasets = early != null ? early
                : CompletableFuture.supplyAsync(() -> datasets(spec, noDatasets, datasetNames));
        Pipeline.Builder builder;
        try {
            CompletableFuture<Pipeline.Builder> started = EarlyStart.builder(ner);
            builder = started != null ? joined(started) : StandardPipeline.builder(ner);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--ner: " + e.getMessage());
        }
        builder.limits(DocumentLimits.defaults().withTimeout(Duration.ofSeconds(fileTimeoutSeconds)));
        Set<String> seen = new HashSet<>();
        for (Dataset d : joined(datasets)) {
            if (RESERVED_TABLES.contains(d.name())) {
                throw new ParameterException(spec.commandLine(), "--dataset: the name '" + d.name()
                        + "' is taken by " + d.name() + ".csv, which every run writes; rename the dataset");
            }
            if (!seen.add(d.name())) {
                throw new ParameterException(spec.commandLine(), "--dataset: two datasets are named '"
                        + d.name() + "'; each needs its own name (it is its file name, " + d.name() + ".csv)");
            }
            builder.dataset(d);
        }
        return builder.segmenter(new NewspaperSegmenter(layout)).build();
    }

    /** The value of {@code future}, its exception (a usage error for a bad definition) thrown as it was. */
    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The input format of {@code --input-format}: null for whole text files. */
    private RecordReader.Format recordFormat() {
        try {
            return inputFormat.equals("text") ? null : RecordReader.Format.of(inputFormat);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--input-format must be text, jsonl or csv, not " + inputFormat);
        }
    }

    /** A command-line path that does not exist is named on stderr, besides run.json. */
    private static void reportMissing(Processed p, PrintWriter err) {
        if (p.input().path().equals(p.input().root()) && p.status() == RunReport.Status.FAILED
                && "no such file or folder".equals(p.detail())) {
            err.println("tiqu: input not found: " + p.input().path());
            err.flush();
        }
    }

    /** The datasets named on the command line, or every built-in; a bad definition is a usage error. */
    static List<Dataset> datasets(CommandSpec spec, boolean none, List<String> names) {
        if (none) {
            return List.of();
        }
        List<Dataset> out = new ArrayList<>();
        for (String name : names.isEmpty() ? Datasets.builtInNames() : names) {
            if (!Datasets.builtInNames().contains(name) && !Files.exists(Path.of(name))) {
                throw new ParameterException(spec.commandLine(), "--dataset " + name
                        + ": no built-in dataset or definition file of that name (built-ins: "
                        + String.join(", ", Datasets.builtInNames()) + ")");
            }
            try {
                out.add(Datasets.builtInNames().contains(name) ? Datasets.builtIn(name) : Datasets.load(Path.of(name)));
            } catch (DefinitionException | UncheckedIOException e) {
                throw new ParameterException(spec.commandLine(), "--dataset " + name + ": " + e.getMessage());
            }
        }
        return out;
    }

    /** The built-in dataset names, for help and completion. */
    static final class BuiltInDatasets implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Datasets.builtInNames().iterator();
        }
    }

    /**
     * The result of {@code p}; a file still running well past {@code --file-timeout} (stuck in one
     * stage, between the pipeline's own checks) is abandoned and reported as failed.
     */
    private Processed take(Pending p, Worker worker) throws InterruptedException {
        long limit = Duration.ofSeconds(fileTimeoutSeconds).toNanos();
        limit += Math.max(2_000_000_000L, limit / 4);
        while (true) {
            try {
                return p.future().get(1, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a worker failed outside of its error handling", e.getCause());
            } catch (TimeoutException e) {
                long started = p.started().get();
                if (started != 0 && System.nanoTime() - started > limit) {
                    p.future().cancel(true);
                    Sources.Item item = p.item();
                    return new Processed(item.input(), item.name(), worker.doc(item.input()), RunReport.Status.FAILED,
                            "abandoned: took longer than --file-timeout " + fileTimeoutSeconds + " s", null, null, 0,
                            (System.nanoTime() - started) / 1_000_000);
                }
            }
        }
    }

    private static void write(Processed p, List<ResultSink> sinks, List<Dataset> datasets, RunReport report)
            throws IOException {
        DocumentResult r = p.result();
        Map<MentionType, Long> counts = new EnumMap<>(MentionType.class);
        Map<String, Integer> records = new LinkedHashMap<>();
        String pubDate = null;
        String pubSource = null;
        if (r != null) {
            for (ResultSink sink : sinks) {
                sink.accept(r);
            }
            for (Mention m : r.mentions()) {
                counts.merge(m.type(), 1L, Long::sum);
            }
            for (Dataset d : datasets) {
                records.put(d.name(), r.records().getOrDefault(d.name(), List.of()).size());
            }
            if (r.page().publicationDate().isKnown()) {
                pubDate = r.page().publicationDate().date().toString();
                pubSource = r.page().publicationDate().source().label();
            }
            report.addStageNanos(r.stageNanos());
        }
        report.add(p.name(), p.doc(), p.status(), p.detail(), p.encoding(), pubDate, pubSource,
                r == null ? 0 : (int) r.page().articles().stream().filter(Article::isArticle).count(), counts, records,
                p.chars(), p.millis());
    }
}
