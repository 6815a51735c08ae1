package dev.tiqu.names;

/**
 * Service-provider entry for a {@link NameRecognizer} backend, registered in
 * {@code META-INF/services/dev.tiqu.names.NameRecognizerProvider}. Creating the
 * recognizer may be expensive (CoreNLP loads ~1.6 GB of models); do it once per process.
 */
public interface NameRecognizerProvider {

    /** The backend's name, e.g. {@code hanlp} or {@code corenlp}. */
    String name();

    NameRecognizer create();
}
