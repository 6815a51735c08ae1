package dev.tiqu.formats;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One table of the workbook: rows spooled to a temporary CSV while the run goes, then written
 * as one sheet (or more, past the row limit) with typed cells and column widths. Not thread-safe.
 */
final class XlsxTable {

    /** A plain decimal as {@link Tables} writes it: no exponent, no leading zero (so {@code 007} stays text). */
    private static final Pattern DECIMAL = Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?");
    private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern DAY_TIME = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}");
    /** Widths in characters (a Chinese character counts two): long text is capped, so rows stay one line high. */
    private static final int MAX_WIDTH = 60;
    private static final int MIN_WIDTH = 6;
    /** Excel's longest sheet name. */
    private static final int MAX_SHEET_NAME = 31;
    /** Rows kept in memory before they are flushed to the file. */
    private static final int FLUSH_ROWS = 1000;

    private final String name;
    private final List<String> header;
    private final int[] order;
    private final Tables.Kind[] kinds;
    private final int rowsPerSheet;
    private final int[] widths;
    private final Path spool;
    private final CsvWriter spoolWriter;
    private boolean spoolClosed;

    XlsxTable(Path dir, String name, List<String> header, boolean dataset, int rowsPerSheet) throws IOException {
        this.name = name;
        this.header = List.copyOf(header);
        this.order = Tables.keyColumnsFirst(header);
        this.kinds = new Tables.Kind[header.size()];
        this.widths = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            kinds[i] = Tables.kind(header.get(i), dataset);
            widths[i] = Math.max(MIN_WIDTH, width(header.get(i)) + 3);
        }
        this.rowsPerSheet = rowsPerSheet;
        this.spool = dir.resolve(".tiqu.xlsx." + name + ".spool");
        this.spoolWriter = new CsvWriter(Files.newOutputStream(spool), header, false);
    }

    /** Appends one row of cells in {@link Tables}' column order. */
    void row(List<String> cells) throws IOException {
        spoolWriter.row(cells);
        for (int i = 0; i < widths.length; i++) {
            String c = cells.get(i);
            if (!c.isEmpty()) {
                widths[i] = Math.max(widths[i], Math.min(MAX_WIDTH, width(c) + 1));
            }
        }
    }

    /** Writes the spooled rows as this table's sheets. */
    void writeSheets(Workbook wb) throws IOException {
        closeSpool();
        try (Reader r = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
            if (r.read() != CsvWriter.BOM) {
                throw new IOException("spool without byte order mark: " + spool);
            }
            Iterator<CSVRecord> rows = CSVFormat.RFC4180.builder().setSkipHeaderRecord(false).build()
                    .parse(r).iterator();
            rows.next();
            int part = 1;
            do {
                sheet(wb, sheetName(name, part), rows);
                part++;
            } while (rows.hasNext());
        }
    }

    /** {@code mentions}, {@code mentions (2)}…, within Excel's 31 characters and without the characters it refuses. */
    static String sheetName(String table, int part) {
        String suffix = part == 1 ? "" : " (" + part + ")";
        String base = table.replaceAll("[\\[\\]:*?/\\\\]", "_");
        return (base.length() + suffix.length() > MAX_SHEET_NAME
                ? base.substring(0, MAX_SHEET_NAME - suffix.length()) : base) + suffix;
    }

    private void sheet(Workbook wb, String sheetName, Iterator<CSVRecord> rows) throws IOException {
        Worksheet ws = wb.newWorksheet(sheetName);
        for (int c = 0; c < order.length; c++) {
            ws.width(c, widths[order[c]]);
            ws.inlineString(0, c, header.get(order[c]));
            ws.style(0, c).bold().fillColor("D9D9D9").set();
        }
        ws.freezePane(0, 1);
        // printed: landscape, the header on every page
        ws.pageOrientation("landscape");
        ws.repeatRows(0);
        int n = 0;
        while (n < rowsPerSheet && rows.hasNext()) {
            CSVRecord rec = rows.next();
            n++;
            for (int c = 0; c < order.length; c++) {
                String text = rec.get(order[c]);
                if (!text.isEmpty()) {
                    write(ws, n, c, text, kinds[order[c]]);
                }
            }
            if (n % FLUSH_ROWS == 0) {
                ws.flush();
            }
        }
        ws.setAutoFilter(0, 0, n, order.length - 1);
        ws.finish();
    }

    private static void write(Worksheet ws, int r, int c, String text, Tables.Kind kind) {
        boolean numeric = kind == Tables.Kind.NUMBER || kind == Tables.Kind.CELL;
        if (numeric && DECIMAL.matcher(text).matches()) {
            BigDecimal exact = new BigDecimal(text);
            double d = exact.doubleValue();
            if (Double.isFinite(d) && new BigDecimal(Double.toString(d)).compareTo(exact) == 0) {
                ws.value(r, c, exact);
                return;
            }
        }
        boolean dated = kind == Tables.Kind.DATE || kind == Tables.Kind.CELL;
        if (dated && DAY.matcher(text).matches()) {
            ws.value(r, c, LocalDate.parse(text));
            ws.style(r, c).format("yyyy-mm-dd").set();
        } else if (dated && DAY_TIME.matcher(text).matches()) {
            ws.value(r, c, LocalDateTime.parse(text.replace(' ', 'T')));
            ws.style(r, c).format("yyyy-mm-dd hh:mm").set();
        } else {
            ws.inlineString(r, c, text);
        }
    }

    void deleteSpool() throws IOException {
        closeSpool();
        Files.deleteIfExists(spool);
    }

    private void closeSpool() throws IOException {
        if (!spoolClosed) {
            spoolClosed = true;
            spoolWriter.close();
        }
    }

    /** Display width: two for a wide (CJK, full-width) character, one otherwise. */
    private static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) >= 0x1100 ? 2 : 1;
        }
        return w;
    }
}
