package dev.tiqu.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiqu.core.mention.Amount;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.pipeline.DocumentResult;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook read back with Apache POI, an implementation other than the one that wrote it. */
class XlsxSinkTest {

    @Test
    void cellsAreTypedAndKeyColumnsComeFirst(@TempDir Path dir) throws IOException {
        DocumentResult r = Fixture.subsidy();
        try (XlsxSink sink = new XlsxSink(dir, List.of(Fixture.SUBSIDY))) {
            sink.accept(r);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("tiqu.xlsx"), files.map(p -> p.getFileName().toString()).toList(), "spools removed");
        }
        try (InputStream in = Files.newInputStream(dir.resolve("tiqu.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of("articles", "mentions", "subsidy"), sheetNames(wb));
            XSSFSheet mentions = wb.getSheet("mentions");
            assertNotNull(mentions.getPaneInformation(), "header frozen");
            assertTrue(mentions.getPaneInformation().isFreezePane());
            assertTrue(mentions.getCTWorksheet().isSetAutoFilter(), "auto-filter");
            List<String> header = header(mentions);
            assertEquals("sentence", header.get(header.size() - 1), "long text last");
            assertEquals(r.mentions().size(), mentions.getLastRowNum());
            for (int i = 0; i < r.mentions().size(); i++) {
                Row row = mentions.getRow(i + 1);
                assertEquals(r.mentions().get(i).text(), cell(row, header, "text").getStringCellValue());
                if (r.mentions().get(i).value() instanceof Amount a) {
                    Cell v = cell(row, header, "value");
                    assertEquals(CellType.NUMERIC, v.getCellType(), "value of " + a);
                    assertEquals(0, new BigDecimal(Double.toString(v.getNumericCellValue())).compareTo(a.value()));
                }
            }
            Row percent = rowWith(mentions, header, "text", "12.5%");
            assertEquals(CellType.STRING, cell(percent, header, "text").getCellType(), "12.5% stays text");
            assertEquals(12.5, cell(percent, header, "value").getNumericCellValue());
            Row date = rowWith(mentions, header, "type", MentionType.DATE.name());
            Cell start = cell(date, header, "date_start");
            assertTrue(DateUtil.isCellDateFormatted(start), "date_start is a date cell");
            assertEquals(LocalDateTime.of(2025, 3, 1, 0, 0), start.getLocalDateTimeCellValue());
            assertEquals(LocalDateTime.of(2025, 3, 31, 0, 0), cell(date, header, "date_end").getLocalDateTimeCellValue());

            Sheet subsidy = wb.getSheet("subsidy");
            List<String> sh = header(subsidy);
            assertEquals(List.of("doc", "article", "publication_date", "item", "amount_yuan", "code", "start", "end",
                    "sentence"), sh, "dataset columns reordered, sentence last");
            Row row = subsidy.getRow(1);
            assertEquals(300.0, cell(row, sh, "amount_yuan").getNumericCellValue());
            assertEquals("007", cell(row, sh, "code").getStringCellValue(), "a leading zero keeps a code as text");
            assertTrue(DateUtil.isCellDateFormatted(cell(row, sh, "publication_date")));
        }
    }

    @Test
    void aTableLongerThanASheetContinuesOnTheNext(@TempDir Path dir) throws IOException {
        DocumentResult r = Fixture.subsidy();
        try (XlsxSink sink = new XlsxSink(dir, List.of(), 3)) {
            sink.accept(r);
        }
        try (InputStream in = Files.newInputStream(dir.resolve("tiqu.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of("articles", "mentions", "mentions (2)", "mentions (3)"), sheetNames(wb));
            List<String> texts = new ArrayList<>();
            for (String name : List.of("mentions", "mentions (2)", "mentions (3)")) {
                XSSFSheet s = wb.getSheet(name);
                List<String> header = header(s);
                assertTrue(s.getPaneInformation().isFreezePane(), "every part has its header frozen");
                for (int i = 1; i <= s.getLastRowNum(); i++) {
                    texts.add(cell(s.getRow(i), header, "text").getStringCellValue());
                }
            }
            assertEquals(r.mentions().stream().map(m -> m.text()).toList(), texts, "every row once, in order");
        }
    }

    @Test
    void aNumberADoubleCannotHoldStaysTextAtFullPrecision(@TempDir Path dir) throws IOException {
        assertFalse(new BigDecimal("12345678901234567.89").compareTo(
                new BigDecimal(Double.toString(new BigDecimal("12345678901234567.89").doubleValue()))) == 0);
        var page = Fixture.page("hz.txt", "杭州某公司公告\n公司账面资金12345678901234567.89元。", java.time.LocalDate.of(2025, 1, 2));
        var m = Fixture.mention(page, MentionType.MONEY, "12345678901234567.89元",
                Amount.of(new BigDecimal("12345678901234567.89"), "CNY"));
        try (XlsxSink sink = new XlsxSink(dir, List.of())) {
            sink.accept(new DocumentResult(page, List.of(m), java.util.Map.of(), java.util.Map.of()));
        }
        try (InputStream in = Files.newInputStream(dir.resolve("tiqu.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet("mentions");
            Cell v = cell(s.getRow(1), header(s), "value");
            assertEquals(CellType.STRING, v.getCellType());
            assertEquals("12345678901234567.89", v.getStringCellValue());
        }
    }

    @Test
    void sheetNamesFitExcelsLimits() {
        assertEquals("mentions (2)", XlsxTable.sheetName("mentions", 2));
        assertEquals("rural_pension_and_subsidy_table", XlsxTable.sheetName("rural_pension_and_subsidy_tables", 1));
        assertEquals("rural_pension_and_subsidy_ (12)", XlsxTable.sheetName("rural_pension_and_subsidy_tables", 12));
        assertEquals("a_b_c", XlsxTable.sheetName("a/b?c", 1));
    }

    static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            names.add(wb.getSheetName(i));
        }
        return names;
    }

    static List<String> header(Sheet s) {
        List<String> h = new ArrayList<>();
        for (Cell c : s.getRow(0)) {
            h.add(c.getStringCellValue());
        }
        return h;
    }

    static Cell cell(Row row, List<String> header, String column) {
        Cell c = row.getCell(header.indexOf(column));
        assertNotNull(c, column + " in row " + row.getRowNum());
        return c;
    }

    private static Row rowWith(Sheet s, List<String> header, String column, String value) {
        for (int i = 1; i <= s.getLastRowNum(); i++) {
            Cell c = s.getRow(i).getCell(header.indexOf(column));
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(value)) {
                return s.getRow(i);
            }
        }
        throw new AssertionError("no row with " + column + " = " + value);
    }
}
