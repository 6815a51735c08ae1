package dev.tiqu.formats;

import dev.tiqu.core.dataset.Dataset;
import dev.tiqu.core.pipeline.DocumentResult;
import dev.tiqu.core.pipeline.ResultSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CSV set of a run: {@code articles.csv}, {@code mentions.csv} and one {@code <dataset>.csv}
 * per dataset, written into the directory it is given (which the run commits when complete).
 *
 * <p>Columns are {@link Tables}' in their defined order; one writer per file ({@link CsvWriter}).
 * Example: {@code new CsvSink(staging, pipeline.datasets())} then {@code accept} each result.
 */
public final class CsvSink implements ResultSink {

    private final CsvWriter articles;
    private final CsvWriter mentions;
    private final Map<Dataset, CsvWriter> datasets = new LinkedHashMap<>();
    private final List<CsvWriter> all = new ArrayList<>();

    /** Creates the files in {@code dir} (which must exist) and writes their headers. */
    public CsvSink(Path dir, List<Dataset> datasetList) throws IOException {
        articles = open(dir, "articles", Tables.ARTICLE_COLUMNS);
        mentions = open(dir, "mentions", Tables.MENTION_COLUMNS);
        for (Dataset d : datasetList) {
            datasets.put(d, open(dir, d.name(), d.columns()));
        }
    }

    private CsvWriter open(Path dir, String name, List<String> header) throws IOException {
        CsvWriter w = new CsvWriter(Files.newOutputStream(dir.resolve(name + ".csv")), header);
        all.add(w);
        return w;
    }

    @Override
    public void accept(DocumentResult result) throws IOException {
        for (List<String> row : Tables.articleRows(result)) {
            articles.row(row);
        }
        for (List<String> row : Tables.mentionRows(result)) {
            mentions.row(row);
        }
        for (Map.Entry<Dataset, CsvWriter> e : datasets.entrySet()) {
            for (List<String> row : Tables.datasetRows(e.getKey(), result)) {
                e.getValue().row(row);
            }
        }
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (CsvWriter w : all) {
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
