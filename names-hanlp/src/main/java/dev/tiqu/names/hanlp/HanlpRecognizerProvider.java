package dev.tiqu.names.hanlp;

import dev.tiqu.names.NameRecognizer;
import dev.tiqu.names.NameRecognizerProvider;

/** Registers {@link HanlpRecognizer} under the name {@code hanlp}; the model loads once per process. */
public final class HanlpRecognizerProvider implements NameRecognizerProvider {

    private static final class Holder {
        static final HanlpRecognizer INSTANCE = new HanlpRecognizer();
    }

    @Override
    public String name() {
        return "hanlp";
    }

    @Override
    public NameRecognizer create() {
        return Holder.INSTANCE;
    }
}
