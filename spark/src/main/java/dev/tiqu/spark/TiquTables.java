package dev.tiqu.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Every output table of one extraction over a {@code Dataset} of inputs: articles, mentions,
 * one per dataset, and failures, each with the columns of the CLI's CSV of that name.
 *
 * <p>The tables are views of one lazily computed result: the pipeline runs when a table is
 * first used, and again for each table unless {@link #persist()} was called first. Every table
 * but {@code failures} has two more columns, {@code publication_year} and {@code
 * publication_month} (null when the page's date is unknown), for partitioning.
 *
 * <pre>{@code
 * TiquTables t = TiquSpark.extractFiles(spark, "hdfs:/archive/2024/*", options).persist();
 * t.table("mentions").where("type = 'MONEY'").show();
 * }</pre>
 */
public final class TiquTables {

    private final Dataset<Row> results;
    private final Map<String, List<String>> columns;

    TiquTables(Dataset<Row> results, Map<String, List<String>> columns) {
        this.results = results;
        this.columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /** The table names in output order: articles, mentions, each dataset, failures. */
    public Set<String> names() {
        return columns.keySet();
    }

    /** The CLI columns of a table, without the partition columns. */
    public List<String> columns(String table) {
        List<String> c = columns.get(table);
        if (c == null) {
            throw new IllegalArgumentException("no table '" + table + "', expected one of " + columns.keySet());
        }
        return c;
    }

    /** Whether a table is partitioned by publication year and month ({@code failures} is not). */
    public static boolean partitioned(String table) {
        return !Extraction.FAILURES.equals(table);
    }

    /** A table as rows of strings, its CLI columns in order, then the partition columns if it has them. */
    public Dataset<Row> table(String table) {
        List<String> names = columns(table);
        List<Column> select = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            select.add(col("cells").getItem(i).as(names.get(i)));
        }
        if (partitioned(table)) {
            select.add(col(Extraction.YEAR));
            select.add(col(Extraction.MONTH));
        }
        return results.where(col("table").equalTo(table)).select(select.toArray(new Column[0]));
    }

    /** Row count per table, in {@link #names()} order; runs the extraction (once, if persisted). */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String name : columns.keySet()) {
            counts.put(name, 0L);
        }
        for (Row r : results.groupBy("table").count().collectAsList()) {
            counts.put(r.getString(0), r.getLong(1));
        }
        return counts;
    }

    /** Keeps the result once computed (memory, spilling to the executors' disks), so each input is processed once. */
    public TiquTables persist() {
        results.persist(StorageLevel.MEMORY_AND_DISK());
        return this;
    }

    /** Releases what {@link #persist()} kept. */
    public void unpersist() {
        results.unpersist();
    }
}
