package dev.tiqu.spark;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Reads tables of texts with Spark's own readers, one record per row, keeping malformed rows in
 * a {@link #CORRUPT} column (so they become {@code failures} rows instead of stopping the job).
 *
 * <p>JSON Lines: one object a line. CSV: RFC 4180 with a header row, quoted fields may span
 * lines, a UTF-8 byte order mark before the header is ignored. Every column is read as a string.
 *
 * <pre>{@code
 * RowReaders.jsonLines(spark, List.of("s3a://crawl/2024/*.jsonl"))  // id, text, date, _corrupt_record
 * }</pre>
 */
final class RowReaders {

    /** The column Spark fills with the raw text of a row it could not parse. */
    static final String CORRUPT = "_corrupt_record";

    private RowReaders() {
    }

    static Dataset<Row> jsonLines(SparkSession spark, List<String> paths) {
        return spark.read()
                .option("mode", "PERMISSIVE")
                .option("columnNameOfCorruptRecord", CORRUPT)
                .option("primitivesAsString", "true")
                .json(paths.toArray(new String[0]));
    }

    static Dataset<Row> csv(SparkSession spark, List<String> paths) {
        String[] files = paths.toArray(new String[0]);
        StructType header = spark.read().option("header", "true").option("multiLine", "true").csv(files).schema();
        StructType schema = new StructType();
        for (StructField f : header.fields()) {
            schema = schema.add(f.name().replace("\uFEFF", ""), DataTypes.StringType, true);
        }
        schema = schema.add(CORRUPT, DataTypes.StringType, true);
        return spark.read()
                .schema(schema)
                .option("header", "true")
                .option("multiLine", "true")
                .option("escape", "\"")
                .option("mode", "PERMISSIVE")
                .option("columnNameOfCorruptRecord", CORRUPT)
                .csv(files);
    }
}
