package dev.tiqu.spark;

import static org.apache.spark.sql.functions.col;

import dev.tiqu.formats.CsvWriter;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Writes the tables of a run under one output folder: {@code <out>/<table>/} as Parquet
 * (partitioned by {@code publication_year} and {@code publication_month} where the table has
 * them; an unknown date goes to Hive's default partition) and, on request,
 * {@code <out>/csv/<table>/part-NNNNN.csv}: one file per Spark partition, each written by tiqu's
 * {@link CsvWriter}, so each is exactly what the CLI writes (BOM, header, RFC 4180, CRLF).
 *
 * <p>Existing table folders are replaced. A CSV part is written under {@code _temporary} and
 * renamed when complete, so a retried task never leaves half a file. Not thread-safe; driver only.
 *
 * <pre>{@code
 * new TableWriter(spark, "hdfs:/out").write(tables, true);  // Parquet and CSV
 * }</pre>
 */
final class TableWriter {

    private final SparkSession spark;
    private final String out;

    TableWriter(SparkSession spark, String out) {
        this.spark = spark;
        this.out = out;
    }

    void write(TiquTables tables, boolean csv) throws IOException {
        for (String name : tables.names()) {
            org.apache.spark.sql.Dataset<Row> table = tables.table(name);
            org.apache.spark.sql.DataFrameWriter<Row> writer = table.write().mode(SaveMode.Overwrite);
            if (TiquTables.partitioned(name)) {
                writer = writer.partitionBy(Extraction.YEAR, Extraction.MONTH);
            }
            writer.parquet(new Path(out, name).toString());
            if (csv) {
                writeCsv(table, tables.columns(name), new Path(new Path(out, "csv"), name));
            }
        }
    }

    private void writeCsv(org.apache.spark.sql.Dataset<Row> table, List<String> columns, Path dir) throws IOException {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        FileSystem fs = dir.getFileSystem(conf);
        fs.delete(dir, true);
        fs.mkdirs(dir);
        List<Column> select = new ArrayList<>();
        for (String c : columns) {
            select.add(col(c));
        }
        PartWriter part = new PartWriter(dir.toString(), List.copyOf(columns), new HadoopSettings(conf));
        table.select(select.toArray(new Column[0])).foreachPartition(part);
        fs.delete(new Path(dir, "_temporary"), true);
    }

    /** Writes one Spark partition of a table as one CSV file, on the executor. */
    private record PartWriter(String dir, List<String> columns, HadoopSettings settings)
            implements ForeachPartitionFunction<Row>, Serializable {

        @Override
        public void call(Iterator<Row> rows) throws IOException {
            int partition = TaskContext.getPartitionId();
            if (!rows.hasNext() && partition != 0) {
                return;
            }
            Configuration conf = settings.configuration();
            String name = String.format("part-%05d", partition);
            Path temp = new Path(new Path(dir, "_temporary"), name + "-" + TaskContext.get().attemptNumber() + ".csv");
            Path target = new Path(dir, name + ".csv");
            FileSystem fs = temp.getFileSystem(conf);
            try (CsvWriter w = new CsvWriter(fs.create(temp, true), columns)) {
                List<String> cells = new ArrayList<>(columns.size());
                while (rows.hasNext()) {
                    Row r = rows.next();
                    cells.clear();
                    for (int i = 0; i < columns.size(); i++) {
                        cells.add(r.isNullAt(i) ? "" : r.getString(i));
                    }
                    w.row(cells);
                }
            }
            fs.delete(target, false);
            if (!fs.rename(temp, target)) {
                throw new IOException("cannot rename " + temp + " to " + target);
            }
        }
    }
}
