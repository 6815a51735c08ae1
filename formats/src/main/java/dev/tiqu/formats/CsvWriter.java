package dev.tiqu.formats;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one CSV writer of tiqu: UTF-8 with a byte order mark (so Excel and WPS show Chinese
 * correctly), RFC 4180 quoting, CRLF line ends, a fixed header.
 *
 * <p>Not thread-safe; one writer per file.
 */
public final class CsvWriter implements Closeable {

    /** The UTF-8 byte order mark as a character. */
    public static final char BOM = '\uFEFF';

    private final List<String> header;
    private final CSVPrinter printer;

    /** Writes the BOM and {@code header} to {@code out}; closing this writer closes {@code out}. */
    public CsvWriter(OutputStream out, List<String> header) throws IOException {
        this.header = List.copyOf(header);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(BOM);
        this.printer = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").build());
        printer.printRecord(this.header);
    }

    /** Writes one row; it must have exactly one cell per header column. */
    public void row(List<String> cells) throws IOException {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells, header has " + header.size());
        }
        printer.printRecord(cells);
    }

    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
