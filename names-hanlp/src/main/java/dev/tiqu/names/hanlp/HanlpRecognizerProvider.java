package dev.tiqu.names.hanlp;

import dev.tiqu.names.NameRecognizer;
import dev.tiqu.names.NameRecognizerProvider;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Registers {@link HanlpRecognizer} under the name {@code hanlp}; the model loads once per process.
 *
 * <p>Design decision: HanLP loads each dictionary when its class is first initialized: the custom
 * dictionary when a segmenter is built, the core, bigram, person and translated-name dictionaries
 * on the first segmentation. So that this happens while the caller builds the rest of its
 * pipeline and lists its inputs, the first {@link #create()} returns at once and three daemon
 * threads load them side by side: the core then the bigram dictionary (which checks itself
 * against the core one); the translated-name then the person dictionary (which starts from the
 * core one); the custom dictionary, building the segmenters, then a short sentence through every
 * step of the recognizer. A caller that segments sooner waits for the classes being initialized,
 * as it would have loaded them itself. No dictionary's initialization needs one initialized
 * after it on another thread, so no two threads wait for each other. Example: {@code create()}
 * returns at once, the dictionaries loading behind it.
 */
public final class HanlpRecognizerProvider implements NameRecognizerProvider {

    /** A sentence that takes HanLP through every dictionary the recognizer uses. */
    private static final String WARM_UP = "浙江省宁波市人民政府副市长张三会见了美国客人约翰·史密斯。";

    /** HanLP's dictionary classes loaded side by side, each list in order on its own thread. */
    private static final List<List<String>> DICTIONARIES = List.of(
            List.of("com.hankcs.hanlp.dictionary.CoreDictionary", "com.hankcs.hanlp.dictionary.CoreBiGramTableDictionary"),
            List.of("com.hankcs.hanlp.dictionary.nr.TranslatedPersonDictionary",
                    "com.hankcs.hanlp.dictionary.nr.PersonDictionary"));

    private static final class Holder {
        static final HanlpRecognizer INSTANCE = loading();
    }

    private static HanlpRecognizer loading() {
        for (List<String> classes : DICTIONARIES) {
            daemon(() -> classes.forEach(HanlpRecognizerProvider::initialize)).start();
        }
        ExecutorService segmenters = Executors.newSingleThreadExecutor(HanlpRecognizerProvider::daemon);
        HanlpRecognizer recognizer = new HanlpRecognizer(segmenters);
        segmenters.execute(() -> recognizer.analyze(WARM_UP));
        segmenters.shutdown();
        return recognizer;
    }

    private static Thread daemon(Runnable task) {
        Thread t = new Thread(task, "hanlp-dictionaries");
        t.setDaemon(true);
        return t;
    }

    private static void initialize(String className) {
        try {
            Class.forName(className, true, HanlpRecognizerProvider.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("HanLP without " + className + " on the class path", e);
        }
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
