package dev.tiqu.names.hanlp;

import dev.tiqu.names.NameRecognizer;
import dev.tiqu.names.NameRecognizerProvider;

/**
 * Registers {@link HanlpRecognizer} under the name {@code hanlp}; the model loads once per process.
 *
 * <p>Design decision: HanLP loads its dictionaries (core, bigram, custom, person, translated-name)
 * on the first segmentation, not when the segmenter is built. So that this happens while the
 * caller builds the rest of its pipeline and lists its inputs, the first
 * {@link #create()} starts one daemon thread that segments a short sentence. A caller that
 * segments sooner waits for the classes being initialized, as it would have loaded them itself;
 * both threads touch HanLP's dictionaries in the same order, so neither waits for the other in a
 * cycle. Example: {@code create()} returns at once, the dictionaries loading behind it.
 */
public final class HanlpRecognizerProvider implements NameRecognizerProvider {

    /** A sentence that takes HanLP through every dictionary the recognizer uses. */
    private static final String WARM_UP = "浙江省宁波市人民政府副市长张三会见了美国客人约翰·史密斯。";

    private static final class Holder {
        static final HanlpRecognizer INSTANCE = loading(new HanlpRecognizer());
    }

    private static HanlpRecognizer loading(HanlpRecognizer recognizer) {
        Thread loader = new Thread(() -> recognizer.analyze(WARM_UP), "hanlp-dictionaries");
        loader.setDaemon(true);
        loader.start();
        return recognizer;
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
