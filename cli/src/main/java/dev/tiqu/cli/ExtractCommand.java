package dev.tiqu.cli;

import dev.tiqu.cli.run.Inputs;
import dev.tiqu.cli.run.Outputs;
import dev.tiqu.cli.run.Progress;
import dev.tiqu.cli.run.RunReport;
import dev.tiqu.core.dataset.Dataset;
import dev.tiqu.datasets.Datasets;
import dev.tiqu.datasets.DefinitionException;
import dev.tiqu.formats.OutputFormat;
import dev.tiqu.formats.TextDecoder;
import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.pipeline.DocumentResult;
import dev.tiqu.core.pipeline.Pipeline;
import dev.tiqu.core.pipeline.ResultSink;
import dev.tiqu.core.text.Document;
import dev.tiqu.core.text.PublicationDate;
import dev.tiqu.standard.StandardPipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tiqu extract <files or folders…> --out DIR}: runs the pipeline over every input and
 * writes articles.csv, mentions.csv, one CSV per dataset and run.json into DIR (and, with
 * {@code --format}, tiqu.xlsx, tiqu.jsonl or the HTML report).
 *
 * <p>Files are processed in parallel and written in input order, so the output is the same
 * byte for byte whatever {@code --threads}; a file that cannot be read or decoded is reported
 * and skipped, never stopping the batch.
 */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = Tiqu.Version.class,
        description = "Extract articles, mentions and datasets from news page text files into CSV.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input processed", "1:some inputs were skipped or failed (see run.json)",
            "2:usage error"})
public final class ExtractCommand implements Callable<Integer> {

    private static final Pattern DATE_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Text files or folders (walked recursively).")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output folder (created if missing).")
    Path out;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
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

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on stderr.")
    boolean quiet;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "Outputs, comma-separated: csv (default: articles.csv, mentions.csv, one CSV per dataset), "
                    + "xlsx (tiqu.xlsx), jsonl (tiqu.jsonl), html (report/index.html). Example: --format csv,xlsx,html.",
            converter = FormatConverter.class)
    List<OutputFormat> formats = new ArrayList<>(List.of(OutputFormat.CSV));

    /** One processed input, ready to be written. */
    private record Processed(Inputs.Input input, RunReport.Status status, String detail, String encoding,
                             DocumentResult result, long chars, long millis) {
    }

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        if (maxFileMegabytes < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--max-file-size cannot be negative");
        }
        long t0 = System.nanoTime();
        PrintWriter err = spec.commandLine().getErr();
        Pipeline.Builder builder;
        try {
            builder = StandardPipeline.builder(ner);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--ner: " + e.getMessage());
        }
        for (Dataset d : datasets(spec, noDatasets, datasetNames)) {
            builder.dataset(d);
        }
        Pipeline pipeline = builder.build();
        Inputs files = Inputs.of(inputs);

        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "tiqu-worker");
            t.setDaemon(true);
            return t;
        });
        Progress progress = quiet ? null : progress(err);
        try (Outputs outputs = new Outputs(out);
             RunReport report = new RunReport(out, new Tiqu.Version().getVersion()[0], threads)) {
            List<ResultSink> sinks = openSinks(outputs.staging(), pipeline.datasets());
            Deque<Future<Processed>> window = new ArrayDeque<>();
            while (files.hasNext() || !window.isEmpty()) {
                while (files.hasNext() && window.size() < threads * 4) {
                    Inputs.Input input = files.next();
                    window.add(pool.submit(() -> process(pipeline, input)));
                }
                Processed p = take(window.removeFirst());
                write(p, sinks, pipeline.datasets(), report);
                if (progress != null) {
                    progress.fileDone(size(p.input().path()), p.chars());
                }
            }
            if (progress != null) {
                progress.finish();
            }
            for (ResultSink sink : sinks) {
                sink.close();
            }
            outputs.commit();
            long elapsed = (System.nanoTime() - t0) / 1_000_000;
            report.finish(elapsed);
            err.println("tiqu: " + report.summary(elapsed));
            err.println("tiqu: wrote " + out.toAbsolutePath().normalize());
            err.flush();
            return report.count(RunReport.Status.OK) == report.inputs() ? 0 : Tiqu.SOME_INPUTS_FAILED;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One sink per format asked for (each once), writing into {@code dir}. */
    private List<ResultSink> openSinks(Path dir, List<Dataset> datasets) throws IOException {
        List<ResultSink> sinks = new ArrayList<>();
        for (OutputFormat f : new java.util.LinkedHashSet<>(formats)) {
            sinks.add(f.open(dir, datasets));
        }
        return sinks;
    }

    /** The progress display, with the number and size of the inputs counted up front (names only, no reading). */
    private Progress progress(PrintWriter err) {
        int n = 0;
        long bytes = 0;
        for (Inputs count = Inputs.of(inputs); count.hasNext(); n++) {
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

    /** Reads {@code --format} names; an unknown one is a usage error naming the known ones. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            try {
                return OutputFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Reads {@code --date}; a bad date is a usage error without the parser's internals. */
    static final class DateConverter implements picocli.CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a date of the form YYYY-MM-DD");
            }
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
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--dataset " + name
                        + ": no built-in dataset or definition file of that name (built-ins: "
                        + String.join(", ", Datasets.builtInNames()) + ")");
            }
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

    private static Processed take(Future<Processed> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed outside of its error handling", e.getCause());
        }
    }

    private Processed process(Pipeline pipeline, Inputs.Input input) {
        long t = System.nanoTime();
        if (input.problem() != null) {
            return new Processed(input, RunReport.Status.FAILED, input.problem(), null, null, 0, 0);
        }
        byte[] bytes;
        try {
            long size = Files.size(input.path());
            if (size > maxFileMegabytes * 1024 * 1024) {
                return new Processed(input, RunReport.Status.SKIPPED, "larger than --max-file-size "
                        + maxFileMegabytes + " MB (" + size + " bytes)", null, null, 0, ms(t));
            }
            bytes = Files.readAllBytes(input.path());
        } catch (IOException | OutOfMemoryError e) {
            return new Processed(input, RunReport.Status.FAILED, "cannot read: " + describe(e), null, null, 0, ms(t));
        }
        if (bytes.length == 0) {
            return new Processed(input, RunReport.Status.SKIPPED, "empty file", null, null, 0, ms(t));
        }
        TextDecoder.Decoded decoded;
        try {
            decoded = encoding != null ? TextDecoder.decode(bytes, encoding) : TextDecoder.decode(bytes);
        } catch (TextDecoder.UndecodableException e) {
            return new Processed(input, RunReport.Status.SKIPPED, e.getMessage(), null, null, 0, ms(t));
        }
        String text = decoded.text();
        String charset = decoded.charset().name();
        if (text.isBlank()) {
            return new Processed(input, RunReport.Status.SKIPPED, "no text", charset, null, text.length(), ms(t));
        }
        try {
            Document doc = new Document(input.path().getFileName().toString(), text, publicationDate(input.path()));
            DocumentResult result = pipeline.process(doc);
            return new Processed(input, RunReport.Status.OK, null, charset, result, text.length(), ms(t));
        } catch (RuntimeException | StackOverflowError e) {
            return new Processed(input, RunReport.Status.FAILED, describe(e), charset, null, text.length(), ms(t));
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
        report.add(p.input().path().toString(), p.status(), p.detail(), p.encoding(), pubDate, pubSource,
                r == null ? 0 : r.page().articles().size(), counts, records, p.chars(), p.millis());
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
