package dev.tiqu.spark;

import static dev.tiqu.spark.SparkTestSupport.assertSameRows;
import static dev.tiqu.spark.SparkTestSupport.cells;
import static dev.tiqu.spark.SparkTestSupport.cli;
import static dev.tiqu.spark.SparkTestSupport.readCsv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tiqu.core.pipeline.Pipeline;
import dev.tiqu.core.text.Document;
import dev.tiqu.core.text.PublicationDate;
import dev.tiqu.datasets.Datasets;
import dev.tiqu.formats.CsvWriter;
import dev.tiqu.formats.Tables;
import dev.tiqu.standard.StandardPipeline;
import dev.tiqu.text.Layout;
import dev.tiqu.text.NewspaperSegmenter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Texts as rows: JSON Lines and CSV through the job, and the Java API on a caller's {@code Dataset}. */
class TiquSparkRowsTest {

    static SparkSession spark;

    /** Texts of other places and registers than the seeds, with the date each was published. */
    static final List<String[]> TEXTS = List.of(
            new String[] {"gov-report-hefei", "2023-02-14", "合肥市人民政府工作报告指出，2022年全市地区生产总值达到1.2万亿元，"
                    + "同比增长3.5%。今年将新增城镇就业12万人，城镇居民人均可支配收入增长6%左右。"},
            new String[] {"court-notice-wuhan", "2022-08-30", "武汉市中级人民法院发布公告称，被执行人湖北某置业有限公司"
                    + "应于2022年9月15日前支付工程款共计4,532.6万元。逾期未履行的，法院将依法强制执行。"},
            new String[] {"company-shenzhen", "2024-04-26", "深圳市某新能源科技股份有限公司公告，公司拟投资25亿元建设"
                    + "年产10GWh储能电池项目，项目用地约300亩。董事长王建国表示，项目预计2026年6月投产。"},
            new String[] {"news-kunming", "", "昆明市农业农村局近日对全市2000余户种粮大户发放补贴，每亩补贴120元，"
                    + "合计发放资金860万元。据了解，去年同期补贴标准为每亩100元。"},
            new String[] {"bad-date", "2024-02-30", "兰州新区上月引进项目18个，总投资65.3亿元。"},
            new String[] {"", "2024-01-01", "哈尔滨冰雪大世界今年接待游客271万人次。"},
            new String[] {"no-text", "2024-01-01", " "});

    @BeforeAll
    static void start() {
        spark = SparkTestSupport.session();
    }

    @Test
    void mentionsOfADatasetOfTextsAreThePipelinesAndBadRowsAreFailures() {
        StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
                .add("date", DataTypes.StringType);
        List<Row> rows = new ArrayList<>();
        for (String[] t : TEXTS) {
            rows.add(RowFactory.create(t[0].isEmpty() ? null : t[0], t[2], t[1]));
        }
        Dataset<Row> texts = spark.createDataFrame(rows, schema).repartition(2);
        TiquTables tables = TiquSpark.extract(texts, TiquOptions.defaults());

        Pipeline pipeline = StandardPipeline.builder().dataset(Datasets.builtIn("subsidy"))
                .dataset(Datasets.builtIn("pv_capacity")).build();
        List<List<String>> expected = new ArrayList<>();
        for (String[] t : TEXTS.subList(0, 4)) {
            PublicationDate date = t[1].isEmpty() ? PublicationDate.unknown() : PublicationDate.given(LocalDate.parse(t[1]));
            expected.addAll(Tables.mentionRows(pipeline.process(new Document(t[0], t[2], date))));
        }
        assertTrue(expected.size() >= 20, "the texts have mentions: " + expected.size());
        int n = Tables.MENTION_COLUMNS.size();
        assertSameRows("mentions", expected, cells(TiquSpark.mentions(texts, TiquOptions.defaults()).collectAsList(), n));
        assertSameRows("mentions table", expected, cells(tables.table("mentions").collectAsList(), n));

        List<List<String>> failures = cells(tables.table("failures").collectAsList(), 4);
        assertSameRows("failures", List.of(
                List.of("bad-date", "bad-date", "failed", "bad date: 2024-02-30"),
                List.of("", "", "failed", "no id"),
                List.of("no-text", "no-text", "skipped", "no text")), failures);
        assertEquals(List.of("articles", "mentions", "subsidy", "pv_capacity", "failures"), List.copyOf(tables.names()));
        assertThrows(IllegalArgumentException.class, () -> TiquSpark.mentions(texts.drop("text"), TiquOptions.defaults()));
    }

    @Test
    void aTitleColumnIsTheFirstLineOfItsTextAndPlainLayoutKeepsOneArticle() {
        StructType schema = new StructType().add("id", DataTypes.StringType).add("headline", DataTypes.StringType)
                .add("text", DataTypes.StringType).add("date", DataTypes.StringType);
        String title = "贵阳市发放助学补贴1500万元";
        String body = "贵阳市教育局近日表示，今年共资助困难学生2.1万人次，资助面比去年提高3个百分点。";
        Dataset<Row> texts = spark.createDataFrame(List.of(RowFactory.create("gy-1", title, body, "2024-09-02")), schema);
        TiquOptions options = TiquOptions.builder().titleField("headline").layout(Layout.PLAIN).build();

        Pipeline pipeline = StandardPipeline.builder().segmenter(new NewspaperSegmenter(Layout.PLAIN))
                .dataset(Datasets.builtIn("subsidy")).dataset(Datasets.builtIn("pv_capacity")).build();
        List<List<String>> expected = Tables.mentionRows(pipeline.process(
                new Document("gy-1", title + "\n" + body, PublicationDate.given(LocalDate.of(2024, 9, 2)))));
        assertTrue(expected.stream().anyMatch(r -> r.contains("1500万元")), "the title's amount: " + expected);
        int n = Tables.MENTION_COLUMNS.size();
        assertSameRows("mentions with a title", expected, cells(TiquSpark.mentions(texts, options).collectAsList(), n));
        assertEquals(1, TiquSpark.extract(texts, options).table("articles").count(), "plain layout: one article");
    }

    @Test
    void jsonLinesRowsGiveTheCliMentionsOfTheSameTextsAsFiles(@TempDir Path tmp) throws IOException {
        Path files = Files.createDirectories(tmp.resolve("files"));
        ObjectMapper json = new ObjectMapper();
        StringBuilder lines = new StringBuilder();
        for (String[] page : pages(files)) {
            ObjectNode o = json.createObjectNode().put("doc_id", page[0]).put("body", page[1]).put("day", page[2]);
            lines.append(json.writeValueAsString(o)).append('\n');
        }
        lines.append("{\"doc_id\": \"cut\", \"body\": \"长沙市今年\n");
        Path jsonl = Files.writeString(tmp.resolve("pages.jsonl"), lines.toString());
        assertRowsMatchTheCli(tmp, files, jsonl, "jsonl", 1);
    }

    @Test
    void csvRowsWithABomGiveTheCliMentionsOfTheSameTextsAsFiles(@TempDir Path tmp) throws IOException {
        Path files = Files.createDirectories(tmp.resolve("files"));
        Path csv = tmp.resolve("pages.csv");
        try (OutputStream out = Files.newOutputStream(csv); CsvWriter w = new CsvWriter(out, List.of("doc_id", "body", "day"))) {
            for (String[] page : pages(files)) {
                w.row(List.of(page));
            }
        }
        assertRowsMatchTheCli(tmp, files, csv, "csv", 0);
    }

    /** The seed pages written as files named by id (the id starts with the page's date) and returned as rows. */
    private static List<String[]> pages(Path dir) throws IOException {
        List<String[]> pages = new ArrayList<>();
        LocalDate day = LocalDate.of(2020, 6, 1);
        for (Path seed : SparkTestSupport.seeds()) {
            String text = Files.readString(seed, StandardCharsets.UTF_8);
            String id = day + "_" + seed.getFileName();
            Files.writeString(dir.resolve(id), text);
            pages.add(new String[] {id, text, day.toString()});
            day = day.plusMonths(7);
        }
        return pages;
    }

    private static void assertRowsMatchTheCli(Path tmp, Path files, Path input, String format, int malformed)
            throws IOException {
        Path cliOut = tmp.resolve("cli");
        Path out = tmp.resolve("out");
        assertEquals(0, cli("extract", files.toString(), "--out", cliOut.toString(), "--quiet"));
        assertEquals(malformed == 0 ? 0 : 1, TiquSparkJob.run(spark, "--input", input.toString(), "--output", out.toString(),
                "--input-format", format, "--id-field", "doc_id", "--text-field", "body", "--date-field", "day"));
        for (String table : List.of("mentions", "subsidy", "pv_capacity")) {
            List<List<String>> expected = readCsv(cliOut.resolve(table + ".csv"), header(table));
            int n = header(table).size();
            assertSameRows(format + " " + table, expected,
                    cells(spark.read().parquet(out.resolve(table).toString()).collectAsList(), n));
        }
        List<Row> failures = spark.read().parquet(out.resolve("failures").toString()).collectAsList();
        assertEquals(malformed, failures.size(), failures.toString());
        for (Row f : failures) {
            assertTrue(f.getString(3).startsWith("malformed row: {\"doc_id\": \"cut\""), f.toString());
            assertTrue(f.getString(0).endsWith("pages.jsonl"), f.toString());
        }
    }

    private static List<String> header(String table) {
        return table.equals("mentions") ? Tables.MENTION_COLUMNS : Datasets.builtIn(table).columns();
    }
}
