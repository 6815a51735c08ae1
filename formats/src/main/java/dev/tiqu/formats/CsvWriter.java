package dev.tiqu.formats;

import java.io.BufferedWriter;
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
 * <p>Formula guard (on unless turned off for machine consumers): a cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return and is not a plain number
 * gets a leading {@code '}, as OWASP recommends against CSV injection, so that Excel and WPS show
 * it as text instead of evaluating it; numbers such as {@code -12.5} are left as they are.
 * Example: {@code =HYPERLINK("http://x","点击") → '=HYPERLINK("http://x","点击")}.
 *
 * <p>Not thread-safe; one writer per file.
 */
public final class CsvWriter implements Closeable {

    /** The UTF-8 byte order mark as a character. */
    public static final char BOM = '\uFEFF';
    /** Characters buffered before they are encoded and handed to the stream. */
    private static final int BUFFER_CHARS = 8192;

    private final List<String> header;
    private final CSVPrinter printer;
    private final boolean formulaGuard;
    private boolean closed;

    /** Writes the BOM and {@code header} to {@code out}, with the formula guard on. */
    public CsvWriter(OutputStream out, List<String> header) throws IOException {
        this(out, header, true);
    }

    /**
     * Writes the BOM and {@code header} to {@code out}; closing this writer closes {@code out}.
     *
     * @param formulaGuard whether formula-like cells are neutralized (see above)
     */
    public CsvWriter(OutputStream out, List<String> header, boolean formulaGuard) throws IOException {
        this.header = List.copyOf(header);
        this.formulaGuard = formulaGuard;
        // commons-csv appends a cell, a comma or a quote at a time: buffered here, the encoder gets
        // large blocks instead of one small write (and one CharBuffer) per piece
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER_CHARS);
        w.write(BOM);
        this.printer = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").build());
        printer.printRecord(this.header);
    }

    /** Writes one row; it must have exactly one cell per header column. */
    public void row(List<String> cells) throws IOException {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells, header has " + header.size());
        }
        if (formulaGuard) {
            for (String cell : cells) {
                printer.print(neutralize(cell));
            }
            printer.println();
        } else {
            printer.printRecord(cells);
        }
    }

    /**
     * {@code cell} with a leading {@code '} if a spreadsheet would read it as a formula, else
     * itself; {@code null} stays {@code null}.
     */
    public static String neutralize(String cell) {
        if (cell == null || cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || isPlainNumber(cell)) {
            return cell;
        }
        return "'" + cell;
    }

    /** A decimal such as {@code -12}, {@code +3.5} or {@code -0.25}: what a numeric column holds. */
    private static boolean isPlainNumber(String s) {
        int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
        int digits = 0;
        boolean point = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point && digits > 0) {
                point = true;
            } else {
                return false;
            }
        }
        return digits > 0 && s.charAt(s.length() - 1) != '.';
    }

    public void flush() throws IOException {
        printer.flush();
    }

    /** Flushes and closes the stream; a second call does nothing. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            printer.close(true);
        }
    }
}
