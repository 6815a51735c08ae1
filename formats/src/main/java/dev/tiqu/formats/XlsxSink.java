package dev.tiqu.formats;

import dev.tiqu.core.dataset.Dataset;
import dev.tiqu.core.pipeline.DocumentResult;
import dev.tiqu.core.pipeline.ResultSink;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The workbook of a run ({@code tiqu.xlsx}): one sheet per table (articles, mentions, each
 * dataset), streamed so that a million mentions take little heap.
 *
 * <p>Cells are typed: numbers as numeric cells (when a double holds them exactly, else as text),
 * days and times as date cells in the columns that hold only dates, everything else as text
 * ({@code 100%} stays {@code 100%}). The header row is frozen and has an auto-filter; columns are
 * as wide as their content (long text capped); key columns come first and long text
 * ({@code sentence}, {@code headline}, {@code byline}) last; printed, a sheet is landscape with
 * the header on every page. A table longer than a sheet
 * (1,048,575 rows under the header) continues on a sheet named {@code mentions (2)}.
 *
 * <p>Design decision: an xlsx file holds its sheets one after the other, while a run produces
 * the rows of every table document by document; so the rows are spooled to one temporary CSV
 * per table in the output folder, and {@link #close()} writes the sheets from them and deletes
 * them. Example: {@code try (XlsxSink x = new XlsxSink(dir, datasets)) { x.accept(result); }}
 */
public final class XlsxSink implements ResultSink {

    /** The file this sink writes. */
    public static final String FILE = "tiqu.xlsx";

    private final Path file;
    private final List<Dataset> datasets;
    /** Articles, mentions, then one per dataset, as {@link Tables#rows} numbers them. */
    private final List<XlsxTable> tables = new ArrayList<>();

    /** A workbook {@code tiqu.xlsx} in {@code dir} (which must exist), written on {@link #close()}. */
    public XlsxSink(Path dir, List<Dataset> datasets) throws IOException {
        this(dir, datasets, Worksheet.MAX_ROWS - 1);
    }

    /** As above with at most {@code rowsPerSheet} data rows per sheet (tests use a small limit). */
    XlsxSink(Path dir, List<Dataset> datasets, int rowsPerSheet) throws IOException {
        this.file = dir.resolve(FILE);
        this.datasets = List.copyOf(datasets);
        tables.add(new XlsxTable(dir, "articles", Tables.ARTICLE_COLUMNS, false, rowsPerSheet));
        tables.add(new XlsxTable(dir, "mentions", Tables.MENTION_COLUMNS, false, rowsPerSheet));
        for (Dataset d : datasets) {
            tables.add(new XlsxTable(dir, d.name(), d.columns(), true, rowsPerSheet));
        }
    }

    @Override
    public void accept(DocumentResult result) throws IOException {
        Tables.rows(result, datasets, (table, cells) -> tables.get(table).row(cells));
    }

    @Override
    public void close() throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            Workbook wb = new Workbook(out, "tiqu", null);
            for (XlsxTable t : tables) {
                t.writeSheets(wb);
            }
            wb.finish();
        } finally {
            for (XlsxTable t : tables) {
                t.deleteSpool();
            }
        }
    }
}
