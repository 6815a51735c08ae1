package dev.tiqu.formats;

import dev.tiqu.core.dataset.Dataset;
import dev.tiqu.core.dataset.Record;
import dev.tiqu.core.mention.Amount;
import dev.tiqu.core.mention.DateValue;
import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.NameValue;
import dev.tiqu.core.pipeline.DocumentResult;
import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Page;
import dev.tiqu.core.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The columns of tiqu's tables and how a result becomes rows, shared by every writer (CSV,
 * workbook, HTML). The first columns of each header are a contract: later versions only append
 * columns. Every column holds one type: {@code normalized} is a name's canonical form only, a
 * date's value is in {@code date_start}, {@code date_end} and {@code date_granularity}.
 *
 * <p>Example: {@code 2024年1至10月 → date_start 2024-01-01, date_end 2024-10-31, date_granularity month}.
 */
public final class Tables {

    public static final List<String> ARTICLE_COLUMNS = List.of(
            "doc", "article", "title", "byline", "publication_date", "start", "end",
            "publication_date_source", "headline", "sentences", "kind");

    public static final List<String> MENTION_COLUMNS = List.of(
            "doc", "article", "type", "text", "value", "value_max", "unit", "per", "qualifier",
            "normalized", "start", "end", "sentence", "role", "canonical_value", "canonical_unit", "source",
            "date_start", "date_end", "date_granularity");

    /** What a column holds, for writers that type their cells. */
    public enum Kind {
        /** Free text, kept as written (so {@code 100%} stays {@code 100%}). */
        TEXT,
        /** A plain decimal ({@code 28495290}, {@code 0.5}). */
        NUMBER,
        /** An ISO day, or a day and a time ({@code 2024-11-22}, {@code 2024-11-23 10:00}). */
        DATE,
        /** A dataset column: a cell is a number or a date when it reads as one, else text. */
        CELL
    }

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("article", Kind.NUMBER), Map.entry("start", Kind.NUMBER), Map.entry("end", Kind.NUMBER),
            Map.entry("sentences", Kind.NUMBER), Map.entry("value", Kind.NUMBER),
            Map.entry("value_max", Kind.NUMBER), Map.entry("canonical_value", Kind.NUMBER),
            Map.entry("publication_date", Kind.DATE), Map.entry("date_start", Kind.DATE),
            Map.entry("date_end", Kind.DATE));

    /** Columns of long text, shown after the key columns by the writers that may reorder. */
    private static final Set<String> LONG_TEXT = Set.of("sentence", "headline", "byline");

    private Tables() {
    }

    /** The kind of a column of the articles or mentions table; {@link Kind#CELL} for a dataset's. */
    public static Kind kind(String column, boolean datasetTable) {
        if (datasetTable) {
            return Kind.CELL;
        }
        return KINDS.getOrDefault(column, Kind.TEXT);
    }

    /**
     * The display order of a header: long text ({@code sentence}, {@code headline}, {@code byline})
     * after every other column, the rest in their order. Returns indexes into {@code columns}.
     * Used by the workbook and the HTML report; the CSVs keep the defined order, which is a contract.
     */
    public static int[] keyColumnsFirst(List<String> columns) {
        int[] order = new int[columns.size()];
        int n = 0;
        for (int i = 0; i < columns.size(); i++) {
            if (!LONG_TEXT.contains(columns.get(i))) {
                order[n++] = i;
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            if (LONG_TEXT.contains(columns.get(i))) {
                order[n++] = i;
            }
        }
        return order;
    }

    public static List<List<String>> articleRows(DocumentResult result) {
        Page page = result.page();
        String date = page.publicationDate().isKnown() ? page.publicationDate().date().toString() : "";
        List<List<String>> rows = new ArrayList<>();
        for (Article a : page.articles()) {
            rows.add(List.of(page.document().id(), Integer.toString(a.index()), a.title(), a.byline(), date,
                    Integer.toString(a.span().start()), Integer.toString(a.span().end()),
                    page.publicationDate().source().label(), a.headline(), Integer.toString(a.sentences().size()),
                    a.kind().label()));
        }
        return rows;
    }

    public static List<List<String>> mentionRows(DocumentResult result) {
        Page page = result.page();
        List<List<String>> rows = new ArrayList<>();
        for (Mention m : result.mentions()) {
            Sentence sentence = page.articles().get(m.article()).sentences().get(m.sentence());
            String[] typed = typedCells(m);
            rows.add(List.of(page.document().id(), Integer.toString(m.article()), m.type().name(),
                    m.text(), typed[0], typed[1], typed[2], typed[3], typed[4], typed[5],
                    Integer.toString(m.span().start()), Integer.toString(m.span().end()), sentence.text(),
                    typed[6], typed[7], typed[8], m.source(), typed[9], typed[10], typed[11]));
        }
        return rows;
    }

    /**
     * value, value_max, unit, per, qualifier, normalized, role, canonical_value, canonical_unit,
     * date_start, date_end, date_granularity.
     */
    private static String[] typedCells(Mention m) {
        String[] c = new String[12];
        java.util.Arrays.fill(c, "");
        if (m.value() instanceof Amount a) {
            c[0] = Amount.plain(a.value());
            c[1] = Amount.plain(a.max());
            c[2] = a.unit();
            c[3] = a.per();
            c[4] = a.qualifier().label();
            c[7] = Amount.plain(a.canonicalValue());
            c[8] = a.canonicalUnit();
        } else if (m.value() instanceof NameValue n) {
            c[5] = n.canonical();
            c[6] = n.role();
        } else if (m.value() instanceof DateValue d) {
            DateBounds b = DateBounds.of(d);
            c[9] = b.startText();
            c[10] = b.endText();
            c[11] = b.granularity();
        }
        return c;
    }

    /** Receives the rows of a result table by table; see {@link #rows}. */
    @FunctionalInterface
    public interface RowConsumer {
        /** One row of table {@code table}: 0 articles, 1 mentions, 2 + i the i-th dataset. */
        void row(int table, List<String> cells) throws java.io.IOException;
    }

    /**
     * Every row of a result, for the writers that hold one table per file or sheet: the articles
     * (table 0), the mentions (1), then each dataset's rows (2, 3…) in {@code datasets}' order.
     */
    public static void rows(DocumentResult result, List<Dataset> datasets, RowConsumer out) throws java.io.IOException {
        for (List<String> row : articleRows(result)) {
            out.row(0, row);
        }
        for (List<String> row : mentionRows(result)) {
            out.row(1, row);
        }
        for (int i = 0; i < datasets.size(); i++) {
            for (List<String> row : datasetRows(datasets.get(i), result)) {
                out.row(2 + i, row);
            }
        }
    }

    public static List<List<String>> datasetRows(Dataset dataset, DocumentResult result) {
        List<List<String>> rows = new ArrayList<>();
        for (Record r : result.records().getOrDefault(dataset.name(), List.of())) {
            List<String> row = new ArrayList<>(dataset.columns().size());
            for (String c : dataset.columns()) {
                row.add(r.get(c));
            }
            rows.add(row);
        }
        return rows;
    }
}
