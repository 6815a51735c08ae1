package dev.tiqu.spark;

import static dev.tiqu.spark.SparkTestSupport.assertSameRows;
import static dev.tiqu.spark.SparkTestSupport.cells;
import static dev.tiqu.spark.SparkTestSupport.cli;
import static dev.tiqu.spark.SparkTestSupport.readCsv;
import static dev.tiqu.spark.SparkTestSupport.readCsvParts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiqu.datasets.Datasets;
import dev.tiqu.formats.Tables;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in {@code local[2]} against the CLI on the same inputs: the seed pages, a few hundred
 * copies of them under other names and folders (some dated by their file name), and bad files.
 */
class TiquSparkJobTest {

    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkTestSupport.session();
    }

    /** The seeds, 300 copies (60 of each) in 10 folders (every other copy dated by its name), and bad files. */
    static Path archive(Path root) throws IOException {
        Path in = Files.createDirectories(root.resolve("archive"));
        List<Path> seeds = SparkTestSupport.seeds();
        for (Path s : seeds) {
            Files.copy(s, in.resolve(s.getFileName()));
        }
        LocalDate day = LocalDate.of(2019, 1, 3);
        for (int copy = 0; copy < 60; copy++) {
            Path folder = Files.createDirectories(in.resolve("batch" + copy % 10));
            for (Path s : seeds) {
                String prefix = copy % 2 == 0 ? day.plusDays(copy * 11L) + "_" : "copy" + copy + "_";
                Files.copy(s, folder.resolve(prefix + s.getFileName()));
            }
        }
        String page = Files.readString(seeds.get(1), StandardCharsets.UTF_8);
        Files.write(in.resolve("gbk_page.txt"), page.getBytes(Charset.forName("GB18030")));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("scan.pdf"), "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(in.resolve("broken.txt"), new byte[] {'a', 'b', (byte) 0xFF, (byte) 0xFE, (byte) 0xFF, 'c', 'd'});
        Files.writeString(in.resolve("blank.txt"), " \n\n \t\n");
        return in;
    }

    @Test
    void writesTheCliTablesAsParquetAndCsvForTheSeedsAndHundredsOfCopies(@TempDir Path tmp) throws IOException {
        Path in = archive(tmp);
        Path cliOut = tmp.resolve("cli");
        Path sparkOut = tmp.resolve("spark");
        assertEquals(1, cli("extract", in.toString(), "--out", cliOut.toString(), "--quiet"), "bad files make the CLI exit 1");
        assertEquals(1, TiquSparkJob.run(spark, "--input", in.toString(), "--output", sparkOut.toString(), "--csv"),
                "bad files make the job exit 1, after writing everything");

        Map<String, List<String>> tables = Map.of("articles", Tables.ARTICLE_COLUMNS, "mentions", Tables.MENTION_COLUMNS,
                "subsidy", Datasets.builtIn("subsidy").columns(), "pv_capacity", Datasets.builtIn("pv_capacity").columns());
        for (Map.Entry<String, List<String>> t : tables.entrySet()) {
            List<String> columns = t.getValue();
            List<List<String>> expected = readCsv(cliOut.resolve(t.getKey() + ".csv"), columns);
            assertTrue(expected.size() >= 305, t.getKey() + ": at least one row a page in the CLI's output");
            List<Row> parquet = spark.read().parquet(sparkOut.resolve(t.getKey()).toString())
                    .select(columns.get(0), columns.subList(1, columns.size()).toArray(new String[0])).collectAsList();
            assertSameRows(t.getKey() + " (Parquet)", expected, cells(parquet, columns.size()));
            assertSameRows(t.getKey() + " (CSV)", expected, readCsvParts(sparkOut.resolve("csv").resolve(t.getKey()), columns));
        }

        List<List<String>> failures = new ArrayList<>();
        for (Row r : spark.read().parquet(sparkOut.resolve("failures").toString()).collectAsList()) {
            assertEquals(Path.of(r.getString(0).replaceFirst("^file:", "")).getFileName().toString(), r.getString(1));
            failures.add(List.of(r.getString(1), r.getString(2), r.getString(3)));
        }
        assertSameRows("failures", SparkTestSupport.cliFailures(cliOut.resolve("run.json")), failures);
        assertEquals(3, failures.size(), "empty, blank and undecodable files (a PDF in a folder is not a text file): "
                + failures);
    }

    @Test
    void partitionsByThePublicationYearAndMonthOfEachPage(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<Path> seeds = SparkTestSupport.seeds();
        Files.copy(seeds.get(0), in.resolve("2021-03-09_a.txt"));
        Files.copy(seeds.get(0), in.resolve("2023-12-31_b.txt"));
        Files.copy(seeds.get(1), in.resolve("c.txt"));
        Files.copy(seeds.get(2), in.resolve(".c.txt.partial"));
        Files.copy(seeds.get(2), Files.createDirectories(in.resolve("_temporary")).resolve("d.txt"));
        Path out = tmp.resolve("out");
        assertEquals(0, TiquSparkJob.run(spark, "--input", in.toString(), "--output", out.toString(), "--no-datasets"));

        assertTrue(Files.isDirectory(out.resolve("mentions/publication_year=2021/publication_month=3")));
        assertTrue(Files.isDirectory(out.resolve("articles/publication_year=2023/publication_month=12")));
        for (Row a : spark.read().parquet(out.resolve("articles").toString()).collectAsList()) {
            String date = a.getAs("publication_date");
            Object year = a.getAs(Extraction.YEAR);
            Object month = a.getAs(Extraction.MONTH);
            if (date.isEmpty()) {
                assertEquals(null, year, "an unknown date goes to the default partition");
            } else {
                assertEquals(LocalDate.parse(date).getYear(), year, a.toString());
                assertEquals(LocalDate.parse(date).getMonthValue(), month, a.toString());
            }
        }
        assertTrue(Files.notExists(out.resolve("subsidy")), "--no-datasets writes no dataset table");
        assertEquals(List.of("2021-03-09_a.txt", "2023-12-31_b.txt", "c.txt"), spark.read().parquet(out.resolve("articles").toString())
                .select("doc").distinct().orderBy("doc").as(org.apache.spark.sql.Encoders.STRING()).collectAsList(),
                "hidden files and folders are not read");
    }

    @Test
    void usageErrorsExitWithTwoAndRunNothing(@TempDir Path tmp) {
        String out = tmp.resolve("out").toString();
        assertEquals(2, TiquSparkJob.run(spark, "--input", SparkTestSupport.SEEDS.toString(), "--output", out,
                "--input-format", "xml"));
        assertEquals(2, TiquSparkJob.run(spark, "--input", SparkTestSupport.SEEDS.toString(), "--output", out,
                "--dataset", tmp.resolve("no_such_definition.yaml").toString()));
        assertEquals(2, TiquSparkJob.run(spark, "--output", out));
        assertEquals(2, TiquSparkJob.run(spark, "--input", tmp.resolve("nothing_here").toString(), "--output", out));
        assertTrue(Files.notExists(tmp.resolve("out")), "nothing written");
    }
}
