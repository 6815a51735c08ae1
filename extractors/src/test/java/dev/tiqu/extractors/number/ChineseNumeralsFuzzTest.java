package dev.tiqu.extractors.number;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Property tests: the numeral parser never throws and never returns a negative or absurd value. *
 * <p>The seed is fixed so that every build draws the same inputs (a random draw once turned CI red
 * on a case no one had written); to explore, remove the seed and raise the tries locally.
 */
class ChineseNumeralsFuzzTest {

    @Provide
    Arbitrary<String> numerals() {
        return Arbitraries.strings().withChars("0123456789.,零〇一二两三四五六七八九十百千万亿点余多几壹拾佰仟")
                .ofMinLength(1).ofMaxLength(24);
    }

    @Property(tries = 2000, seed = "20261203")
    void parsesOrRefusesWithoutThrowing(@ForAll("numerals") String s) {
        ChineseNumerals.parse(s).ifPresent(n -> {
            assertTrue(n.value().signum() >= 0, s + " -> " + n.value());
            assertTrue(n.value().compareTo(new BigDecimal("1e40")) < 0, s + " -> " + n.value());
        });
    }

    @Property(tries = 500, seed = "20261203")
    void anyStringIsSafe(@ForAll String s) {
        ChineseNumerals.parse(s);
    }
}
