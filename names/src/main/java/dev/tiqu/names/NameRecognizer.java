package dev.tiqu.names;

import java.util.List;

/**
 * A statistical named-entity backend (HanLP by default, CoreNLP optionally): raw person and
 * organization candidates in a piece of cleaned text, before tiqu's rule layers repair,
 * filter and canonicalize them.
 *
 * <p>Implementations load their models once, at construction, and are thread-safe.
 * Backends are found with {@link java.util.ServiceLoader} through {@link NameRecognizerProvider}.
 */
public interface NameRecognizer {

    /** The backend's name as selected on the command line: {@code hanlp}, {@code corenlp}. */
    String name();

    /** Raw candidates in {@code text}, offsets into {@code text}. */
    List<NamedSpan> recognize(String text);

    /** The backend's dictionary segmentation, for the rule layers' word lookups. */
    WordAnalyzer words();

    /**
     * The candidates of {@link #recognize} with the words of the same pass over {@code text}. A
     * backend whose recognition segments the text overrides this to return those words (one
     * segmentation per sentence); the default returns no words, and the rules then segment with
     * {@link #words()} only the texts they ask about.
     */
    default Analysis analyze(String text) {
        return new Analysis(recognize(text), List.of());
    }
}
