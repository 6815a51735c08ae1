package dev.tiqu.names.hanlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.names.NameRecognizer;
import dev.tiqu.names.NamedSpan;
import dev.tiqu.names.WordAnalyzer;
import java.util.ArrayList;
import java.util.List;

/**
 * The default {@link NameRecognizer}: HanLP's viterbi segmenter with Chinese-name,
 * translated-name and organization recognition; terms tagged {@code nr*} (nr, nrf, nrj…) are
 * persons, terms tagged {@code nt*} (nt, ntc, ntu…) organizations.
 *
 * <p>The segmenter is built once; its {@code seg} keeps no state between calls, so one instance
 * serves many threads. Example: {@code 市委书记曹慧泉 → PERSON [4, 7)}.
 */
public final class HanlpRecognizer implements NameRecognizer {

    private final Segment segment;
    private final WordAnalyzer words = new HanlpWords();

    public HanlpRecognizer() {
        this.segment = segment().enableOffset(true);
    }

    /**
     * A new HanLP segmenter configured as this recognizer's: viterbi with Chinese-name,
     * translated-name and organization recognition. The benchmark's reference.
     */
    public static Segment segment() {
        return HanLP.newSegment()
                .enableNameRecognize(true)
                .enableTranslatedNameRecognize(true)
                .enableOrganizationRecognize(true);
    }

    @Override
    public String name() {
        return "hanlp";
    }

    @Override
    public WordAnalyzer words() {
        return words;
    }

    @Override
    public List<NamedSpan> recognize(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<NamedSpan> result = new ArrayList<>();
        for (Term term : segment.seg(text)) {
            if (term.nature == null || term.word.isEmpty()) {
                continue;
            }
            String tag = term.nature.toString();
            MentionType type = tag.startsWith("nr") ? MentionType.PERSON
                    : tag.startsWith("nt") ? MentionType.ORGANIZATION : null;
            int start = term.offset;
            int end = start + term.word.length();
            if (type != null && start >= 0 && end <= text.length() && text.startsWith(term.word, start)) {
                result.add(new NamedSpan(type, start, end));
            }
        }
        return List.copyOf(result);
    }
}
