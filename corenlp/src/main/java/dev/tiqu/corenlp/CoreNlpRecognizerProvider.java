package dev.tiqu.corenlp;

import dev.tiqu.names.NameRecognizer;
import dev.tiqu.names.NameRecognizerProvider;

/**
 * Registers {@link CoreNlpRecognizer} as the {@code corenlp} backend for
 * {@link java.util.ServiceLoader}. Finding the provider is cheap; {@link #create()} loads the
 * Chinese models on its first call in the process.
 */
public final class CoreNlpRecognizerProvider implements NameRecognizerProvider {

    @Override
    public String name() {
        return CoreNlpRecognizer.NAME;
    }

    @Override
    public NameRecognizer create() {
        return new CoreNlpRecognizer();
    }
}
