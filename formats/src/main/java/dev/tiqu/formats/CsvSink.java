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
 * Example: {@code new CsvSink(staging, pipeline.datasets())} then {@code accept} each result.
 */
public final class CsvSink implements ResultSink {

    private final List<Dataset> datasets;
    /** Articles, mentions, then one per dataset, as {@link Tables#rows} numbers them. */
    private final List<CsvWriter> writers = new ArrayList<>();

    /** Creates the files in {@code dir} (which must exist) and writes their headers. */
    public CsvSink(Path dir, List<Dataset> datasets) throws IOException {
        this.datasets = List.copyOf(datasets);
        open(dir, "articles", Tables.ARTICLE_COLUMNS);
        open(dir, "mentions", Tables.MENTION_COLUMNS);
        for (Dataset d : datasets) {
            open(dir, d.name(), d.columns());
        }
    }

    private void open(Path dir, String name, List<String> header) throws IOException {
        writers.add(new CsvWriter(Files.newOutputStream(dir.resolve(name + ".csv")), header));
    }

    @Override
    public void accept(DocumentResult result) throws IOException {
        Tables.rows(result, datasets, (table, cells) -> writers.get(table).row(cells));
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (CsvWriter w : writers) {
            try {
                w.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
