package dev.tiqu.extractors.number;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.pipeline.Extractor;
import dev.tiqu.extractors.money.MoneyExtractor;
import dev.tiqu.extractors.percent.PercentExtractor;
import dev.tiqu.extractors.quantity.QuantityExtractor;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The money, percent and quantity extractors against their example corpora
 * ({@code src/test/resources/dev/tiqu/extractors/{money,percent,quantity}/}).
 */
class AmountCorporaTest {

    private record Corpus(String dir, Extractor extractor, MentionType type) {
        @Override
        public String toString() {
            return type.name();
        }
    }

    private static final List<Corpus> CORPORA = List.of(
            new Corpus("money", new MoneyExtractor(), MentionType.MONEY),
            new Corpus("percent", new PercentExtractor(), MentionType.PERCENT),
            new Corpus("quantity", new QuantityExtractor(), MentionType.QUANTITY));

    static Stream<Arguments> positives() {
        return CORPORA.stream().flatMap(c -> AmountCorpus.positives("/dev/tiqu/extractors/" + c.dir() + "/positives.tsv")
                .map(a -> Arguments.of(c, a.get()[0], a.get()[1])));
    }

    static Stream<Arguments> negatives() {
        return CORPORA.stream().flatMap(c -> AmountCorpus.negatives("/dev/tiqu/extractors/" + c.dir() + "/negatives.tsv")
                .map(input -> Arguments.of(c, input)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("positives")
    void findsExactlyTheExpectedMentions(Corpus corpus, String input, List<AmountCorpus.Expected> expected) {
        AmountCorpus.check(corpus.extractor(), corpus.type(), input, expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("negatives")
    void findsNothingInNegatives(Corpus corpus, String input) {
        AmountCorpus.checkNone(corpus.extractor(), corpus.type(), input);
    }

    @Test
    void namesAreStable() {
        assertEquals(List.of("money", "percent", "quantity"), CORPORA.stream().map(c -> c.extractor().name()).toList());
    }
}
