package dev.tiqu.spark;

import dev.tiqu.core.dataset.Dataset;
import dev.tiqu.core.pipeline.DocumentResult;
import dev.tiqu.core.pipeline.Pipeline;
import dev.tiqu.core.text.Document;
import dev.tiqu.core.text.PublicationDate;
import dev.tiqu.formats.Tables;
import dev.tiqu.formats.TextDecoder;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One input through the pipeline into rows of every output table at once, as the CLI's
 * {@code extract} processes a file: the same decoding, the same skip and failure reasons, the
 * same rows from {@link Tables}.
 *
 * <p>Each row of {@link #SCHEMA} names its table, the page's publication year and month (null
 * when unknown) and the table's cells in {@link Tables}' column order (a {@code String[]}, the
 * external type Spark's row encoder takes for an array). Never throws for bad
 * input: it becomes one row of {@link #FAILURES}. Thread-safe.
 *
 * <pre>{@code
 * Extraction.ofBytes("hdfs:/pages/2024-11-24_p1.txt", "2024-11-24_p1.txt", bytes, options)
 *   → [articles, 2024, 11, [2024-11-24_p1.txt, 0, …]], [mentions, 2024, 11, […]], …
 * }</pre>
 */
final class Extraction {

    /** The table of inputs that were skipped or failed. */
    static final String FAILURES = "failures";
    static final String ARTICLES = "articles";
    static final String MENTIONS = "mentions";
    static final List<String> FAILURE_COLUMNS = List.of("path", "doc", "status", "reason");
    static final String YEAR = "publication_year";
    static final String MONTH = "publication_month";

    static final StructType SCHEMA = new StructType()
            .add("table", DataTypes.StringType, false)
            .add(YEAR, DataTypes.IntegerType, true)
            .add(MONTH, DataTypes.IntegerType, true)
            .add("cells", DataTypes.createArrayType(DataTypes.StringType, true), false);

    private Extraction() {
    }

    /** A whole text file: size check, decoding and processing as {@code tiqu extract} does. */
    static List<Row> ofBytes(String path, String doc, byte[] bytes, TiquOptions options) {
        String name = new org.apache.hadoop.fs.Path(path).getName();
        if (bytes.length == 0) {
            return List.of(failure(path, doc, "skipped", "empty file"));
        }
        TextDecoder.Decoded decoded;
        try {
            Charset forced = options.encoding();
            decoded = forced != null ? TextDecoder.decode(bytes, forced) : TextDecoder.decode(bytes);
        } catch (TextDecoder.UndecodableException e) {
            return List.of(failure(path, doc, "skipped", e.getMessage()));
        }
        if (decoded.text().isBlank()) {
            return List.of(failure(path, doc, "skipped", "no text"));
        }
        return process(path, new Document(doc, decoded.text(), fileDate(name, options)), options);
    }

    /** A row of a table of texts (JSON Lines, CSV, or a caller's {@code Dataset}). */
    static List<Row> ofText(String path, String id, String title, String body, String date, TiquOptions options) {
        String text = title == null || title.isBlank() || body == null ? body : title + "\n" + body;
        if (id == null || id.isBlank()) {
            return List.of(failure(path, "", "failed", "no " + options.idField()));
        }
        if (text == null || text.isBlank()) {
            return List.of(failure(path, id, "skipped", "no text"));
        }
        PublicationDate published = PublicationDate.unknown();
        if (options.date() != null) {
            published = PublicationDate.given(options.date());
        } else if (date != null && !date.isBlank()) {
            try {
                published = PublicationDate.given(LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date));
            } catch (DateTimeParseException e) {
                return List.of(failure(path, id, "failed", "bad " + options.dateField() + ": " + date));
            }
        }
        return process(path, new Document(id, text, published), options);
    }

    static Row failure(String path, String doc, String status, String reason) {
        return RowFactory.create(FAILURES, null, null, new String[] {path, doc, status, reason});
    }

    private static List<Row> process(String path, Document doc, TiquOptions options) {
        Pipeline pipeline = PipelineHolder.get(options.pipeline());
        DocumentResult result;
        try {
            result = pipeline.process(doc);
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(failure(path, doc.id(), "failed",
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        }
        PublicationDate date = result.page().publicationDate();
        Integer year = date.isKnown() ? date.date().getYear() : null;
        Integer month = date.isKnown() ? date.date().getMonthValue() : null;
        List<Row> rows = new ArrayList<>();
        add(rows, ARTICLES, year, month, Tables.articleRows(result));
        add(rows, MENTIONS, year, month, Tables.mentionRows(result));
        for (Dataset d : pipeline.datasets()) {
            add(rows, d.name(), year, month, Tables.datasetRows(d, result));
        }
        return rows;
    }

    private static void add(List<Row> rows, String table, Integer year, Integer month, List<List<String>> cells) {
        for (List<String> row : cells) {
            rows.add(RowFactory.create(table, year, month, row.toArray(new String[0])));
        }
    }

    /** {@code --date}, else a file name beginning with an ISO date, as in the CLI ({@link PublicationDate#ofPrefix}). */
    private static PublicationDate fileDate(String name, TiquOptions options) {
        return options.date() != null ? PublicationDate.given(options.date())
                : PublicationDate.ofPrefix(name, PublicationDate.Source.FILE_NAME);
    }
}
