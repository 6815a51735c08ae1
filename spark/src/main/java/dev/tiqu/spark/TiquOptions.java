package dev.tiqu.spark;

import dev.tiqu.core.dataset.Dataset;
import dev.tiqu.datasets.Datasets;
import dev.tiqu.datasets.DefinedDataset;
import dev.tiqu.datasets.DefinitionParser;
import dev.tiqu.standard.StandardPipeline;
import dev.tiqu.text.Layout;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a Spark run of tiqu extracts and how it reads its inputs: the options of {@code tiqu
 * extract}, as a small serializable value that travels to the executors with each task.
 *
 * <p>Immutable and thread-safe. Dataset definition files are read where the options are built
 * (the driver) and travel as text, so executors never need the file; the pipeline itself never
 * travels (see {@link PipelineHolder}).
 *
 * <pre>{@code
 * TiquOptions options = TiquOptions.builder().date(LocalDate.of(2024, 11, 24)).dataset("subsidy").build();
 * }</pre>
 */
public final class TiquOptions implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The CLI's default for {@code --max-file-size}: 256 MB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 256L * 1024 * 1024;

    /**
     * The part of the options that decides which pipeline runs: equal specs share one pipeline
     * per executor JVM.
     *
     * @param ner      the names backend ({@code hanlp} or {@code corenlp})
     * @param datasets the datasets to build, in output order
     * @param layout   how texts are cut into articles, as the CLI's {@code --layout}
     */
    public record PipelineSpec(String ner, List<DatasetSpec> datasets, Layout layout) implements Serializable {
        private static final long serialVersionUID = 2L;

        public PipelineSpec {
            Objects.requireNonNull(ner, "ner");
            Objects.requireNonNull(layout, "layout");
            datasets = List.copyOf(datasets);
        }
    }

    /**
     * One dataset: a built-in by name ({@code definition} null) or a definition file's name and text.
     *
     * @param name       the built-in name or the definition file's name
     * @param definition the definition file's text (YAML or JSON), or null for a built-in
     */
    public record DatasetSpec(String name, String definition) implements Serializable {
        private static final long serialVersionUID = 1L;

        public DatasetSpec {
            Objects.requireNonNull(name, "name");
        }

        /** Parses the definition (or looks up the built-in); cheap, no model is loaded. */
        public Dataset load() {
            return definition == null ? Datasets.builtIn(name) : new DefinedDataset(DefinitionParser.parse(name, definition));
        }
    }

    private final PipelineSpec pipeline;
    private final LocalDate date;
    private final String encoding;
    private final long maxFileBytes;
    private final String textField;
    private final String idField;
    private final String dateField;
    private final String titleField;

    private TiquOptions(Builder b) {
        this.pipeline = new PipelineSpec(b.ner, b.datasets == null ? builtIns() : b.datasets, b.layout);
        this.titleField = b.titleField;
        this.date = b.date;
        this.encoding = b.encoding == null ? null : b.encoding.name();
        this.maxFileBytes = b.maxFileBytes;
        this.textField = b.textField;
        this.idField = b.idField;
        this.dateField = b.dateField;
    }

    private static List<DatasetSpec> builtIns() {
        List<DatasetSpec> all = new ArrayList<>();
        for (String name : Datasets.builtInNames()) {
            all.add(new DatasetSpec(name, null));
        }
        return all;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The options of a plain {@code tiqu extract}: every built-in dataset, HanLP, dates from file names or pages. */
    public static TiquOptions defaults() {
        return builder().build();
    }

    public PipelineSpec pipeline() {
        return pipeline;
    }

    /** The publication date of every input ({@code --date}), or null to take it from the file name or the page. */
    public LocalDate date() {
        return date;
    }

    /** The forced encoding of text files ({@code --encoding}), or null to detect it. */
    public Charset encoding() {
        return encoding == null ? null : Charset.forName(encoding);
    }

    /** Text files larger than this are reported in {@code failures} and not read ({@code --max-file-size}). */
    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** The column holding the text of a row ({@code --text-field}, default {@code text}). */
    public String textField() {
        return textField;
    }

    /** The column holding a row's document id ({@code --id-field}, default {@code id}). */
    public String idField() {
        return idField;
    }

    /** The column holding a row's publication date, ISO 8601 ({@code --date-field}, default {@code date}). */
    public String dateField() {
        return dateField;
    }

    /**
     * The column holding a row's title, put as a first line before the text as the CLI does
     * ({@code --title-field}, default {@code title}; absent columns are ignored).
     */
    public String titleField() {
        return titleField;
    }

    /** Builds {@link TiquOptions}; every setter fails fast on a bad value. */
    public static final class Builder {
        private String ner = StandardPipeline.DEFAULT_BACKEND;
        private List<DatasetSpec> datasets;
        private LocalDate date;
        private Charset encoding;
        private long maxFileBytes = DEFAULT_MAX_FILE_BYTES;
        private String textField = "text";
        private String idField = "id";
        private String dateField = "date";
        private String titleField = "title";
        private Layout layout = Layout.AUTO;

        private Builder() {
        }

        /** The names backend: {@code hanlp} (default) or {@code corenlp} (its jar on the executors' classpath). */
        public Builder ner(String backend) {
            this.ner = Objects.requireNonNull(backend, "backend");
            return this;
        }

        /**
         * Adds a dataset: a built-in name, or else the path of a definition file on the machine
         * building the options, read now. The first call replaces the default (every built-in).
         *
         * @throws IllegalArgumentException if it is neither a built-in nor a valid definition file
         */
        public Builder dataset(String nameOrFile) {
            DatasetSpec spec;
            if (Datasets.builtInNames().contains(nameOrFile)) {
                spec = new DatasetSpec(nameOrFile, null);
            } else {
                Path file = Path.of(nameOrFile);
                try {
                    spec = new DatasetSpec(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new IllegalArgumentException("not a built-in dataset " + Datasets.builtInNames()
                            + " and not a readable definition file: " + nameOrFile, e);
                }
                try {
                    spec.load();
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(nameOrFile + ": " + e.getMessage(), e);
                }
            }
            if (datasets == null) {
                datasets = new ArrayList<>();
            }
            datasets.add(spec);
            return this;
        }

        /** Builds no dataset, only articles and mentions. */
        public Builder noDatasets() {
            this.datasets = new ArrayList<>();
            return this;
        }

        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        public Builder encoding(Charset encoding) {
            this.encoding = encoding;
            return this;
        }

        public Builder maxFileBytes(long bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("the maximum file size cannot be negative");
            }
            this.maxFileBytes = bytes;
            return this;
        }

        public Builder textField(String name) {
            this.textField = Objects.requireNonNull(name, "name");
            return this;
        }

        public Builder idField(String name) {
            this.idField = Objects.requireNonNull(name, "name");
            return this;
        }

        public Builder dateField(String name) {
            this.dateField = Objects.requireNonNull(name, "name");
            return this;
        }

        public Builder titleField(String name) {
            this.titleField = Objects.requireNonNull(name, "name");
            return this;
        }

        /** How texts are cut into articles: {@link Layout#AUTO} (default), newspaper rules, or one article a text. */
        public Builder layout(Layout layout) {
            this.layout = Objects.requireNonNull(layout, "layout");
            return this;
        }

        public TiquOptions build() {
            return new TiquOptions(this);
        }
    }
}
