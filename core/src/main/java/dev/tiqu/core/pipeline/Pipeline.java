package dev.tiqu.core.pipeline;

import dev.tiqu.core.dataset.Dataset;
import dev.tiqu.core.dataset.Record;
import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Document;
import dev.tiqu.core.text.Page;
import dev.tiqu.core.text.PublicationDate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns a {@link Document} into articles, mentions and dataset records:
 * segment → {@linkplain DocumentLimits limits} (long sentences cut, long articles split) →
 * (publication date) → extractors in order, per article → resolvers, per page → datasets.
 *
 * <p>Built once with {@link #builder()}, immutable and thread-safe: call {@link #process}
 * from as many threads as you like.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder()
 *     .segmenter(new NewspaperSegmenter())
 *     .extractor(new PercentExtractor())
 *     .build();
 * DocumentResult r = p.process(Document.of("page.txt", text));
 * }</pre>
 */
public final class Pipeline {

    /** Stage name under which segmentation time is reported. */
    public static final String SEGMENTATION = "segmentation";

    private final Segmenter segmenter;
    private final Function<Page, PublicationDate> dateInference;
    private final List<Extractor> extractors;
    private final List<Resolver> resolvers;
    private final List<Dataset> datasets;
    private final DocumentLimits limits;

    private Pipeline(Builder b) {
        this.segmenter = Objects.requireNonNull(b.segmenter, "a segmenter is required");
        this.dateInference = b.dateInference;
        this.extractors = List.copyOf(b.extractors);
        this.resolvers = List.copyOf(b.resolvers);
        this.datasets = List.copyOf(b.datasets);
        this.limits = b.limits;
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Extractor> extractors() {
        return extractors;
    }

    public List<Dataset> datasets() {
        return datasets;
    }

    public DocumentLimits limits() {
        return limits;
    }

    /**
     * Processes one document. Never returns {@code null}: an empty or blank text gives a result
     * with no articles, mentions or records.
     *
     * @throws NullPointerException with the message {@code document} if {@code document} is null
     * @throws DocumentTimeoutException when the document takes longer than the limits' timeout
     */
    public DocumentResult process(Document document) {
        Objects.requireNonNull(document, "document");
        Deadline deadline = new Deadline(limits.timeout());
        Map<String, Long> nanos = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        List<Article> articles = limits.apply(segmenter.segment(document));
        nanos.put(SEGMENTATION, System.nanoTime() - t0);

        Page page = new Page(document, document.publicationDate(), articles);
        if (!document.publicationDate().isKnown() && dateInference != null) {
            long t = System.nanoTime();
            page = new Page(document, dateInference.apply(page), articles);
            nanos.merge(SEGMENTATION, System.nanoTime() - t, Long::sum);
        }
        deadline.check(SEGMENTATION);

        List<Mention> mentions = new ArrayList<>();
        for (Article article : articles) {
            List<Mention> found = new ArrayList<>();
            for (Extractor extractor : extractors) {
                long t = System.nanoTime();
                List<Mention> out = extractor.extract(new ArticleContext(page, article, sorted(found)));
                nanos.merge(extractor.name(), System.nanoTime() - t, Long::sum);
                deadline.check(extractor.name());
                found.addAll(out);
            }
            mentions.addAll(sorted(found));
        }
        for (Resolver resolver : resolvers) {
            long t = System.nanoTime();
            mentions = new ArrayList<>(resolver.resolve(page, List.copyOf(mentions)));
            nanos.merge(resolver.name(), System.nanoTime() - t, Long::sum);
            deadline.check(resolver.name());
        }
        mentions.sort(Comparator.comparingInt(Mention::article).thenComparing(Mention.DOCUMENT_ORDER));

        Map<String, List<Record>> records = new LinkedHashMap<>();
        for (Dataset dataset : datasets) {
            long t = System.nanoTime();
            records.put(dataset.name(), dataset.build(page, List.copyOf(mentions)));
            nanos.merge("dataset:" + dataset.name(), System.nanoTime() - t, Long::sum);
            deadline.check("dataset:" + dataset.name());
        }
        return new DocumentResult(page, mentions, records, nanos);
    }

    /** The time budget of one document. */
    private static final class Deadline {
        private final Duration budget;
        private final long end;

        Deadline(Duration budget) {
            this.budget = budget;
            long nanos = budget.compareTo(Duration.ofDays(365)) > 0 ? Long.MAX_VALUE / 4 : budget.toNanos();
            this.end = System.nanoTime() + nanos;
        }

        void check(String stage) {
            if (System.nanoTime() - end > 0) {
                throw new DocumentTimeoutException(budget, stage);
            }
        }
    }

    private static List<Mention> sorted(List<Mention> mentions) {
        List<Mention> copy = new ArrayList<>(mentions);
        copy.sort(Mention.DOCUMENT_ORDER);
        return copy;
    }

    /** Assembles a pipeline; fails fast on duplicate names. */
    public static final class Builder {
        private Segmenter segmenter;
        private Function<Page, PublicationDate> dateInference;
        private final List<Extractor> extractors = new ArrayList<>();
        private final List<Resolver> resolvers = new ArrayList<>();
        private final List<Dataset> datasets = new ArrayList<>();
        private final Set<String> names = new HashSet<>();
        private DocumentLimits limits = DocumentLimits.defaults();

        private Builder() {
        }

        public Builder segmenter(Segmenter segmenter) {
            this.segmenter = Objects.requireNonNull(segmenter);
            return this;
        }

        /** How to find the publication date of a page whose document does not carry one. */
        public Builder publicationDateInference(Function<Page, PublicationDate> inference) {
            this.dateInference = Objects.requireNonNull(inference);
            return this;
        }

        /** Adds an extractor; extractors run in the order added and see earlier ones' mentions. */
        public Builder extractor(Extractor extractor) {
            claim(extractor.name());
            extractors.add(extractor);
            return this;
        }

        /** Adds a page-level resolver; resolvers run in the order added, after all extractors. */
        public Builder resolver(Resolver resolver) {
            claim(resolver.name());
            resolvers.add(resolver);
            return this;
        }

        /** The bounds applied to every document (default: {@link DocumentLimits#defaults()}). */
        public Builder limits(DocumentLimits documentLimits) {
            this.limits = Objects.requireNonNull(documentLimits);
            return this;
        }

        /** Adds a dataset built from the resolved mentions. */
        public Builder dataset(Dataset dataset) {
            claim("dataset:" + dataset.name());
            datasets.add(dataset);
            return this;
        }

        private void claim(String name) {
            if (name == null || name.isBlank() || name.equals(SEGMENTATION)) {
                throw new IllegalArgumentException("invalid component name: '" + name + "'");
            }
            if (!names.add(name)) {
                throw new IllegalArgumentException("two pipeline components are named '" + name + "'");
            }
        }

        public Pipeline build() {
            return new Pipeline(this);
        }
    }
}
