package dev.tiqu.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tiqu.cli.Tiqu;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** A small local Spark session for the tests, and the CLI run they compare against. */
final class SparkTestSupport {

    static final Path SEEDS = Path.of("..", "seeds");

    private static SparkSession session;

    private SparkTestSupport() {
    }

    /**
     * The one session of the test run (two local threads, two shuffle partitions, no UI: light on a
     * shared two-core machine), started by the first test class that asks and stopped when the
     * test JVM exits, so that the classes do not each pay Spark's start-up.
     */
    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder()
                    .appName("tiqu-spark-test")
                    .master("local[2]")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.default.parallelism", "2")
                    .config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.adaptive.enabled", "false")
                    .getOrCreate();
            SparkSession started = session;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "tiqu-spark-test-stop"));
        }
        return session;
    }

    /** The seed pages in name order. */
    static List<Path> seeds() throws IOException {
        try (Stream<Path> s = Files.list(SEEDS)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** Runs {@code tiqu extract} (the CLI) and returns its exit code. */
    static int cli(String... args) {
        picocli.CommandLine cl = Tiqu.commandLine();
        cl.setErr(new PrintWriter(new StringWriter()));
        cl.setOut(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }

    /** The rows of a CSV written by tiqu's CsvWriter (BOM, header); checks the header. */
    static List<List<String>> readCsv(Path csv, List<String> header) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            assertEquals('\uFEFF', r.read(), csv + " starts with a BOM");
            CSVParser parser = CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build());
            assertEquals(header, parser.getHeaderNames(), "header of " + csv);
            for (CSVRecord rec : parser.getRecords()) {
                rows.add(rec.toList());
            }
        }
        return rows;
    }

    /** Every part file of a CSV folder written by the job, concatenated. */
    static List<List<String>> readCsvParts(Path dir, List<String> header) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Stream<Path> parts = Files.list(dir)) {
            List<Path> files = parts.filter(p -> p.getFileName().toString().matches("part-\\d{5}\\.csv")).sorted().toList();
            assertTrue(!files.isEmpty(), "CSV parts in " + dir);
            for (Path p : files) {
                rows.addAll(readCsv(p, header));
            }
        }
        return rows;
    }

    /** The first {@code n} columns of Spark rows as strings, null read as the CLI's empty cell. */
    static List<List<String>> cells(List<Row> rows, int n) {
        List<List<String>> out = new ArrayList<>();
        for (Row r : rows) {
            List<String> row = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                row.add(r.isNullAt(i) ? "" : r.get(i).toString());
            }
            out.add(row);
        }
        return out;
    }

    /** Asserts two tables hold the same rows, order aside; on a difference names a few rows of each side. */
    static void assertSameRows(String what, List<List<String>> expected, List<List<String>> actual) {
        List<String> e = keys(expected);
        List<String> a = keys(actual);
        if (!e.equals(a)) {
            List<String> missing = new ArrayList<>(e);
            a.forEach(missing::remove);
            List<String> extra = new ArrayList<>(a);
            e.forEach(extra::remove);
            throw new AssertionError(what + ": " + expected.size() + " rows expected, " + actual.size()
                    + " found; missing " + missing.subList(0, Math.min(3, missing.size()))
                    + ", extra " + extra.subList(0, Math.min(3, extra.size())));
        }
    }

    private static List<String> keys(List<List<String>> rows) {
        List<String> keys = new ArrayList<>(rows.size());
        for (List<String> r : rows) {
            keys.add(String.join("\u0001", r));
        }
        Collections.sort(keys);
        return keys;
    }

    /** The inputs of a CLI run.json that were not processed: file name, status, reason. */
    static List<List<String>> cliFailures(Path runJson) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (JsonNode input : new ObjectMapper().readTree(runJson.toFile()).get("inputs")) {
            String status = input.get("status").asText();
            if (!status.equals("ok")) {
                JsonNode why = input.has("reason") ? input.get("reason") : input.get("error");
                out.add(List.of(Path.of(input.get("path").asText()).getFileName().toString(), status, why.asText()));
            }
        }
        return out;
    }
}
