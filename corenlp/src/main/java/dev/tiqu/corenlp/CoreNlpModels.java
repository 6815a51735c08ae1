package dev.tiqu.corenlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The one Stanford CoreNLP Chinese pipeline of the process, loaded lazily on first use and
 * shared by every {@link CoreNlpRecognizer}.
 *
 * <p>Loading reads ~0.5 GB of compressed models (the CTB word segmenter, the POS tagger and the
 * CRF named-entity classifier) from the {@code models-chinese} jar: 25 s or more and 1.8 GB of
 * live heap, so it happens at most once per JVM. Loading is thread-safe: concurrent first callers
 * wait for the same pipeline.
 */
final class CoreNlpModels {

    /** CoreNLP's own Chinese defaults, shipped in the models jar. */
    static final String CHINESE_PROPERTIES = "StanfordCoreNLP-chinese.properties";

    /**
     * Segmenter, sentence splitter and NER only: the Chinese defaults also parse and resolve
     * coreference, which names do not need. The NER model reads words only, so the POS tagger
     * and the (no-op) lemmatizer are there for the NER annotator's declared requirements.
     */
    static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";

    /** The word lookups of the rule layers: segmenter and tagger only, sharing the loaded models. */
    static final String WORD_ANNOTATORS = "tokenize,ssplit,pos";

    private static volatile StanfordCoreNLP pipeline;
    private static volatile StanfordCoreNLP tagger;

    private CoreNlpModels() {
    }

    /** The shared pipeline, loading it on the first call. */
    static StanfordCoreNLP pipeline() {
        StanfordCoreNLP p = pipeline;
        if (p == null) {
            synchronized (CoreNlpModels.class) {
                p = pipeline;
                if (p == null) {
                    p = new StanfordCoreNLP(properties());
                    pipeline = p;
                }
            }
        }
        return p;
    }

    /**
     * The shared segmenter and tagger pipeline, loaded on the first call. CoreNLP's annotator
     * cache gives it the same segmenter and tagger models as {@link #pipeline()}.
     */
    static StanfordCoreNLP tagger() {
        StanfordCoreNLP t = tagger;
        if (t == null) {
            synchronized (CoreNlpModels.class) {
                t = tagger;
                if (t == null) {
                    pipeline();
                    Properties props = properties();
                    props.setProperty("annotators", WORD_ANNOTATORS);
                    t = new StanfordCoreNLP(props);
                    tagger = t;
                }
            }
        }
        return t;
    }

    /**
     * CoreNLP's Chinese properties narrowed to name recognition: {@link #ANNOTATORS}, no numeric
     * or time classifiers (tiqu's own extractors handle numbers and dates).
     *
     * @throws IllegalStateException if the {@code models-chinese} jar is not on the classpath
     */
    static Properties properties() {
        Properties props = new Properties();
        try (InputStream in = CoreNlpModels.class.getClassLoader().getResourceAsStream(CHINESE_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException(CHINESE_PROPERTIES + " not found: put "
                        + "edu.stanford.nlp:stanford-corenlp:4.5.10:models-chinese on the classpath");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                props.load(reader);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + CHINESE_PROPERTIES, e);
        }
        props.setProperty("annotators", ANNOTATORS);
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.useSUTime", "false");
        return props;
    }
}
