package dev.tiqu.extractors.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tiqu.core.mention.MentionType;
import dev.tiqu.extractors.number.AmountCorpus;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** QuantityExtractor against its example corpora (src/test/resources/dev/tiqu/extractors/quantity/). */
class QuantityExtractorTest {

    private static final String DIR = "/dev/tiqu/extractors/quantity/";
    private static final QuantityExtractor EXTRACTOR = new QuantityExtractor();

    static Stream<Arguments> positives() {
        return AmountCorpus.positives(DIR + "positives.tsv");
    }

    static Stream<String> negatives() {
        return AmountCorpus.negatives(DIR + "negatives.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("positives")
    void findsExactly(String input, List<AmountCorpus.Expected> expected) {
        AmountCorpus.check(EXTRACTOR, MentionType.QUANTITY, input, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negatives")
    void findsNothing(String input) {
        AmountCorpus.checkNone(EXTRACTOR, MentionType.QUANTITY, input);
    }

    @Test
    void nameIsStable() {
        assertEquals("quantity", EXTRACTOR.name());
    }
}
