package dev.tiqu.cli;

import dev.tiqu.cli.run.DocNames;
import dev.tiqu.cli.run.Inputs;
import dev.tiqu.cli.run.MemoryBudget;
import dev.tiqu.cli.run.OutputException;
import dev.tiqu.cli.run.Outputs;
import dev.tiqu.cli.run.RunReport;
import dev.tiqu.core.dataset.Dataset;
import dev.tiqu.datasets.Datasets;
import dev.tiqu.datasets.DefinitionException;
import dev.tiqu.formats.CsvWriter;
import dev.tiqu.formats.Tables;
import dev.tiqu.formats.TextDecoder;
import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.pipeline.DocumentLimits;
import dev.tiqu.core.pipeline.DocumentResult;
import dev.tiqu.core.pipeline.Pipeline;
import dev.tiqu.core.text.Document;
import dev.tiqu.core.text.PublicationDate;
import dev.tiqu.standard.StandardPipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tiqu extract <files or folders…> --out DIR}: runs the pipeline over every input and
 * writes articles.csv, mentions.csv, one CSV per dataset and run.json into DIR.
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

    private static final Pattern DATE_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
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

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
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

    /** One processed input, ready to be written. */
    private record Processed(Inputs.Input input, String doc, RunReport.Status status, String detail,
                             String encoding, DocumentResult result, long chars, long millis) {
    }

    /** An input handed to a worker: when it started ({@code 0} while queued) and its result. */
    private record Pending(Inputs.Input input, AtomicLong started, Future<Processed> future) {
    }

    private MemoryBudget memory;

    @Override
    public Integer call() throws Exception {
        checkOptions();
        long t0 = System.nanoTime();
        Pipeline pipeline = pipeline();
        memory = MemoryBudget.forHeap(Runtime.getRuntime());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "tiqu-worker");
            t.setDaemon(true);
            return t;
        });
        try (Outputs outputs = Outputs.open(out, !noFormulaGuard)) {
            return runInto(outputs, pipeline, pool, t0);
        } catch (OutputException e) {
            throw e;
        } catch (IOException e) {
            throw OutputException.of(out.toAbsolutePath().normalize(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Processes every input and writes the results into {@code outputs}; any I/O error is the output's. */
    private int runInto(Outputs outputs, Pipeline pipeline, ExecutorService pool, long t0)
            throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        Inputs files = Inputs.of(inputs);
        boolean severalRoots = inputs.size() > 1;
        try (RunReport report = new RunReport(outputs.newFile("run.json"), new Tiqu.Version().getVersion()[0], threads)) {
            CsvWriter articles = outputs.table("articles", Tables.ARTICLE_COLUMNS);
            CsvWriter mentions = outputs.table("mentions", Tables.MENTION_COLUMNS);
            Map<Dataset, CsvWriter> datasets = new LinkedHashMap<>();
            for (Dataset d : pipeline.datasets()) {
                datasets.put(d, outputs.table(d.name(), d.columns()));
            }
            Deque<Pending> window = new ArrayDeque<>();
            int done = 0;
            long lastProgress = System.nanoTime();
            while (files.hasNext() || !window.isEmpty()) {
                while (files.hasNext() && window.size() < threads * 4) {
                    Inputs.Input input = files.next();
                    AtomicLong started = new AtomicLong();
                    window.add(new Pending(input, started, pool.submit(() -> {
                        started.set(System.nanoTime());
                        return process(pipeline, input, severalRoots);
                    })));
                }
                Processed p = take(window.removeFirst(), severalRoots);
                write(p, articles, mentions, datasets, report);
                reportMissing(p, err);
                done++;
                if (!quiet && System.nanoTime() - lastProgress > 2_000_000_000L) {
                    err.printf("tiqu: %d files done%n", done);
                    err.flush();
                    lastProgress = System.nanoTime();
                }
            }
            long elapsed = (System.nanoTime() - t0) / 1_000_000;
            report.finish(elapsed);
            outputs.commit();
            err.println("tiqu: " + report.summary(elapsed));
            err.println("tiqu: wrote " + outputs.dir());
            err.flush();
            return report.count(RunReport.Status.OK) == report.inputs() ? 0 : Tiqu.SOME_INPUTS_FAILED;
        }
    }

    private void checkOptions() {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--threads must be between 1 and " + MAX_THREADS + ", got " + threads);
        }
        if (maxFileMegabytes < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--max-file-size cannot be negative");
        }
        if (fileTimeoutSeconds < 1 || fileTimeoutSeconds > MAX_TIMEOUT_SECONDS) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--file-timeout must be between 1 and " + MAX_TIMEOUT_SECONDS + " seconds, got " + fileTimeoutSeconds);
        }
    }

    /** The pipeline of the options; a dataset name clash is a usage error. */
    private Pipeline pipeline() {
        Pipeline.Builder builder;
        try {
            builder = StandardPipeline.builder(ner);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--ner: " + e.getMessage());
        }
        builder.limits(DocumentLimits.defaults().withTimeout(Duration.ofSeconds(fileTimeoutSeconds)));
        Set<String> seen = new java.util.HashSet<>();
        for (Dataset d : datasets(spec, noDatasets, datasetNames)) {
            if (RESERVED_TABLES.contains(d.name())) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--dataset: the name '" + d.name()
                        + "' is taken by " + d.name() + ".csv, which every run writes; rename the dataset");
            }
            if (!seen.add(d.name())) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--dataset: two datasets are named '"
                        + d.name() + "'; each needs its own name (it is its file name, " + d.name() + ".csv)");
            }
            builder.dataset(d);
        }
        return builder.build();
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
            try {
                out.add(Datasets.builtInNames().contains(name) ? Datasets.builtIn(name) : Datasets.load(Path.of(name)));
            } catch (DefinitionException | java.io.UncheckedIOException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--dataset " + name + ": " + e.getMessage());
            }
        }
        return out;
    }

    /** The built-in dataset names, for help and completion. */
    static final class BuiltInDatasets implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Datasets.builtInNames().iterator();
        }
    }

    /**
     * The result of {@code p}; a file still running well past {@code --file-timeout} (stuck in one
     * stage, between the pipeline's own checks) is abandoned and reported as failed.
     */
    private Processed take(Pending p, boolean severalRoots) throws InterruptedException {
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
                    return new Processed(p.input(), DocNames.of(p.input().root(), p.input().path(), severalRoots),
                            RunReport.Status.FAILED, "abandoned: took longer than --file-timeout " + fileTimeoutSeconds
                            + " s", null, null, 0, (System.nanoTime() - started) / 1_000_000);
                }
            }
        }
    }

    private Processed process(Pipeline pipeline, Inputs.Input input, boolean severalRoots) {
        long t = System.nanoTime();
        if (input.problem() != null) {
            return new Processed(input, null, RunReport.Status.FAILED, input.problem(), null, null, 0, 0);
        }
        String doc = DocNames.of(input.root(), input.path(), severalRoots);
        long size;
        try {
            size = Files.size(input.path());
        } catch (IOException e) {
            return new Processed(input, doc, RunReport.Status.FAILED, "cannot read: " + describe(e), null, null, 0, ms(t));
        }
        long maxBytes = maxFileMegabytes > Long.MAX_VALUE >> 20 ? Long.MAX_VALUE : maxFileMegabytes << 20;
        String refusal = size == 0 ? "empty file"
                : size > maxBytes ? "larger than --max-file-size " + maxFileMegabytes + " MB (" + size + " bytes)"
                : memory.refusal(size);
        if (refusal != null) {
            return new Processed(input, doc, RunReport.Status.SKIPPED, refusal, null, null, 0, ms(t));
        }
        try (MemoryBudget.Reservation ignored = memory.reserve(size)) {
            return decodeAndRun(pipeline, input, doc, t);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Processed(input, doc, RunReport.Status.FAILED, "interrupted", null, null, 0, ms(t));
        } catch (OutOfMemoryError e) {
            return new Processed(input, doc, RunReport.Status.FAILED, "out of memory (" + size
                    + " bytes; raise -Xmx or lower --threads)", null, null, 0, ms(t));
        }
    }

    private Processed decodeAndRun(Pipeline pipeline, Inputs.Input input, String doc, long t) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(input.path());
        } catch (IOException e) {
            return new Processed(input, doc, RunReport.Status.FAILED, "cannot read: " + describe(e), null, null, 0, ms(t));
        }
        TextDecoder.Decoded decoded;
        try {
            decoded = encoding != null ? TextDecoder.decode(bytes, encoding) : TextDecoder.decode(bytes);
        } catch (TextDecoder.UndecodableException e) {
            return new Processed(input, doc, RunReport.Status.SKIPPED, e.getMessage(), null, null, 0, ms(t));
        }
        bytes = null; // the text is decoded: let the raw bytes go before the pipeline allocates
        String text = decoded.text();
        String charset = decoded.charset().name();
        if (text.isBlank()) {
            return new Processed(input, doc, RunReport.Status.SKIPPED, "no text", charset, null, text.length(), ms(t));
        }
        try {
            DocumentResult result = pipeline.process(new Document(doc, text, publicationDate(input.path())));
            return new Processed(input, doc, RunReport.Status.OK, null, charset, result, text.length(), ms(t));
        } catch (RuntimeException | StackOverflowError e) {
            return new Processed(input, doc, RunReport.Status.FAILED, describe(e), charset, null, text.length(), ms(t));
        }
    }

    private PublicationDate publicationDate(Path file) {
        if (date != null) {
            return PublicationDate.given(date);
        }
        Matcher m = DATE_PREFIX.matcher(file.getFileName().toString());
        if (m.find()) {
            try {
                return new PublicationDate(LocalDate.parse(m.group(1)), PublicationDate.Source.FILE_NAME);
            } catch (DateTimeParseException ignored) {
                // not a real date (2024-13-45): infer from the page instead
            }
        }
        return PublicationDate.unknown();
    }

    private static void write(Processed p, CsvWriter articles, CsvWriter mentions, Map<Dataset, CsvWriter> datasets,
                              RunReport report) throws IOException {
        DocumentResult r = p.result();
        Map<MentionType, Long> counts = new EnumMap<>(MentionType.class);
        Map<String, Integer> records = new LinkedHashMap<>();
        String pubDate = null;
        String pubSource = null;
        if (r != null) {
            for (List<String> row : Tables.articleRows(r)) {
                articles.row(row);
            }
            for (List<String> row : Tables.mentionRows(r)) {
                mentions.row(row);
            }
            for (Mention m : r.mentions()) {
                counts.merge(m.type(), 1L, Long::sum);
            }
            for (Map.Entry<Dataset, CsvWriter> e : datasets.entrySet()) {
                List<List<String>> rows = Tables.datasetRows(e.getKey(), r);
                for (List<String> row : rows) {
                    e.getValue().row(row);
                }
                records.put(e.getKey().name(), rows.size());
            }
            if (r.page().publicationDate().isKnown()) {
                pubDate = r.page().publicationDate().date().toString();
                pubSource = r.page().publicationDate().source().label();
            }
            report.addStageNanos(r.stageNanos());
        }
        report.add(p.input().path().toString(), p.doc(), p.status(), p.detail(), p.encoding(), pubDate, pubSource,
                r == null ? 0 : r.page().articles().size(), counts, records, p.chars(), p.millis());
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
