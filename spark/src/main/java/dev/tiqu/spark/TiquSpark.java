package dev.tiqu.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.tiqu.core.dataset.Dataset;
import dev.tiqu.formats.Tables;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * tiqu's extraction as Spark transformations, for a data engineer's own job or notebook: texts
 * in, the CLI's tables out, one pipeline per executor JVM.
 *
 * <p>Inputs are a {@code Dataset<Row>} with a text column and an id column (names from
 * {@link TiquOptions#textField()} and {@link TiquOptions#idField()}), optionally a publication
 * date column ({@link TiquOptions#dateField()}, ISO 8601) and a {@code path} column naming where
 * a row came from in {@code failures}; or whole text files read as the CLI reads them. Lazy:
 * nothing runs until an action. A bad input becomes a row of {@code failures}, never an
 * exception.
 *
 * <pre>{@code
 * Dataset<Row> texts = spark.read().json("hdfs:/crawl/2024-*.jsonl");  // id, text, date
 * Dataset<Row> money = TiquSpark.mentions(texts, TiquOptions.defaults()).where("type = 'MONEY'");
 * }</pre>
 */
public final class TiquSpark {

    /** Files a task at most: a failed task is retried in seconds, and progress shows in the UI. */
    static final int FILES_PER_TASK = 200;

    private TiquSpark() {
    }

    /** The mentions of every text: the columns of the CLI's {@code mentions.csv}, then publication year and month. */
    public static org.apache.spark.sql.Dataset<Row> mentions(org.apache.spark.sql.Dataset<Row> texts, TiquOptions options) {
        return extract(texts, options).table(Extraction.MENTIONS);
    }

    /** Every table of the extraction of a {@code Dataset} of texts. */
    public static TiquTables extract(org.apache.spark.sql.Dataset<Row> texts, TiquOptions options) {
        List<String> fields = Arrays.asList(texts.columns());
        for (String required : List.of(options.textField(), options.idField())) {
            if (!fields.contains(required)) {
                throw new IllegalArgumentException("the texts have no column '" + required + "': " + fields);
            }
        }
        org.apache.spark.sql.Dataset<Row> selected = texts.select(
                col(options.idField()).cast("string"),
                col(options.textField()).cast("string"),
                fields.contains(options.dateField()) ? col(options.dateField()).cast("string") : lit(null).cast("string"),
                fields.contains(options.titleField()) ? col(options.titleField()).cast("string") : lit(null).cast("string"),
                fields.contains("path") ? col("path").cast("string") : lit(null).cast("string"),
                fields.contains(RowReaders.CORRUPT) ? col(RowReaders.CORRUPT) : lit(null).cast("string"));
        org.apache.spark.sql.Dataset<Row> results = selected.mapPartitions(
                (org.apache.spark.api.java.function.MapPartitionsFunction<Row, Row>) rows -> ofTexts(rows, options),
                Encoders.row(Extraction.SCHEMA));
        return new TiquTables(results, tables(options));
    }

    /**
     * Every table of the extraction of whole text files: a path, a glob or a comma-separated list
     * of them, folders read recursively (names starting with {@code .} or {@code _} inside them
     * are skipped, as Hadoop does). The document id is the path below the folder given, as in the CLI. The files are
     * listed now, on the driver, and cut into {@value #FILES_PER_TASK} files a task at most and
     * at least four tasks a core.
     *
     * @throws IOException if an input matches no file or cannot be listed
     */
    public static TiquTables extractFiles(SparkSession spark, String input, TiquOptions options) throws IOException {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<InputFiles.File> files = InputFiles.list(input, sc.hadoopConfiguration());
        int tasks = Math.max(1, Math.min(files.size(), Math.max(sc.defaultParallelism() * 4, files.size() / FILES_PER_TASK)));
        Broadcast<InputFiles> reader = sc.broadcast(new InputFiles(sc.hadoopConfiguration()));
        JavaRDD<Row> rows = sc.parallelize(files, tasks).mapPartitions(
                paths -> new FlatIterator<>(paths, file -> reader.value().extract(file, options)));
        return new TiquTables(spark.createDataFrame(rows, Extraction.SCHEMA), tables(options));
    }

    /** The output tables and their CLI columns, from the dataset definitions (no model is loaded). */
    static Map<String, List<String>> tables(TiquOptions options) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        tables.put(Extraction.ARTICLES, Tables.ARTICLE_COLUMNS);
        tables.put(Extraction.MENTIONS, Tables.MENTION_COLUMNS);
        for (TiquOptions.DatasetSpec spec : options.pipeline().datasets()) {
            Dataset d = spec.load();
            tables.put(d.name(), d.columns());
        }
        tables.put(Extraction.FAILURES, Extraction.FAILURE_COLUMNS);
        return tables;
    }

    private static Iterator<Row> ofTexts(Iterator<Row> texts, TiquOptions options) {
        return new FlatIterator<>(texts, r -> {
            String id = r.getString(0);
            String path = r.isNullAt(4) ? (id == null ? "" : id) : r.getString(4);
            if (!r.isNullAt(5)) {
                return List.of(Extraction.failure(path, id == null ? "" : id, "failed", "malformed row: "
                        + r.getString(5).substring(0, Math.min(80, r.getString(5).length()))));
            }
            return Extraction.ofText(path, id, r.getString(3), r.getString(1), r.getString(2), options);
        });
    }
}
