package dev.tiqu.extractors.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tiqu.core.mention.MentionType;
import dev.tiqu.extractors.number.AmountCorpus;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** MoneyExtractor against its example corpora (src/test/resources/dev/tiqu/extractors/money/). */
class MoneyExtractorTest {

    private static final String DIR = "/dev/tiqu/extractors/money/";
    private static final MoneyExtractor EXTRACTOR = new MoneyExtractor();

    static Stream<Arguments> positives() {
        return AmountCorpus.positives(DIR + "positives.tsv");
    }

    static Stream<String> negatives() {
        return AmountCorpus.negatives(DIR + "negatives.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("positives")
    void findsExactly(String input, List<AmountCorpus.Expected> expected) {
        AmountCorpus.check(EXTRACTOR, MentionType.MONEY, input, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negatives")
    void findsNothing(String input) {
        AmountCorpus.checkNone(EXTRACTOR, MentionType.MONEY, input);
    }

    @Test
    void nameIsStable() {
        assertEquals("money", EXTRACTOR.name());
    }
}
