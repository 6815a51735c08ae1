package dev.tiqu.extractors.percent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tiqu.core.mention.MentionType;
import dev.tiqu.extractors.number.AmountCorpus;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** PercentExtractor against its example corpora (src/test/resources/dev/tiqu/extractors/percent/). */
class PercentExtractorTest {

    private static final String DIR = "/dev/tiqu/extractors/percent/";
    private static final PercentExtractor EXTRACTOR = new PercentExtractor();

    static Stream<Arguments> positives() {
        return AmountCorpus.positives(DIR + "positives.tsv");
    }

    static Stream<String> negatives() {
        return AmountCorpus.negatives(DIR + "negatives.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("positives")
    void findsExactly(String input, List<AmountCorpus.Expected> expected) {
        AmountCorpus.check(EXTRACTOR, MentionType.PERCENT, input, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negatives")
    void findsNothing(String input) {
        AmountCorpus.checkNone(EXTRACTOR, MentionType.PERCENT, input);
    }

    @Test
    void nameIsStable() {
        assertEquals("percent", EXTRACTOR.name());
    }
}
