package dev.tiqu.formats;

import dev.tiqu.core.dataset.Dataset;
import dev.tiqu.core.pipeline.DocumentResult;
import dev.tiqu.core.pipeline.ResultSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV set of a run: {@code articles.csv}, {@code mentions.csv} and one {@code <dataset>.csv}
 * per dataset, written into the directory it is given (which the run commits when complete).
 *
 * <p>Columns are {@link Tables}' in their defined order; one writer per file ({@link CsvWriter}).
 * Example: {@code new CsvSink(staging, pipeline.datasets(), true)} then {@code accept} each result.
 */
public final class CsvSink implements ResultSink {

    private final List<Dataset> datasets;
    /** Articles, mentions, then one per dataset, as {@link Tables#rows} numbers them. */
    private final List<CsvWriter> writers = new ArrayList<>();

    /** Opens the writer of the table {@code name} (file {@code name.csv}) with its header. */
    @FunctionalInterface
    public interface TableOpener {
        CsvWriter open(String name, List<String> header) throws IOException;
    }

    /**
     * Creates the files in {@code dir} (which must exist) and writes their headers.
     *
     * @param formulaGuard whether formula-like cells are neutralized (see {@link CsvWriter})
     */
    public CsvSink(Path dir, List<Dataset> datasets, boolean formulaGuard) throws IOException {
        this((name, header) -> new CsvWriter(Files.newOutputStream(dir.resolve(name + ".csv")), header, formulaGuard),
                datasets);
    }

    /** Opens every table through {@code tables} (for a caller that owns the files, as the CLI's staging does). */
    public CsvSink(TableOpener tables, List<Dataset> datasets) throws IOException {
        this.datasets = List.copyOf(datasets);
        writers.add(tables.open("articles", Tables.ARTICLE_COLUMNS));
        writers.add(tables.open("mentions", Tables.MENTION_COLUMNS));
        for (Dataset d : datasets) {
            writers.add(tables.open(d.name(), d.columns()));
        }
    }

    @Override
    public void accept(DocumentResult result) throws IOException {
        Tables.rows(result, datasets, (table, cells) -> writers.get(table).row(cells));
    }

    @Override
    public void close() throws IOException {
        Closing.all(writers, CsvWriter::close);
    }
}
