package dev.tiqu.spark;

import static org.apache.spark.sql.functions.input_file_name;

import dev.tiqu.text.Layout;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code spark-submit} job: {@code tiqu extract} over an archive in HDFS or object storage,
 * writing each table as Parquet (and CSV on request) under {@code --output}.
 *
 * <p>Options mirror the CLI's. Exit codes: 0 every input processed, 1 some inputs are in
 * {@code failures}, 2 usage error. A bad input never stops the job.
 *
 * <pre>{@code
 * spark-submit --class dev.tiqu.spark.TiquSparkJob tiqu-spark.jar --input 'hdfs:/papers/*' --output hdfs:/tiqu
 * }</pre>
 */
@Command(name = "tiqu-spark", mixinStandardHelpOptions = true,
        description = "Extract articles, mentions and datasets from news texts on Apache Spark into Parquet (and CSV).")
public final class TiquSparkJob implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "Files, folders (read recursively) or globs, any Hadoop file system; repeatable or comma-separated.")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "PATH",
            description = "Output folder: <table>/ as Parquet, csv/<table>/ with --csv; its tables are replaced.")
    String output;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "text (whole files, default), jsonl (one JSON object a line) or csv (with a header row).")
    String inputFormat = "text";

    @Option(names = "--text-field", paramLabel = "NAME", description = "jsonl/csv: the column of the text (default: text).")
    String textField = "text";

    @Option(names = "--id-field", paramLabel = "NAME", description = "jsonl/csv: the column of the document id (default: id).")
    String idField = "id";

    @Option(names = "--date-field", paramLabel = "NAME",
            description = "jsonl/csv: the column of the publication date, ISO 8601 (default: date).")
    String dateField = "date";

    @Option(names = "--title-field", paramLabel = "NAME",
            description = "jsonl/csv: the column of a title, put as a first line before the text (default: title).")
    String titleField = "title";

    @Option(names = "--layout", paramLabel = "LAYOUT",
            description = "auto (default: newspaper rules where a text has a page's signs, else one article), "
                    + "newspaper, or plain (every text is one article).")
    String layout = "auto";

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date of every input. Otherwise a file name starting with an ISO date "
                    + "(or the date column) sets it, else it is inferred from the page.")
    LocalDate date;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Decode every text file with this encoding instead of detecting it.")
    Charset encoding;

    @Option(names = "--ner", paramLabel = "BACKEND", description = "Names backend: hanlp (default) or corenlp.")
    String ner = "hanlp";

    @Option(names = "--dataset", paramLabel = "NAME|FILE",
            description = "A built-in dataset or a definition file (read on the driver). Repeatable. Default: every built-in.")
    List<String> datasets = new ArrayList<>();

    @Option(names = "--no-datasets", description = "Build no dataset, only articles and mentions.")
    boolean noDatasets;

    @Option(names = "--max-file-size", paramLabel = "MB", description = "Skip (and report) larger text files (default: 256).")
    long maxFileMegabytes = 256;

    @Option(names = "--csv", description = "Also write each table as CSV files with the CLI's columns under <output>/csv/.")
    boolean csv;

    private SparkSession spark;

    /** Runs on {@code spark-submit}'s session and exits with the job's exit code. */
    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().appName("tiqu").getOrCreate();
        int code;
        try {
            code = run(spark, args);
        } finally {
            spark.stop();
        }
        System.exit(code);
    }

    /**
     * Runs the job on a session the caller owns (tests, notebooks) and returns the exit code; an
     * error of Spark or of the file system (not of one input) is thrown, as {@code spark-submit} expects.
     */
    public static int run(SparkSession spark, String... args) {
        TiquSparkJob job = new TiquSparkJob();
        job.spark = spark;
        CommandLine cl = new CommandLine(job);
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? 2 : 1);
        cl.getCommandSpec().exitCodeOnInvalidInput(2);
        cl.setExecutionExceptionHandler((e, command, parsed) -> {
            throw e;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        TiquOptions options = options();
        TiquTables tables = switch (inputFormat) {
            case "text" -> files(options);
            case "jsonl" -> TiquSpark.extract(withPath(RowReaders.jsonLines(spark, inputs)), options);
            case "csv" -> TiquSpark.extract(withPath(RowReaders.csv(spark, inputs)), options);
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--input-format must be text, jsonl or csv, not " + inputFormat);
        };
        tables.persist();
        try {
            long t0 = System.nanoTime();
            Map<String, Long> counts = tables.counts();
            new TableWriter(spark, output).write(tables, csv);
            PrintWriter err = spec.commandLine().getErr();
            err.printf("tiqu-spark: %s in %.1f s; wrote %s%n", counts, (System.nanoTime() - t0) / 1e9, output);
            err.flush();
            return counts.get(Extraction.FAILURES) == 0 ? 0 : 1;
        } finally {
            tables.unpersist();
        }
    }

    private TiquOptions options() {
        if (maxFileMegabytes < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-file-size cannot be negative");
        }
        TiquOptions.Builder b = TiquOptions.builder().ner(ner).date(date).encoding(encoding)
                .maxFileBytes(maxFileMegabytes * 1024 * 1024)
                .textField(textField).idField(idField).dateField(dateField).titleField(titleField);
        try {
            b.layout(Layout.parse(layout));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--layout must be " + e.getMessage());
        }
        if (noDatasets) {
            b.noDatasets();
        }
        try {
            datasets.forEach(b::dataset);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--dataset " + e.getMessage());
        }
        return b.build();
    }

    private TiquTables files(TiquOptions options) throws IOException {
        try {
            return TiquSpark.extractFiles(spark, String.join(",", inputs), options);
        } catch (FileNotFoundException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--input: " + e.getMessage());
        }
    }

    private static Dataset<Row> withPath(Dataset<Row> rows) {
        return rows.withColumn("path", input_file_name());
    }
}
