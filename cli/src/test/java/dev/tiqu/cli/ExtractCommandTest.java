package dev.tiqu.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** End-to-end runs of {@code tiqu extract} on the seed pages. */
class ExtractCommandTest {

    static final Path SEEDS = Path.of("..", "seeds");

    static int run(StringWriter err, String... args) {
        CommandLine cl = Tiqu.commandLine();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }

    static List<CSVRecord> read(Path csv) throws IOException {
        byte[] bytes = Files.readAllBytes(csv);
        assertTrue(bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF, csv + " starts with a UTF-8 BOM");
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            r.read(); // the BOM
            return CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())
                    .getRecords();
        }
    }

    @Test
    void extractsTheSeedPagesIntoCsvFilesWhoseOffsetsRoundTrip(@TempDir Path out) throws IOException {
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "extract", SEEDS.toString(), "--out", out.toString(), "--quiet"));
        assertTrue(err.toString().contains("5 files (5 ok, 0 skipped, 0 failed)"), err.toString());

        List<CSVRecord> articles = read(out.resolve("articles.csv"));
        assertEquals(49, articles.stream().filter(a -> a.get("kind").equals("article")).count(),
                "articles on the five seed pages");
        assertEquals("民政领域重点民生实事圆满交卷", articles.get(1).get("title"));

        Map<String, String> pages = new HashMap<>();
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path p : files.toList()) {
                pages.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        for (CSVRecord a : articles) {
            String page = pages.get(a.get("doc"));
            int start = Integer.parseInt(a.get("start"));
            int end = Integer.parseInt(a.get("end"));
            assertTrue(0 <= start && start < end && end <= page.length(), "article span inside its page");
        }
        for (CSVRecord m : read(out.resolve("mentions.csv"))) {
            String page = pages.get(m.get("doc"));
            String original = page.substring(Integer.parseInt(m.get("start")), Integer.parseInt(m.get("end")));
            assertEquals(m.get("text").replaceAll("\\s", ""), original.replaceAll("\\s", ""),
                    "offsets of " + m.get("type") + " " + m.get("text") + " in " + m.get("doc"));
        }
        assertTrue(Files.readString(out.resolve("run.json")).contains("\"status\" : \"ok\""));
        try (Stream<Path> left = Files.list(out)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".partial")), "no temporary files left");
        }
    }

    @Test
    void outputIsByteIdenticalWhateverTheThreadCount(@TempDir Path tmp) throws IOException {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        assertEquals(0, run(new StringWriter(), "extract", SEEDS.toString(), "--out", one.toString(), "--threads", "1", "-q"));
        assertEquals(0, run(new StringWriter(), "extract", SEEDS.toString(), "--out", two.toString(), "--threads", "3", "-q"));
        for (String csv : List.of("articles.csv", "mentions.csv")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(csv)), Files.readAllBytes(two.resolve(csv)), csv);
        }
    }

    @Test
    void usageErrorsExitWithTwo(@TempDir Path out) {
        assertEquals(2, run(new StringWriter(), "extract", SEEDS.toString()));
        assertEquals(2, run(new StringWriter(), "extract", SEEDS.toString(), "--out", out.toString(), "--date", "2024-13-45"));
        assertEquals(2, run(new StringWriter(), "extract", SEEDS.toString(), "--out", out.toString(), "--threads", "0"));
        assertEquals(2, run(new StringWriter(), "frobnicate"));
    }

    @Test
    void aFileNameStartingWithAnIsoDateSetsThePublicationDate(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("2024-11-24_page1.txt"),
                "民政领域重点民生实事圆满交卷\n株洲日报讯（全媒体记者/徐滔） 11 月 22 日，市民政局传来喜讯。\n");
        assertEquals(0, run(new StringWriter(), "extract", in.toString(), "--out", tmp.resolve("out").toString(), "-q"));
        CSVRecord a = read(tmp.resolve("out").resolve("articles.csv")).get(0);
        assertEquals("2024-11-24", a.get("publication_date"));
        assertEquals("file_name", a.get("publication_date_source"));
    }
}
