package dev.tiqu.cli;

import dev.tiqu.cli.run.Inputs;
import dev.tiqu.cli.run.Outputs;
import dev.tiqu.cli.run.RunReport;
import dev.tiqu.cli.run.Sources;
import dev.tiqu.core.dataset.Dataset;
import dev.tiqu.datasets.Datasets;
import dev.tiqu.datasets.DefinitionException;
import dev.tiqu.formats.CsvWriter;
import dev.tiqu.formats.Tables;
import dev.tiqu.formats.TextDecoder;
import dev.tiqu.formats.input.InputRecord;
import dev.tiqu.formats.input.RecordFields;
import dev.tiqu.formats.input.RecordReader;
import dev.tiqu.text.Layout;
import dev.tiqu.text.NewspaperSegmenter;
import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.pipeline.DocumentResult;
import dev.tiqu.core.pipeline.Pipeline;
import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Document;
import dev.tiqu.core.text.PublicationDate;
import dev.tiqu.standard.StandardPipeline;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.function.Supplier;
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

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on stderr.")
    boolean quiet;

    @Option(names = "--layout", paramLabel = "LAYOUT", converter = LayoutConverter.class,
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

    /** One processed input, ready to be written. */
    private record Processed(Sources.Item item, RunReport.Status status, String detail, String encoding,
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
        Pipeline pipeline = pipeline();
        Sources files = new Sources(Inputs.of(inputs, new Inputs.Selection(out, includes)), recordFormat(),
                new RecordFields(textField, idField, dateField, titleField), standardInput);

        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "tiqu-worker");
            t.setDaemon(true);
            return t;
        });
        try (files; Outputs outputs = new Outputs(out);
             RunReport report = new RunReport(out, new Tiqu.Version().getVersion()[0], threads)) {
            CsvWriter articles = outputs.open("articles", Tables.ARTICLE_COLUMNS);
            CsvWriter mentions = outputs.open("mentions", Tables.MENTION_COLUMNS);
            Map<Dataset, CsvWriter> datasets = new LinkedHashMap<>();
            for (Dataset d : pipeline.datasets()) {
                datasets.put(d, outputs.open(d.name(), d.columns()));
            }
            Deque<Future<Processed>> window = new ArrayDeque<>();
            int done = 0;
            long lastProgress = System.nanoTime();
            while (files.hasNext() || !window.isEmpty()) {
                while (files.hasNext() && window.size() < threads * 4) {
                    Sources.Item input = files.next();
                    window.add(pool.submit(() -> input.record() != null ? process(pipeline, input, input.record())
                            : process(pipeline, input)));
                }
                Processed p = take(window.removeFirst());
                write(p, articles, mentions, datasets, report);
                done++;
                if (!quiet && System.nanoTime() - lastProgress > 2_000_000_000L) {
                    err.printf("tiqu: %d files done%n", done);
                    err.flush();
                    lastProgress = System.nanoTime();
                }
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

    /** The pipeline of the options: names backend, layout, datasets; a bad one is a usage error. */
    private Pipeline pipeline() {
        Pipeline.Builder builder;
        try {
            builder = StandardPipeline.builder(ner);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--ner: " + e.getMessage());
        }
        for (Dataset d : datasets(spec, noDatasets, datasetNames)) {
            builder.dataset(d);
        }
        return builder.segmenter(new NewspaperSegmenter(layout)).build();
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

    /** {@code --layout} values in lower case, as the help shows them. */
    static final class LayoutConverter implements picocli.CommandLine.ITypeConverter<Layout> {
        @Override
        public Layout convert(String value) {
            try {
                return Layout.valueOf(value.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("auto, newspaper or plain, not " + value);
            }
        }
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

    /** The input format of {@code --input-format}: null for whole text files. */
    private RecordReader.Format recordFormat() {
        try {
            return inputFormat.equals("text") ? null : RecordReader.Format.of(inputFormat);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--input-format must be text, jsonl or csv, not " + inputFormat);
        }
    }

    /** Processes one row of a JSON Lines or CSV input; a malformed row is skipped with its line number. */
    private Processed process(Pipeline pipeline, Sources.Item item, InputRecord row) {
        long t = System.nanoTime();
        if (!row.isValid()) {
            return new Processed(item, RunReport.Status.SKIPPED, "line " + row.line() + ": " + row.problem(),
                    null, null, 0, 0);
        }
        String text = row.title() == null ? row.text() : row.title() + "\n" + row.text();
        if (text.isBlank()) {
            return new Processed(item, RunReport.Status.SKIPPED, "line " + row.line() + ": no text", "UTF-8", null, 0, ms(t));
        }
        String id = row.id() != null ? row.id() : documentName(item.input()) + ":" + row.line();
        PublicationDate pub = date != null ? PublicationDate.given(date) : datePrefix(row.date(), PublicationDate.Source.GIVEN);
        try {
            DocumentResult result = pipeline.process(new Document(id, text, pub));
            return new Processed(item, RunReport.Status.OK, null, "UTF-8", result, text.length(), ms(t));
        } catch (RuntimeException | StackOverflowError e) {
            return new Processed(item, RunReport.Status.FAILED, describe(e), "UTF-8", null, text.length(), ms(t));
        }
    }

    private static String documentName(Inputs.Input input) {
        return input.isStandardInput() ? "stdin" : input.path().getFileName().toString();
    }

    private Processed process(Pipeline pipeline, Sources.Item item) {
        long t = System.nanoTime();
        Inputs.Input input = item.input();
        if (input.problem() != null) {
            return new Processed(item, RunReport.Status.FAILED, input.problem(), null, null, 0, 0);
        }
        if (input.isStandardInput()) {
            try {
                return decoded(pipeline, item, standardInput.get().readAllBytes(), t);
            } catch (IOException e) {
                return new Processed(item, RunReport.Status.FAILED, "cannot read: " + describe(e), null, null, 0, ms(t));
            }
        }
        byte[] bytes;
        try {
            long size = Files.size(input.path());
            if (size > maxFileMegabytes * 1024 * 1024) {
                return new Processed(item, RunReport.Status.SKIPPED, "larger than --max-file-size "
                        + maxFileMegabytes + " MB (" + size + " bytes)", null, null, 0, ms(t));
            }
            bytes = Files.readAllBytes(input.path());
        } catch (IOException | OutOfMemoryError e) {
            return new Processed(item, RunReport.Status.FAILED, "cannot read: " + describe(e), null, null, 0, ms(t));
        }
        return decoded(pipeline, item, bytes, t);
    }

    /** Decodes and processes the bytes of a text file or of standard input. */
    private Processed decoded(Pipeline pipeline, Sources.Item item, byte[] bytes, long t) {
        if (bytes.length == 0) {
            return new Processed(item, RunReport.Status.SKIPPED, "empty file", null, null, 0, ms(t));
        }
        TextDecoder.Decoded decoded;
        try {
            decoded = encoding != null ? TextDecoder.decode(bytes, encoding) : TextDecoder.decode(bytes);
        } catch (TextDecoder.UndecodableException e) {
            return new Processed(item, RunReport.Status.SKIPPED, e.getMessage(), null, null, 0, ms(t));
        }
        String text = decoded.text();
        String charset = decoded.charset().name();
        if (text.isBlank()) {
            return new Processed(item, RunReport.Status.SKIPPED, "no text", charset, null, text.length(), ms(t));
        }
        try {
            Document doc = new Document(documentName(item.input()), text, publicationDate(documentName(item.input())));
            DocumentResult result = pipeline.process(doc);
            return new Processed(item, RunReport.Status.OK, null, charset, result, text.length(), ms(t));
        } catch (RuntimeException | StackOverflowError e) {
            return new Processed(item, RunReport.Status.FAILED, describe(e), charset, null, text.length(), ms(t));
        }
    }

    private PublicationDate publicationDate(String fileName) {
        if (date != null) {
            return PublicationDate.given(date);
        }
        return datePrefix(fileName, PublicationDate.Source.FILE_NAME);
    }

    /** The ISO date {@code s} starts with (a file name, a row's date field), else unknown. */
    private static PublicationDate datePrefix(String s, PublicationDate.Source source) {
        Matcher m = s == null ? null : DATE_PREFIX.matcher(s);
        if (m != null && m.find()) {
            try {
                return new PublicationDate(LocalDate.parse(m.group(1)), source);
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
        report.add(p.item().name(), p.status(), p.detail(), p.encoding(), pubDate, pubSource,
                r == null ? 0 : (int) r.page().articles().stream().filter(Article::isArticle).count(), counts, records, p.chars(), p.millis());
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
