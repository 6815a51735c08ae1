package dev.tiqu.cli;

import static dev.tiqu.cli.ExtractCommandTest.read;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Issue 12 end to end: input shapes (JSON Lines, CSV, standard input), selection, one-line texts. */
class ExtractInputsTest {

    private static final Path ONE_LINE_TEXTS = Path.of("..", "standard", "src", "test", "resources", "dev", "tiqu",
            "standard", "one-line-texts.txt");

    /** Runs {@code tiqu} with {@code stdin} as standard input; returns the exit code. */
    private static int run(String stdin, String... args) {
        CommandLine cl = Tiqu.commandLine();
        ExtractCommand extract = cl.getSubcommands().get("extract").getCommand();
        extract.standardInput = () -> new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(new StringWriter()));
        cl.setOut(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }

    private static List<String> mentions(Path out) throws IOException {
        List<String> rows = new ArrayList<>();
        for (CSVRecord m : read(out.resolve("mentions.csv"))) {
            String value = m.get("type").equals("DATE") ? m.get("date_start") + "/" + m.get("date_granularity") : m.get("normalized");
            rows.add(m.get("doc") + " " + m.get("type") + " " + m.get("text") + " " + value);
        }
        return rows;
    }

    @Test
    void jsonLinesRowsAreDocumentsAndAMalformedRowIsReportedWithItsLine(@TempDir Path tmp) throws IOException {
        Path jsonl = tmp.resolve("export.jsonl");
        Files.writeString(jsonl, "\uFEFF"
                + "{\"id\": \"nb-1\", \"date\": \"2024-03-08\", \"title\": \"宁波发放消费券\", \"text\": \"宁波市昨日发放消费券5000万元。\"}\n"
                + "{\"id\": \"nb-2\", \"text\": \"全市新增城镇就业3.2万人\n"
                + "{\"text\": \"宁波舟山港集装箱吞吐量增长6.5%\", \"id\": \"nb-3\"}\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        assertEquals(1, run("", "extract", jsonl.toString(), "--input-format", "jsonl", "--out", out.toString(), "-q"));
        List<String> m = mentions(out);
        assertTrue(m.contains("nb-1 DATE 昨日 2024-03-07/day"), m.toString());
        assertTrue(m.contains("nb-1 MONEY 5000万元 "), m.toString());
        assertTrue(m.contains("nb-3 PERCENT 6.5% "), m.toString());
        assertTrue(m.stream().noneMatch(s -> s.startsWith("nb-2")), m.toString());
        CSVRecord first = read(out.resolve("articles.csv")).get(0);
        assertEquals("宁波发放消费券", first.get("title"));
        assertEquals("2024-03-08", first.get("publication_date"));
        String report = Files.readString(out.resolve("run.json"));
        assertTrue(report.contains("export.jsonl:2") && report.contains("line 2: malformed JSON"), report);
    }

    @Test
    void csvRowsWithOtherFieldNames(@TempDir Path tmp) throws IOException {
        Path csv = tmp.resolve("crawl.csv");
        Files.writeString(csv, "url,published,content\r\n"
                + "https://example.cn/1,2025-01-10,\"昆明市今年计划新建保障性住房1.2万套\n二段：总投资约45亿元\"\r\n"
                + "https://example.cn/2,,贵州省2024年粮食产量达到1120万吨\r\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        assertEquals(0, run("", "extract", csv.toString(), "--input-format", "csv", "--text-field", "content",
                "--id-field", "url", "--date-field", "published", "--out", out.toString(), "-q"));
        List<String> m = mentions(out);
        assertTrue(m.contains("https://example.cn/1 DATE 今年 2025-01-01/year"), m.toString());
        assertTrue(m.contains("https://example.cn/1 MONEY 45亿元 "), m.toString());
        assertTrue(m.contains("https://example.cn/2 QUANTITY 1120万吨 "), m.toString());
    }

    @Test
    void standardInputAsTextOrAsJsonLines(@TempDir Path tmp) throws IOException {
        assertEquals(0, run("杭州市2024年数字经济核心产业增加值增长7.1%", "extract", "-", "--out", tmp.resolve("a").toString(), "-q"));
        assertEquals(List.of("stdin DATE 2024年 2024-01-01/year", "stdin PERCENT 7.1% "), mentions(tmp.resolve("a")));
        assertEquals(0, run("{\"text\": \"绍兴市发放补贴320万元\"}\n", "extract", "-", "--input-format", "jsonl",
                "--out", tmp.resolve("b").toString(), "-q"));
        assertEquals(List.of("stdin:1 MONEY 320万元 "), mentions(tmp.resolve("b")));
    }

    @Test
    void anOutputFolderInsideTheInputIsNeverReadSoTwoRunsGiveTheSameCsvs(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(ExtractCommandTest.SEEDS.resolve("001_0a2b328eef8e1e59.txt"), in.resolve("001.txt"));
        Path out = in.resolve("out");
        assertEquals(0, run("", "extract", in.toString(), "--out", out.toString(), "-q"));
        byte[] articles = Files.readAllBytes(out.resolve("articles.csv"));
        byte[] mentions = Files.readAllBytes(out.resolve("mentions.csv"));
        Files.writeString(out.resolve("stray.txt"), "上一轮留下的文件：投资8亿元");
        assertEquals(0, run("", "extract", in.toString(), "--out", out.toString(), "-q"));
        assertArrayEquals(articles, Files.readAllBytes(out.resolve("articles.csv")));
        assertArrayEquals(mentions, Files.readAllBytes(out.resolve("mentions.csv")));
    }

    @Test
    void aFolderOfOneLineFilesGivesTheMentionsOfTheSameLinesEndingInAFullStop(@TempDir Path tmp) throws IOException {
        List<String> lines = Files.readAllLines(ONE_LINE_TEXTS).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertTrue(lines.size() >= 50);
        Path bare = Files.createDirectories(tmp.resolve("bare"));
        Path ended = Files.createDirectories(tmp.resolve("ended"));
        for (int i = 0; i < lines.size(); i++) {
            Files.writeString(bare.resolve(String.format("%02d.txt", i)), lines.get(i));
            Files.writeString(ended.resolve(String.format("%02d.txt", i)), lines.get(i) + "。");
        }
        assertEquals(0, run("", "extract", bare.toString(), "--out", tmp.resolve("o1").toString(), "--date", "2025-05-20", "-q"));
        assertEquals(0, run("", "extract", ended.toString(), "--out", tmp.resolve("o2").toString(), "--date", "2025-05-20", "-q"));
        List<String> got = mentions(tmp.resolve("o1"));
        assertEquals(mentions(tmp.resolve("o2")), got);
        assertTrue(got.size() >= lines.size(), got.size() + " mentions");
    }
}
