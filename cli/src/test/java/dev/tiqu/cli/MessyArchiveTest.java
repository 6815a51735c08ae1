package dev.tiqu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of every kind of bad input beside the seeds: nothing lost, nothing half-written. */
class MessyArchiveTest {

    @Test
    void everyInputIsAccountedForAndTheSeedsRowsAreUnchanged(@TempDir Path tmp) throws IOException {
        Path archive = Files.createDirectories(tmp.resolve("archive"));
        Path seeds = Files.createDirectories(archive.resolve("seeds"));
        try (Stream<Path> files = Files.list(ExtractCommandTest.SEEDS)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(p, seeds.resolve(p.getFileName()));
            }
        }
        String page = Files.readString(ExtractCommandTest.SEEDS.resolve("000_0b260c43b3846790.txt"));
        Files.write(archive.resolve("empty.txt"), new byte[0]);
        Files.write(archive.resolve("scan.pdf"), "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(archive.resolve("pages.zip"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0});
        Files.write(archive.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        Files.write(archive.resolve("noise.bin"), new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFE, (byte) 0x81,
            (byte) 0xFF, 0x7F, (byte) 0xFF, (byte) 0xFF});
        Files.write(archive.resolve("gbk.txt"), page.getBytes(Charset.forName("GB18030")));
        Files.write(archive.resolve("big5.txt"), "台北市政府今日宣布，補助金額為每月5000元。".getBytes(Charset.forName("Big5")));
        byte[] utf16 = ("\uFEFF" + "长沙晚报讯（记者/周洁）5月6日，新增停车位800个。").getBytes(StandardCharsets.UTF_16LE);
        Files.write(archive.resolve("utf16.txt"), utf16);
        Files.writeString(archive.resolve("controls.txt"), "株洲日报讯（记者/王军）\u0000今年投资\u0007 5 亿元\u001B，增长 12%。");
        Files.writeString(archive.resolve("one-long-line.txt"), "全市新增就业岗位120个，投资3000万元，增长8%。".repeat(12_000));
        Files.writeString(archive.resolve("too-big.txt"), "很大的文件。".repeat(200_000));
        Path deep = archive;
        for (int i = 0; i < 40; i++) {
            deep = deep.resolve("d" + i);
        }
        Files.createDirectories(deep);
        Files.writeString(deep.resolve("deep.txt"), "衡阳日报讯（记者/刘洋） 1月5日，衡阳新增光伏装机50万千瓦。");
        Files.createSymbolicLink(archive.resolve("loop"), archive);
        Files.createSymbolicLink(archive.resolve("vanished.txt"), archive.resolve("no-longer-here.txt"));

        Path out = tmp.resolve("out");
        StringWriter err = new StringWriter();
        // a folder gives its text files only (issue 12): the binary files are named on the command line
        int code = ExtractCommandTest.run(err, "extract", archive.resolve("scan.pdf").toString(),
                archive.resolve("pages.zip").toString(), archive.resolve("photo.png").toString(),
                archive.resolve("noise.bin").toString(), archive.toString(), "--out", out.toString(), "-q",
                "--max-file-size", "1", "--date", "2024-11-24");
        assertEquals(1, code, err.toString());

        JsonNode report = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        Map<String, JsonNode> byName = new HashMap<>();
        for (JsonNode e : report.path("inputs")) {
            byName.put(Path.of(e.path("path").asText()).getFileName().toString(), e);
        }
        Map<String, String> expected = Map.ofEntries(
                Map.entry("empty.txt", "skipped"), Map.entry("scan.pdf", "skipped"), Map.entry("pages.zip", "skipped"),
                Map.entry("photo.png", "skipped"), Map.entry("noise.bin", "skipped"), Map.entry("gbk.txt", "ok"),
                Map.entry("big5.txt", "ok"), Map.entry("utf16.txt", "ok"), Map.entry("controls.txt", "ok"),
                Map.entry("one-long-line.txt", "ok"), Map.entry("too-big.txt", "skipped"), Map.entry("deep.txt", "ok"),
                Map.entry("loop", "failed"), Map.entry("vanished.txt", "failed"),
                Map.entry("000_0b260c43b3846790.txt", "ok"), Map.entry("004_38f81babc8b1bb52.txt", "ok"));
        expected.forEach((name, status) -> {
            assertTrue(byName.containsKey(name), name + " is in run.json: " + byName.keySet());
            assertEquals(status, byName.get(name).path("status").asText(), name + ": " + byName.get(name));
        });
        assertEquals(expected.size() + 3, report.path("inputs").size(), "every input and nothing else");
        assertEquals("PDF", byName.get("scan.pdf").path("reason").asText().replaceAll(".*\\((.*)\\).*", "$1"));
        assertEquals("GB18030", byName.get("gbk.txt").path("encoding").asText());
        assertEquals("Big5", byName.get("big5.txt").path("encoding").asText());
        assertEquals("UTF-16LE", byName.get("utf16.txt").path("encoding").asText());

        // the seeds' rows are the same as in a run on the seeds alone
        Path clean = tmp.resolve("clean");
        assertEquals(0, ExtractCommandTest.run(new StringWriter(), "extract", seeds.toString(), "--out", clean.toString(),
                "-q", "--date", "2024-11-24"));
        for (String table : List.of("articles.csv", "mentions.csv")) {
            List<List<String>> mixed = rowsOf(out.resolve(table), "000_", "001_", "002_", "003_", "004_");
            List<List<String>> alone = rowsOf(clean.resolve(table), "000_", "001_", "002_", "003_", "004_");
            assertEquals(alone, mixed, table);
        }
        // the GB18030 copy of a seed reads exactly like the seed
        List<List<String>> gbk = rowsOf(out.resolve("mentions.csv"), "gbk.txt");
        List<List<String>> seed = rowsOf(clean.resolve("mentions.csv"), "000_");
        assertEquals(seed.size(), gbk.size());
        try (Stream<Path> left = Files.list(out)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".partial")), "no temporary files left");
        }
    }

    private static List<List<String>> rowsOf(Path csv, String... docPrefixes) throws IOException {
        return ExtractCommandTest.read(csv).stream()
                .filter(r -> Stream.of(docPrefixes).anyMatch(p -> r.get("doc").replaceAll(".*/", "").startsWith(p)))
                .map(r -> r.toList().subList(1, r.size()))
                .map(l -> List.copyOf(l))
                .toList();
    }
}
