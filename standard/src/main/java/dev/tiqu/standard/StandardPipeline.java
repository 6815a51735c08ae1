package dev.tiqu.standard;

import dev.tiqu.extractors.OverlapResolver;
import dev.tiqu.core.pipeline.Pipeline;
import dev.tiqu.text.NewspaperSegmenter;
import dev.tiqu.extractors.date.DateExtractor;
import dev.tiqu.extractors.date.PublicationDateInference;
import dev.tiqu.extractors.money.MoneyExtractor;
import dev.tiqu.names.AliasResolver;
import dev.tiqu.names.NameExtractor;
import dev.tiqu.names.NameRecognizer;
import dev.tiqu.names.NameRecognizerProvider;
import dev.tiqu.extractors.percent.PercentExtractor;
import dev.tiqu.extractors.quantity.QuantityExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The default composition of tiqu: the newspaper segmenter, publication-date inference, every
 * extractor of this module and the page-level resolvers, as a builder so callers can add
 * datasets or more extractors.
 *
 * <pre>{@code
 * Pipeline pipeline = StandardPipeline.builder().build();          // HanLP names backend
 * Pipeline corenlp = StandardPipeline.builder("corenlp").build();  // needs tiqu-corenlp-gpl on the classpath
 * }</pre>
 *
 * <p>Building loads the lexicons and the names backend; build once and share the pipeline.
 */
public final class StandardPipeline {

    /** The default names backend. */
    public static final String DEFAULT_BACKEND = "hanlp";

    private StandardPipeline() {
    }

    /** A builder with the default (HanLP) names backend. */
    public static Pipeline.Builder builder() {
        return builder(DEFAULT_BACKEND);
    }

    /**
     * A builder whose names come from the backend of that name, found with {@link ServiceLoader}.
     *
     * @throws IllegalArgumentException naming the available backends if none has that name
     */
    public static Pipeline.Builder builder(String backend) {
        return builder(recognizer(backend));
    }

    /** A builder whose names come from the given backend. */
    public static Pipeline.Builder builder(NameRecognizer names) {
        return Pipeline.builder()
                .segmenter(new NewspaperSegmenter())
                .publicationDateInference(new PublicationDateInference())
                .extractor(new DateExtractor())
                .extractor(new MoneyExtractor())
                .extractor(new PercentExtractor())
                .extractor(new QuantityExtractor())
                .extractor(new NameExtractor(names))
                .resolver(OverlapResolver.numeric())
                .resolver(new AliasResolver());
    }

    /** The names backends on the classpath. */
    public static List<String> backends() {
        List<String> names = new ArrayList<>();
        ServiceLoader.load(NameRecognizerProvider.class).forEach(p -> names.add(p.name()));
        return names;
    }

    /** Creates the names backend of that name (may take long: CoreNLP loads its models). */
    public static NameRecognizer recognizer(String backend) {
        for (NameRecognizerProvider p : ServiceLoader.load(NameRecognizerProvider.class)) {
            if (p.name().equals(backend)) {
                return p.create();
            }
        }
        throw new IllegalArgumentException("no names backend '" + backend + "' on the classpath; available: " + backends());
    }
}
