package dev.tiqu.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch that cannot be broken (issue 16): each defect of the hardening probe reproduced on a
 * small fixture. Runs that need their own heap or a kill -9 are forked JVMs.
 */
class ReliabilityTest {

    private static final String PAGE = "衡阳日报讯（记者/刘洋） 1月5日，衡阳新增光伏装机50万千瓦，总投资12亿元，同比增长15%。\n";

    private static Map<String, JsonNode> byDoc(Path out) throws IOException {
        Map<String, JsonNode> m = new HashMap<>();
        for (JsonNode e : new ObjectMapper().readTree(out.resolve("run.json").toFile()).path("inputs")) {
            m.put(e.path("doc").asText(Path.of(e.path("path").asText()).getFileName().toString()), e);
        }
        return m;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** {@code tiqu} in a JVM of its own; stderr goes to {@code err}. */
    private static Process fork(Path err, String heap, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-cp", System.getProperty("java.class.path"), Tiqu.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(err.toFile()).start();
    }

    @Test
    void aPageTooLargeForTheHeapIsRefusedUpFrontAndTheRestOfTheBatchIsWritten(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a-small.txt"), PAGE);
        Files.writeString(in.resolve("b-huge.txt"), "全市新增就业岗位120个，投资3000万元，增长8%。\n".repeat(160_000)); // 12 MB
        Files.writeString(in.resolve("c-small.txt"), PAGE);
        Path log = tmp.resolve("err.txt");
        Process p = fork(log, "-Xmx256m", "extract", in.toString(), "--out", tmp.resolve("out").toString(), "-q",
                "--date", "2024-01-08");
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the forked run ends");
        assertEquals(1, p.exitValue(), Files.readString(log));
        Map<String, JsonNode> docs = byDoc(tmp.resolve("out"));
        assertEquals("ok", docs.get("a-small.txt").path("status").asText());
        assertEquals("ok", docs.get("c-small.txt").path("status").asText());
        JsonNode huge = docs.get("b-huge.txt");
        assertEquals("skipped", huge.path("status").asText());
        assertTrue(huge.path("reason").asText().startsWith("too large for the heap"), huge.toString());
        assertEquals(2, ExtractCommandTest.read(tmp.resolve("out").resolve("articles.csv")).size());
    }

    @Test
    void aLongCommaOnlyListIsStoppedByTheFileTimeoutAndTheBatchGoesOn(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("list.txt"), "光伏电站装机100兆瓦，".repeat(20_000));
        Files.writeString(in.resolve("page.txt"), PAGE);
        StringWriter err = new StringWriter();
        long t0 = System.nanoTime();
        assertEquals(1, ExtractCommandTest.run(err, "extract", in.toString(), "--out", tmp.resolve("out").toString(),
                "-q", "--date", "2024-01-08", "--file-timeout", "15", "--threads", "2"), err.toString());
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(120), "stopped, not run to the end");
        Map<String, JsonNode> docs = byDoc(tmp.resolve("out"));
        assertEquals("failed", docs.get("list.txt").path("status").asText());
        assertTrue(docs.get("list.txt").path("error").asText().contains("took longer than"),
                docs.get("list.txt").toString());
        assertEquals("ok", docs.get("page.txt").path("status").asText());
    }

    @Test
    void theSameFileNameInTwoFoldersStaysTwoDocsAndRawNameBytesAreEscaped(@TempDir Path tmp) throws Exception {
        Path root = tmp.resolve("archive");
        Files.createDirectories(root.resolve("2024/01"));
        Files.createDirectories(root.resolve("2024/02"));
        Files.writeString(root.resolve("2024/01/page1.txt"), PAGE);
        Files.writeString(root.resolve("2024/02/page1.txt"), PAGE.replace("衡阳", "岳阳"));
        // a file name in GBK bytes (报告.txt) on a UTF-8 file system
        Process touch = new ProcessBuilder("sh", "-c", "printf '%s' \"$1\" > \"$(printf '\\261\\250\\270\\346').txt\"",
                "sh", PAGE).directory(root.resolve("2024").toFile()).start();
        assertEquals(0, touch.waitFor());

        Path out = tmp.resolve("out");
        assertEquals(0, ExtractCommandTest.run(new StringWriter(), "extract", root.toString(), "--out", out.toString(),
                "-q", "--date", "2024-01-08"));
        List<String> docs = ExtractCommandTest.read(out.resolve("articles.csv")).stream().map(r -> r.get("doc")).toList();
        assertEquals(List.of("2024/01/page1.txt", "2024/02/page1.txt", "2024/\\xB1\\xA8\\xB8\\xE6.txt"), docs);

        Path two = tmp.resolve("two");
        assertEquals(0, ExtractCommandTest.run(new StringWriter(), "extract", root.resolve("2024/01").toString(),
                root.resolve("2024/02").toString(), "--out", two.toString(), "-q", "--date", "2024-01-08"));
        assertEquals(List.of("01/page1.txt", "02/page1.txt"), ExtractCommandTest.read(two.resolve("articles.csv"))
                .stream().map(r -> r.get("doc")).toList(), "with several roots, each folder's name comes first");
    }

    @Test
    void aSecondRunIsRefusedAndAKilledRunLeavesTheEarlierOutputWholeAndIsCleanedUp(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("page.txt"), PAGE);
        Path out = tmp.resolve("out");
        assertEquals(0, ExtractCommandTest.run(new StringWriter(), "extract", in.toString(), "--out", out.toString(), "-q",
                "--date", "2024-01-08"));
        byte[] mentions = Files.readAllBytes(out.resolve("mentions.csv"));
        byte[] report = Files.readAllBytes(out.resolve("run.json"));

        Path slow = Files.createDirectories(tmp.resolve("slow"));
        Files.writeString(slow.resolve("list.txt"), "光伏电站装机100兆瓦，".repeat(40_000));
        Process child = fork(tmp.resolve("child.txt"), "-Xmx512m", "extract", slow.toString(), "--out", out.toString(),
                "-q", "--date", "2024-01-08");
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (names(tmp).stream().noneMatch(n -> n.startsWith(".out.tiqu-staging-")) && child.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertTrue(child.isAlive(), "the slow run is still writing: " + Files.readString(tmp.resolve("child.txt")));

            StringWriter err = new StringWriter();
            assertEquals(3, ExtractCommandTest.run(err, "extract", in.toString(), "--out", out.toString(), "-q"));
            assertEquals(1, err.toString().lines().count(), err.toString());
            assertTrue(err.toString().startsWith("tiqu: cannot write " + out + ": another tiqu run (process "
                    + child.pid() + ") is writing this folder"), err.toString());
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hook runs
            child.waitFor();
        }
        assertArrayEquals(mentions, Files.readAllBytes(out.resolve("mentions.csv")), "the earlier output is whole");
        assertArrayEquals(report, Files.readAllBytes(out.resolve("run.json")));
        assertTrue(names(tmp).stream().anyMatch(n -> n.startsWith(".out.tiqu-staging-")), "the killed run's staging");

        assertEquals(0, ExtractCommandTest.run(new StringWriter(), "extract", in.toString(), "--out", out.toString(), "-q",
                "--date", "2024-01-08"));
        assertEquals(List.of("child.txt", "in", "out", "slow"), names(tmp), "stale staging folder and lock cleaned");
    }

    @Test
    void anInterruptedRunRemovesItsTemporariesAndLeavesTheEarlierOutput(@TempDir Path tmp) throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("run.json"), "{\"earlier\":true}");
        Path slow = Files.createDirectories(tmp.resolve("slow"));
        Files.writeString(slow.resolve("list.txt"), "光伏电站装机100兆瓦，".repeat(40_000));
        Process child = fork(tmp.resolve("child.txt"), "-Xmx512m", "extract", slow.toString(), "--out", out.toString(),
                "-q", "--date", "2024-01-08");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (names(tmp).stream().noneMatch(n -> n.startsWith(".out.tiqu-staging-")) && child.isAlive()
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertTrue(child.isAlive(), Files.readString(tmp.resolve("child.txt")));
        child.destroy(); // SIGTERM, as Ctrl-C or a service manager would
        assertTrue(child.waitFor(1, TimeUnit.MINUTES));
        assertEquals(List.of("child.txt", "out", "slow"), names(tmp), "no staging folder, no lock file");
        assertEquals(List.of("run.json"), names(out));
    }

    @Test
    void fatalErrorsAreOneLineNamingThePathWithTheirExitCode(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("page.txt"), PAGE);
        Path file = Files.writeString(tmp.resolve("out.csv"), "not a folder");

        StringWriter err = new StringWriter();
        assertEquals(3, ExtractCommandTest.run(err, "extract", in.toString(), "--out", file.toString(), "-q"));
        assertEquals("tiqu: cannot write " + file + ": exists and is not a folder", err.toString().strip());

        err = new StringWriter();
        assertEquals(3, ExtractCommandTest.run(err, "extract", in.toString(), "--out", file.resolve("out").toString()));
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("tiqu: cannot write " + file.resolve("out") + ": "), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());

        err = new StringWriter();
        assertEquals(1, ExtractCommandTest.run(err, "extract", in.toString(), tmp.resolve("missing").toString(),
                "--out", tmp.resolve("out").toString(), "-q"));
        assertTrue(err.toString().startsWith("tiqu: input not found: " + tmp.resolve("missing")), err.toString());
    }

    @Test
    void datasetNameClashesAreUsageErrors(@TempDir Path tmp) throws IOException {
        String subsidy;
        try (InputStream s = getClass().getResourceAsStream("/dev/tiqu/datasets/subsidy.yaml")) {
            subsidy = new String(s.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path articles = Files.writeString(tmp.resolve("articles.yaml"), subsidy.replaceFirst("(?m)^name: .*$", "name: articles"));
        Path grantsA = Files.writeString(tmp.resolve("a.yaml"), subsidy.replaceFirst("(?m)^name: .*$", "name: grants"));
        Path grantsB = Files.writeString(tmp.resolve("b.yaml"), subsidy.replaceFirst("(?m)^name: .*$", "name: grants"));
        Path out = tmp.resolve("out");
        StringWriter err = new StringWriter();
        assertEquals(2, ExtractCommandTest.run(err, "extract", ExtractCommandTest.SEEDS.toString(), "--out", out.toString(),
                "--dataset", articles.toString()));
        assertTrue(err.toString().contains("the name 'articles' is taken"), err.toString());
        err = new StringWriter();
        assertEquals(2, ExtractCommandTest.run(err, "extract", ExtractCommandTest.SEEDS.toString(), "--out", out.toString(),
                "--dataset", grantsA.toString(), "--dataset", grantsB.toString()));
        assertTrue(err.toString().contains("two datasets are named 'grants'"), err.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void formulaLikeCellsAreNeutralizedUnlessTurnedOffAndNumbersAreUntouched(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("=1+1.txt"), "+86热线今年受理群众诉求1200件，办结率达到98.5%，同比增长15%。\n");
        Path out = tmp.resolve("out");
        assertEquals(0, ExtractCommandTest.run(new StringWriter(), "extract", in.toString(), "--out", out.toString(), "-q",
                "--date", "2024-01-08"));
        List<CSVRecord> guarded = ExtractCommandTest.read(out.resolve("mentions.csv"));
        assertFalse(guarded.isEmpty());
        for (CSVRecord r : guarded) {
            assertEquals("'=1+1.txt", r.get("doc"));
            assertTrue(r.get("sentence").startsWith("'+86"), r.get("sentence"));
            assertTrue(r.get("start").matches("\\d+") && r.get("value").matches("[\\d.]*"), r.toString());
        }
        Path plain = tmp.resolve("plain");
        assertEquals(0, ExtractCommandTest.run(new StringWriter(), "extract", in.toString(), "--out", plain.toString(),
                "-q", "--date", "2024-01-08", "--no-formula-guard"));
        for (CSVRecord r : ExtractCommandTest.read(plain.resolve("mentions.csv"))) {
            assertEquals("=1+1.txt", r.get("doc"));
            assertTrue(r.get("sentence").startsWith("+86"), r.get("sentence"));
        }
    }

    @Test
    void optionsThatOverflowAndFilesThatBlockCannotHangOrBreakTheRun(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("page.txt"), PAGE);
        Path kmsg = Path.of("/proc/kmsg");
        if (Files.exists(kmsg)) {
            Files.createSymbolicLink(in.resolve("kmsg.txt"), kmsg);
        }
        StringWriter err = new StringWriter();
        assertEquals(2, ExtractCommandTest.run(err, "extract", in.toString(), "--out", tmp.resolve("o1").toString(),
                "--threads", "2147483647"));
        assertTrue(err.toString().contains("--threads must be between 1 and"), err.toString());
        int code = ExtractCommandTest.run(new StringWriter(), "extract", in.toString(), "--out",
                tmp.resolve("o2").toString(), "-q", "--max-file-size", "9000000000000", "--date", "2024-01-08");
        Map<String, JsonNode> docs = byDoc(tmp.resolve("o2"));
        assertEquals("ok", docs.get("page.txt").path("status").asText());
        if (Files.exists(kmsg)) {
            assertEquals(1, code);
            assertEquals("skipped", docs.get("kmsg.txt").path("status").asText(), "a zero-size device file is never read");
        } else {
            assertEquals(0, code);
        }
    }
}
