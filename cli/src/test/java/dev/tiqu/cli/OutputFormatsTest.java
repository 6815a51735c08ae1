package dev.tiqu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.tiqu.formats.JsonLinesSink;
import dev.tiqu.formats.Tables;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every format of one run on the seed pages and a batch of other pages (a city government
 * report, a company announcement, a court notice, a city news item), checked against the CSVs.
 */
class OutputFormatsTest {

    static final Path BATCH = Path.of("src", "test", "resources", "formats-batch");

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void run() {
        out = tmp.resolve("out");
        StringWriter err = new StringWriter();
        assertEquals(0, ExtractCommandTest.run(err, "extract", ExtractCommandTest.SEEDS.toString(), BATCH.toString(),
                "--out", out.toString(), "--format", "csv,xlsx,jsonl,html", "-q"), err.toString());
    }

    @Test
    void theWorkbookHoldsTheCsvValuesAsTypedCells() throws IOException {
        List<String> tables = new ArrayList<>(List.of("articles", "mentions", "subsidy", "pv_capacity"));
        try (InputStream in = Files.newInputStream(out.resolve("tiqu.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (String table : tables) {
                XSSFSheet sheet = wb.getSheet(table);
                assertNotNull(sheet, table);
                assertTrue(sheet.getPaneInformation().isFreezePane(), table + " header frozen");
                List<CSVRecord> csv = ExtractCommandTest.read(out.resolve(table + ".csv"));
                assertEquals(csv.size(), sheet.getLastRowNum(), table + " rows");
                List<String> header = new ArrayList<>();
                sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
                boolean dataset = !table.equals("articles") && !table.equals("mentions");
                for (int i = 0; i < csv.size(); i++) {
                    Row row = sheet.getRow(i + 1);
                    for (int c = 0; c < header.size(); c++) {
                        String column = header.get(c);
                        assertCell(csv.get(i).get(column), row.getCell(c), Tables.kind(column, dataset),
                                table + " row " + (i + 1) + " " + column);
                    }
                }
            }
        }
    }

    private static void assertCell(String expected, Cell cell, Tables.Kind kind, String where) {
        if (expected.isEmpty()) {
            assertTrue(cell == null || cell.getCellType() == CellType.BLANK, where + " is empty");
            return;
        }
        assertNotNull(cell, where);
        if (cell.getCellType() == CellType.STRING) {
            assertTrue(kind == Tables.Kind.TEXT || kind == Tables.Kind.CELL, where + " is text: " + expected);
            assertEquals(expected, cell.getStringCellValue(), where);
        } else if (DateUtil.isCellDateFormatted(cell)) {
            assertTrue(kind == Tables.Kind.DATE || kind == Tables.Kind.CELL, where + " is a date: " + expected);
            LocalDateTime t = cell.getLocalDateTimeCellValue();
            String text = expected.length() == 10 ? t.toLocalDate().toString() : t.toLocalDate() + " " + t.toLocalTime();
            assertEquals(expected, text, where);
        } else {
            assertTrue(kind == Tables.Kind.NUMBER || kind == Tables.Kind.CELL, where + " is a number: " + expected);
            assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(Double.toString(cell.getNumericCellValue()))),
                    where + ": " + expected + " vs " + cell.getNumericCellValue());
        }
        if (kind == Tables.Kind.TEXT) {
            assertEquals(CellType.STRING, cell.getCellType(), where);
        }
    }

    @Test
    void everyJsonLineValidatesAndHoldsTheCsvMentions() throws IOException {
        Schema schema;
        try (InputStream in = JsonLinesSink.class.getResourceAsStream(JsonLinesSink.SCHEMA)) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
        List<String> lines = Files.readAllLines(out.resolve(JsonLinesSink.FILE), StandardCharsets.UTF_8);
        assertEquals(9, lines.size(), "one line per document");
        int mentions = 0;
        for (String line : lines) {
            assertEquals(List.of(), schema.validate(line, InputFormat.JSON));
            mentions += new com.fasterxml.jackson.databind.ObjectMapper().readTree(line).get("mentions").size();
        }
        assertEquals(ExtractCommandTest.read(out.resolve("mentions.csv")).size(), mentions);
    }

    @Test
    void theReportHighlightsEveryMentionAtItsText() throws IOException {
        Path report = out.resolve("report");
        Map<String, Document> pages = new HashMap<>();
        Document index = Jsoup.parse(report.resolve("index.html").toFile(), "UTF-8");
        for (Element a : index.select("#documents a")) {
            pages.put(a.text(), Jsoup.parse(report.resolve(a.attr("href")).toFile(), "UTF-8"));
        }
        assertEquals(9, pages.size());
        Map<String, Integer> perPage = new HashMap<>();
        for (CSVRecord m : ExtractCommandTest.read(out.resolve("mentions.csv"))) {
            Document page = pages.get(m.get("doc"));
            Element mark = page.selectFirst("mark." + m.get("type") + "[data-start=" + m.get("start") + "][data-end="
                    + m.get("end") + "]");
            assertNotNull(mark, m.get("doc") + ": " + m.get("type") + " " + m.get("text"));
            if (!mark.hasAttr("data-cut")) {
                assertEquals(m.get("text").replaceAll("\\s", ""), mark.text().replaceAll("\\s", ""), m.toString());
            }
            perPage.merge(m.get("doc"), 1, Integer::sum);
        }
        for (Map.Entry<String, Document> e : pages.entrySet()) {
            assertEquals(perPage.getOrDefault(e.getKey(), 0), e.getValue().select("mark.m").size(), e.getKey());
            for (Element link : e.getValue().select("a.row-link")) {
                assertNotNull(e.getValue().getElementById(link.attr("href").substring(1)), "row link " + link);
            }
        }
        try (Stream<Path> files = Files.list(report)) {
            assertEquals(10, files.count(), "index and one page per document");
        }
    }
}
