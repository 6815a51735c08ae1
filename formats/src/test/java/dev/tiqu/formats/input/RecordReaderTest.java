package dev.tiqu.formats.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordReaderTest {

    private static List<InputRecord> read(String text, RecordReader.Format format, RecordFields fields, boolean bom)
            throws IOException {
        InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        if (bom) {
            in = new SequenceInputStream(new ByteArrayInputStream(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}), in);
        }
        List<InputRecord> out = new ArrayList<>();
        try (RecordReader r = RecordReader.open(in, format, fields)) {
            r.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void jsonLinesRowsWithTheirLineNumbersMalformedOnesReportedAndSkipped() throws IOException {
        String jsonl = """
                {"id": "gz-001", "text": "广州市今年新增就业岗位12万个", "date": "2025-03-01", "title": "广州稳就业"}

                {"id": 17, "text": "西宁市发放助学金860万元"}
                {"text": "缺了结尾的引号}
                ["不是对象"]
                {"id": "no-text", "body": "正文在别的字段"}
                {"text": "合肥市新增5G基站3000个", "date": null, "title": ""}
                """;
        for (boolean bom : List.of(false, true)) {
            List<InputRecord> rows = read(jsonl, RecordReader.Format.JSONL, RecordFields.DEFAULT, bom);
            assertEquals(6, rows.size());
            assertEquals(new InputRecord(1, "gz-001", "广州市今年新增就业岗位12万个", "2025-03-01", "广州稳就业", null), rows.get(0));
            assertEquals(new InputRecord(3, "17", "西宁市发放助学金860万元", null, null, null), rows.get(1));
            assertEquals(4, rows.get(2).line());
            assertEquals("malformed JSON", rows.get(2).problem().replaceAll(":.*", ""));
            assertEquals(new InputRecord(5, null, null, null, null, "not a JSON object"), rows.get(3));
            assertEquals(new InputRecord(6, null, null, null, null, "no text field 'text'"), rows.get(4));
            assertEquals(new InputRecord(7, null, "合肥市新增5G基站3000个", null, null, null), rows.get(5));
        }
    }

    @Test
    void jsonLinesFieldNamesAreConfigurable() throws IOException {
        String jsonl = "{\"url\": \"https://example.cn/a\", \"content\": \"长沙市投资3亿元\", \"published\": \"2024-07-01T08:00:00\"}\n";
        List<InputRecord> rows = read(jsonl, RecordReader.Format.JSONL,
                new RecordFields("content", "url", "published", null), false);
        assertEquals(List.of(new InputRecord(1, "https://example.cn/a", "长沙市投资3亿元", "2024-07-01T08:00:00", null, null)), rows);
    }

    @Test
    void csvRowsMayHoldLineBreaksAndKeepTheLineTheyStartOn() throws IOException {
        String csv = "id,date,text\r\n"
                + "sz-1,2024-05-06,\"深圳市发布通知\n第二段：补贴标准提高到每月500元\"\r\n"
                + "sz-2,,珠海市新增绿地120公顷\r\n"
                + "\r\n"
                + "short\r\n"
                + "sz-4,2024-05-08,\"引号里的,逗号\"\r\n";
        for (boolean bom : List.of(false, true)) {
            List<InputRecord> rows = read(csv, RecordReader.Format.CSV, RecordFields.DEFAULT, bom);
            assertEquals(4, rows.size(), rows.toString());
            assertEquals(new InputRecord(2, "sz-1", "深圳市发布通知\n第二段：补贴标准提高到每月500元", "2024-05-06", null, null), rows.get(0));
            assertEquals(new InputRecord(4, "sz-2", "珠海市新增绿地120公顷", null, null, null), rows.get(1));
            assertEquals(false, rows.get(2).isValid());
            assertEquals(new InputRecord(7, "sz-4", "引号里的,逗号", "2024-05-08", null, null), rows.get(3));
        }
    }

    @Test
    void aCsvWithoutTheTextColumnOrWithAQuoteLeftOpenGivesMalformedRows() throws IOException {
        List<InputRecord> noText = read("id,body\n1,正文\n", RecordReader.Format.CSV, RecordFields.DEFAULT, false);
        assertEquals(List.of(new InputRecord(2, null, null, null, null, "no text column 'text'")), noText);
        List<InputRecord> open = read("id,text\n1,好的\n2,\"没有关上\n3,再一行\n", RecordReader.Format.CSV, RecordFields.DEFAULT, false);
        assertEquals(2, open.size(), open.toString());
        assertEquals("好的", open.get(0).text());
        assertEquals(false, open.get(1).isValid());
        assertEquals(3, open.get(1).line());
    }
}
