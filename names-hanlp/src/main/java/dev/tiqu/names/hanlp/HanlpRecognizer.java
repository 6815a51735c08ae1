package dev.tiqu.names.hanlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.names.Analysis;
import dev.tiqu.names.NameRecognizer;
import dev.tiqu.names.NamedSpan;
import dev.tiqu.names.Word;
import dev.tiqu.names.WordAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The default {@link NameRecognizer}: HanLP's viterbi segmenter with Chinese-name and
 * translated-name recognition; terms tagged {@code nr*} (nr, nrf, nrj…) are persons, terms tagged
 * {@code nt*} (nt, ntc, ntu…, from HanLP's dictionaries) organizations.
 *
 * <p>Design decision: HanLP's organization recognition is left off. It costs 30% of HanLP's time
 * per character, and on the dev gold and the general-news batches tiqu's own rules find what it
 * adds (issue 19, fourth round: the figures are in the README's "Benchmark" section).
 * Translated-name recognition costs nothing measurable and finds foreign names the rules miss.
 * {@link #segment()} keeps the full configuration as the benchmark's raw-HanLP reference.
 *
 * <p>The segmenter is built once; its {@code seg} keeps no state between calls, so one instance
 * serves many threads. Building a HanLP segmenter loads HanLP's custom dictionary; the
 * package's provider has it built on another thread, and the first call waits for it.
 * Example: {@code 市委书记曹慧泉 → PERSON [4, 7)}.
 */
public final class HanlpRecognizer implements NameRecognizer {

    private final CompletableFuture<Segment> segment;
    private final HanlpWords words;

    /** A recognizer whose segmenters are built now, on the caller's thread. */
    public HanlpRecognizer() {
        this(Runnable::run);
    }

    /** A recognizer whose segmenters are built by {@code executor}; calls wait until they are. */
    HanlpRecognizer(Executor executor) {
        this.segment = CompletableFuture.supplyAsync(
                () -> segment().enableOrganizationRecognize(false).enableOffset(true), executor);
        this.words = new HanlpWords(CompletableFuture.supplyAsync(HanLP::newSegment, executor));
    }

    /**
     * A new HanLP segmenter as a user of raw HanLP with name recognition configures it: viterbi
     * with Chinese-name, translated-name and organization recognition. The benchmark's reference;
     * the recognizer itself leaves organization recognition out.
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
        return analyze(text).names();
    }

    /**
     * One segmentation of {@code text} with name recognition: {@code nr*} and {@code nt*} terms are
     * the candidates, every other term a word, tagged as {@link HanlpWords} tags them.
     *
     * <p>Design decision: an organization term ({@code 科学技术大学潘建伟团队/nt}) is given to the rules
     * as the words of the dictionary segmentation, which has no organization recognition, of its
     * text alone ({@code 科学技术 大学 潘建伟 团队}): the rules look for names and word boundaries
     * inside the backend's organizations, and a whole second pass over the sentence for the few
     * characters of its organizations would cost as much as the first.
     */
    @Override
    public Analysis analyze(String text) {
        if (text == null || text.isEmpty()) {
            return new Analysis(List.of(), List.of());
        }
        List<Term> terms = segment.join().seg(text);
        List<NamedSpan> names = new ArrayList<>();
        List<Word> words = new ArrayList<>(terms.size());
        for (Term term : terms) {
            String tag = term.nature == null ? "" : term.nature.toString();
            if (tag.startsWith("nt")) {
                words.addAll(this.words.words(term.word));
            } else {
                words.add(new Word(term.word, HanlpWords.partOfSpeech(tag)));
            }
            MentionType type = tag.startsWith("nr") ? MentionType.PERSON
                    : tag.startsWith("nt") ? MentionType.ORGANIZATION : null;
            int start = term.offset;
            int end = start + term.word.length();
            if (type != null && !term.word.isEmpty() && start >= 0 && end <= text.length()
                    && text.startsWith(term.word, start)) {
                names.add(new NamedSpan(type, start, end));
            }
        }
        return new Analysis(names, words);
    }
}
