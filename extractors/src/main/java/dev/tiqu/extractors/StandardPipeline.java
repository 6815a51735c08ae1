package dev.tiqu.extractors;

import dev.tiqu.core.pipeline.OverlapResolver;
import dev.tiqu.core.pipeline.Pipeline;
import dev.tiqu.core.text.NewspaperSegmenter;
import dev.tiqu.extractors.date.DateExtractor;
import dev.tiqu.extractors.date.PublicationDateInference;
import dev.tiqu.extractors.money.MoneyExtractor;
import dev.tiqu.extractors.percent.PercentExtractor;
import dev.tiqu.extractors.quantity.QuantityExtractor;

/**
 * The default composition of tiqu: the newspaper segmenter, every extractor of this module and
 * the page-level resolvers, as a builder so callers can add datasets or more extractors.
 *
 * <pre>{@code
 * Pipeline pipeline = StandardPipeline.builder().build();
 * DocumentResult result = pipeline.process(Document.of("page.txt", text));
 * }</pre>
 */
public final class StandardPipeline {

    private StandardPipeline() {
    }

    /** A builder holding the default segmenter, extractors and resolvers. */
    public static Pipeline.Builder builder() {
        return Pipeline.builder()
                .segmenter(new NewspaperSegmenter())
                .publicationDateInference(new PublicationDateInference())
                .extractor(new DateExtractor())
                .extractor(new MoneyExtractor())
                .extractor(new PercentExtractor())
                .extractor(new QuantityExtractor())
                .resolver(OverlapResolver.numeric());
    }
}
