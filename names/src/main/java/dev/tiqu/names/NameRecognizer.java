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
}
