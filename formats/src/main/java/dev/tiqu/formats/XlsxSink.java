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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final XlsxTable articles;
    private final XlsxTable mentions;
    private final Map<Dataset, XlsxTable> datasets = new LinkedHashMap<>();
    private final List<XlsxTable> all = new ArrayList<>();

    /** A workbook {@code tiqu.xlsx} in {@code dir} (which must exist), written on {@link #close()}. */
    public XlsxSink(Path dir, List<Dataset> datasetList) throws IOException {
        this(dir, datasetList, Worksheet.MAX_ROWS - 1);
    }

    /** As above with at most {@code rowsPerSheet} data rows per sheet (tests use a small limit). */
    XlsxSink(Path dir, List<Dataset> datasetList, int rowsPerSheet) throws IOException {
        this.file = dir.resolve(FILE);
        articles = add(new XlsxTable(dir, "articles", Tables.ARTICLE_COLUMNS, false, rowsPerSheet));
        mentions = add(new XlsxTable(dir, "mentions", Tables.MENTION_COLUMNS, false, rowsPerSheet));
        for (Dataset d : datasetList) {
            datasets.put(d, add(new XlsxTable(dir, d.name(), d.columns(), true, rowsPerSheet)));
        }
    }

    private XlsxTable add(XlsxTable t) {
        all.add(t);
        return t;
    }

    @Override
    public void accept(DocumentResult result) throws IOException {
        for (List<String> row : Tables.articleRows(result)) {
            articles.row(row);
        }
        for (List<String> row : Tables.mentionRows(result)) {
            mentions.row(row);
        }
        for (Map.Entry<Dataset, XlsxTable> e : datasets.entrySet()) {
            for (List<String> row : Tables.datasetRows(e.getKey(), result)) {
                e.getValue().row(row);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            Workbook wb = new Workbook(out, "tiqu", null);
            for (XlsxTable t : all) {
                t.writeSheets(wb);
            }
            wb.finish();
        } finally {
            for (XlsxTable t : all) {
                t.deleteSpool();
            }
        }
    }
}
