package dev.tiqu.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The formula guard: cells a spreadsheet would evaluate get a leading quote; numbers do not. */
class CsvWriterTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://example.com/x\",\"点击查看\")", "=1+1", "=cmd|' /C calc'!A0",
        "+86-731-28888888", "+12元", "-2+3", "-5%", "--", "-.5", "-1.5e3", "-", "+", "=", "@", "@SUM(A1:A9)",
        "\t=1+1", "\r=1+1", "=株洲市人民政府", "-（记者/王军）"})
    void formulaLikeCellsGetALeadingQuote(String cell) throws IOException {
        assertEquals("'" + cell, roundTrip(cell, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-12", "-12.5", "+3.5", "0.25", "350000000", "-0", "株洲=长沙", "a-b", "", " =1+1",
        "'=1+1", "＝1+1", "2024-11-22", "中国银行@长沙"})
    void numbersAndOrdinaryTextAreLeftAsTheyAre(String cell) throws IOException {
        assertEquals(cell, roundTrip(cell, true));
    }

    @Test
    void machineConsumersCanTurnTheGuardOff() throws IOException {
        assertEquals("=1+1", roundTrip("=1+1", false));
        assertEquals("@SUM(A1)", roundTrip("@SUM(A1)", false));
    }

    @Test
    void aRowMustMatchTheHeader() throws IOException {
        CsvWriter w = new CsvWriter(new ByteArrayOutputStream(), List.of("a", "b"));
        assertThrows(IllegalArgumentException.class, () -> w.row(List.of("1")));
    }

    private static String roundTrip(String cell, boolean guard) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvWriter w = new CsvWriter(bytes, List.of("doc", "text"), guard)) {
            w.row(List.of("page.txt", cell));
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(CsvWriter.BOM, text.charAt(0));
        List<CSVRecord> rows = CSVParser.parse(new StringReader(text.substring(1)),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()).getRecords();
        assertEquals(1, rows.size());
        assertEquals("page.txt", rows.get(0).get("doc"));
        return rows.get(0).get("text");
    }
}
