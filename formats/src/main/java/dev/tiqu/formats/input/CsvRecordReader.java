package dev.tiqu.formats.input;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV rows (RFC 4180, header row first; a quoted field may span lines). A row without the
 * text column, or too short to reach it, is a malformed row; blank lines are skipped; a quote
 * left open is one malformed row that ends the reading.
 */
final class CsvRecordReader extends RecordReader {

    private final CSVParser parser;
    private final Iterator<CSVRecord> rows;
    private final RecordFields fields;
    private final Map<String, Integer> header;
    private long nextLine;
    private boolean broken;

    CsvRecordReader(Reader in, RecordFields fields) {
        try {
            this.parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                    .setAllowMissingColumnNames(true).build().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.rows = parser.iterator();
        this.fields = fields;
        this.header = parser.getHeaderMap();
        this.nextLine = parser.getCurrentLineNumber() + 1;
    }

    @Override
    protected InputRecord read() {
        if (broken) {
            return null;
        }
        long line = nextLine;
        CSVRecord r;
        try {
            if (!rows.hasNext()) {
                return null;
            }
            r = rows.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            broken = true;
            return InputRecord.malformed(line, "malformed CSV: " + e.getMessage());
        }
        nextLine = parser.getCurrentLineNumber() + 1;
        Integer textColumn = header.get(fields.text());
        if (textColumn == null) {
            return InputRecord.malformed(line, "no text column '" + fields.text() + "'");
        }
        if (textColumn >= r.size()) {
            return InputRecord.malformed(line, "row has " + r.size() + " columns, the header " + header.size());
        }
        return new InputRecord(line, field(r, fields.id()), r.get(textColumn), field(r, fields.date()),
                field(r, fields.title()), null);
    }

    private String field(CSVRecord r, String name) {
        Integer column = name == null ? null : header.get(name);
        return column == null || column >= r.size() ? null : blankToNull(r.get(column));
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
