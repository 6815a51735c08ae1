package dev.tiqu.corenlp;

import dev.tiqu.names.Word;
import dev.tiqu.names.Word.PartOfSpeech;
import dev.tiqu.names.WordAnalyzer;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CoreNLP's Chinese word segmenter and part-of-speech tagger as the rule layers'
 * {@link WordAnalyzer}, so that the CoreNLP backend runs without HanLP. Penn Chinese Treebank
 * tags map onto {@link PartOfSpeech}: {@code VV} verb ({@code VC} 是 and {@code VE} 有 are not),
 * {@code AD} adverb, {@code P BA LB SB} prepositions, {@code CC CS} conjunctions, {@code PN DT}
 * pronouns, {@code CD OD} numerals, {@code DEC DEG DER DEV AS SP MSP ETC} particles, {@code M}
 * classifiers, {@code NR} proper names. CoreNLP has no dictionary to look a word up in, so a
 * candidate is an ordinary word when the segmenter keeps it as one token and does not tag it
 * {@code NR}. Thread-safe: each call annotates its own {@link Annotation}.
 */
final class CoreNlpWords implements WordAnalyzer {

    private static final Map<String, PartOfSpeech> TAGS = Map.ofEntries(
            Map.entry("VV", PartOfSpeech.VERB), Map.entry("AD", PartOfSpeech.ADVERB),
            Map.entry("P", PartOfSpeech.PREPOSITION), Map.entry("BA", PartOfSpeech.PREPOSITION),
            Map.entry("LB", PartOfSpeech.PREPOSITION), Map.entry("SB", PartOfSpeech.PREPOSITION),
            Map.entry("CC", PartOfSpeech.CONJUNCTION), Map.entry("CS", PartOfSpeech.CONJUNCTION),
            Map.entry("PN", PartOfSpeech.PRONOUN), Map.entry("DT", PartOfSpeech.PRONOUN),
            Map.entry("CD", PartOfSpeech.NUMERAL), Map.entry("OD", PartOfSpeech.NUMERAL),
            Map.entry("DEC", PartOfSpeech.PARTICLE), Map.entry("DEG", PartOfSpeech.PARTICLE),
            Map.entry("DER", PartOfSpeech.PARTICLE), Map.entry("DEV", PartOfSpeech.PARTICLE),
            Map.entry("AS", PartOfSpeech.PARTICLE), Map.entry("SP", PartOfSpeech.PARTICLE),
            Map.entry("MSP", PartOfSpeech.PARTICLE), Map.entry("ETC", PartOfSpeech.PARTICLE),
            Map.entry("M", PartOfSpeech.CLASSIFIER), Map.entry("NR", PartOfSpeech.PERSON_NAME));

    private final StanfordCoreNLP tagger;

    CoreNlpWords(StanfordCoreNLP tagger) {
        this.tagger = tagger;
    }

    @Override
    public List<Word> words(String text) {
        if (text.isBlank()) {
            return text.isEmpty() ? List.of() : List.of(new Word(text, PartOfSpeech.OTHER));
        }
        Annotation annotation = new Annotation(text);
        tagger.annotate(annotation);
        List<Word> words = new ArrayList<>();
        int pos = 0;
        for (CoreLabel token : annotation.get(CoreAnnotations.TokensAnnotation.class)) {
            int begin = token.beginPosition();
            int end = token.endPosition();
            if (begin < pos || end > text.length() || end <= begin) {
                continue;
            }
            if (begin > pos) {
                words.add(new Word(text.substring(pos, begin), PartOfSpeech.OTHER));
            }
            words.add(new Word(text.substring(begin, end), TAGS.getOrDefault(token.tag(), PartOfSpeech.OTHER)));
            pos = end;
        }
        if (pos < text.length()) {
            words.add(new Word(text.substring(pos), PartOfSpeech.OTHER));
        }
        return words;
    }

    @Override
    public boolean isOrdinaryWord(String candidate) {
        List<Word> words = words(candidate);
        return words.size() == 1 && words.get(0).partOfSpeech() != PartOfSpeech.PERSON_NAME;
    }
}
