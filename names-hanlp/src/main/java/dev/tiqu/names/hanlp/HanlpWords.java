package dev.tiqu.names.hanlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import dev.tiqu.names.Word;
import dev.tiqu.names.Word.PartOfSpeech;
import dev.tiqu.names.WordAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * HanLP's dictionary segmentation (viterbi, no name recognition) and core dictionary as the
 * rule layers' {@link WordAnalyzer}. HanLP's PKU-style tags map onto {@link PartOfSpeech} by
 * their first letters: {@code v} alone is a verb, {@code d} alone an adverb, {@code p*}
 * prepositions, {@code c*} conjunctions, {@code r*} pronouns, {@code m*} numerals, {@code u*}
 * particles, {@code q*} classifiers, {@code nr*} personal names. Thread-safe.
 */
final class HanlpWords implements WordAnalyzer {

    private final CompletableFuture<Segment> segment;

    /** Words from {@code segment}, a dictionary segmenter being built ({@link HanLP#newSegment()}). */
    HanlpWords(CompletableFuture<Segment> segment) {
        this.segment = segment;
    }

    @Override
    public List<Word> words(String text) {
        List<Term> terms = segment.join().seg(text);
        List<Word> words = new ArrayList<>(terms.size());
        for (Term term : terms) {
            words.add(new Word(term.word, partOfSpeech(term.nature == null ? "" : term.nature.toString())));
        }
        return words;
    }

    @Override
    public boolean isOrdinaryWord(String candidate) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(candidate);
        if (attribute == null) {
            return false;
        }
        for (Nature nature : attribute.nature) {
            if (nature.toString().startsWith("nr")) {
                return false;
            }
        }
        return true;
    }

    static PartOfSpeech partOfSpeech(String tag) {
        if (tag.equals("v")) {
            return PartOfSpeech.VERB;
        }
        if (tag.equals("d")) {
            return PartOfSpeech.ADVERB;
        }
        if (tag.startsWith("nr")) {
            return PartOfSpeech.PERSON_NAME;
        }
        if (tag.isEmpty()) {
            return PartOfSpeech.OTHER;
        }
        return switch (tag.charAt(0)) {
            case 'p' -> PartOfSpeech.PREPOSITION;
            case 'c' -> PartOfSpeech.CONJUNCTION;
            case 'r' -> PartOfSpeech.PRONOUN;
            case 'm' -> PartOfSpeech.NUMERAL;
            case 'u' -> PartOfSpeech.PARTICLE;
            case 'q' -> PartOfSpeech.CLASSIFIER;
            default -> PartOfSpeech.OTHER;
        };
    }
}
