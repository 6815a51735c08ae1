package dev.tiqu.formats;

import dev.tiqu.core.dataset.Dataset;
import dev.tiqu.core.pipeline.ResultSink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The output formats of a run and the sink that writes each into the folder it is given.
 * Example: {@code OutputFormat.parse("xlsx").open(staging, datasets)} writes {@code tiqu.xlsx}.
 */
public enum OutputFormat {
    /** {@code articles.csv}, {@code mentions.csv} and one CSV per dataset. */
    CSV,
    /** {@code tiqu.xlsx}: one sheet per table, typed cells. */
    XLSX,
    /** {@code tiqu.jsonl}: one JSON document per input, described by a JSON Schema. */
    JSONL,
    /** {@code report/index.html} and one page per input, mentions highlighted. */
    HTML;

    /** The sink of this format, writing into {@code dir} (which must exist), CSV cells formula-guarded. */
    public ResultSink open(Path dir, List<Dataset> datasets) throws IOException {
        return open(dir, datasets, true);
    }

    /**
     * The sink of this format, writing into {@code dir} (which must exist).
     *
     * @param formulaGuard whether CSV cells that a spreadsheet would read as formulas are
     *                     neutralized (see {@link CsvWriter}); the other formats store text as text
     */
    public ResultSink open(Path dir, List<Dataset> datasets, boolean formulaGuard) throws IOException {
        return switch (this) {
            case CSV -> new CsvSink(dir, datasets, formulaGuard);
            case XLSX -> new XlsxSink(dir, datasets);
            case JSONL -> new JsonLinesSink(dir);
            case HTML -> new HtmlSink(dir, datasets);
        };
    }

    /** The format's name as given on the command line ({@code csv}, {@code xlsx}…). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a name such as {@code xlsx}; an unknown name throws, listing the known ones. */
    public static OutputFormat parse(String name) {
        for (OutputFormat f : values()) {
            if (f.label().equals(name.strip().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "' (known: " + known() + ")");
    }

    /** The known names, comma-separated. */
    public static String known() {
        return Arrays.stream(values()).map(OutputFormat::label).collect(Collectors.joining(", "));
    }
}
