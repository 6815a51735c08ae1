package dev.tiqu.corenlp;

import dev.tiqu.core.mention.MentionType;
import dev.tiqu.names.NameRecognizer;
import dev.tiqu.names.NamedSpan;
import dev.tiqu.names.WordAnalyzer;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Raw person and organization candidates from Stanford CoreNLP's Chinese models (CTB word
 * segmenter + CRF named-entity classifier), selected as {@code --ner corenlp}.
 *
 * <p>CoreNLP entity mentions of type {@code PERSON} become {@link MentionType#PERSON} and of
 * type {@code ORGANIZATION} become {@link MentionType#ORGANIZATION}; every other type (GPE,
 * CITY, TITLE, MISC…) is dropped. Offsets are CoreNLP's character offsets, which are Java
 * {@code String} (UTF-16) indices into {@code text}. Example:
 * {@code 株洲日报讯（全媒体记者/徐滔）11月22日，市民政局传来喜讯。} → ORGANIZATION [0, 4) 株洲日报,
 * PERSON [12, 14) 徐滔.
 *
 * <p>All instances share one pipeline, loaded on the first construction (25 s or more, 1.8 GB
 * of live heap: run with {@code -Xmx4g} or more). {@link #recognize} is thread-safe: each call
 * annotates its own {@link Annotation} with the shared, read-only models.
 */
public final class CoreNlpRecognizer implements NameRecognizer {

    /** The backend's name on the command line. */
    public static final String NAME = "corenlp";

    private final StanfordCoreNLP pipeline;
    private final WordAnalyzer words;

    /** Loads the shared Chinese models if this is the first recognizer of the process. */
    public CoreNlpRecognizer() {
        this.pipeline = CoreNlpModels.pipeline();
        this.words = new CoreNlpWords(CoreNlpModels.tagger());
    }

    @Override
    public WordAnalyzer words() {
        return words;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<NamedSpan> recognize(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            return List.of();
        }
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        List<CoreMap> mentions = annotation.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions == null) {
            return List.of();
        }
        List<NamedSpan> spans = new ArrayList<>();
        for (CoreMap mention : mentions) {
            MentionType type = typeOf(mention.get(CoreAnnotations.EntityTypeAnnotation.class));
            Integer begin = mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            Integer end = mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (type != null && begin != null && end != null
                    && 0 <= begin && begin < end && end <= text.length()) {
                spans.add(new NamedSpan(type, begin, end));
            }
        }
        return List.copyOf(spans);
    }

    /** PERSON and ORGANIZATION map to themselves; other CoreNLP entity types to null. */
    static MentionType typeOf(String coreNlpType) {
        if ("PERSON".equals(coreNlpType)) {
            return MentionType.PERSON;
        }
        if ("ORGANIZATION".equals(coreNlpType)) {
            return MentionType.ORGANIZATION;
        }
        return null;
    }
}
