package dev.tiqu.extractors.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiqu.core.mention.Qualifier;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

    @ParameterizedTest(name = "{0} = {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            700          | 700         | NONE
            2849.529万   | 28495290    | NONE
            1.9亿        | 190000000   | NONE
            3仟          | 3000        | NONE
            9佰万        | 9000000     | NONE
            2.5拾        | 25          | NONE
            5亿多        | 500000000   | MORE_THAN
            760余万      | 7600000     | MORE_THAN
            80余万       | 800000      | MORE_THAN
            15万余       | 150000      | MORE_THAN
            三千         | 3000        | NONE
            十二万       | 120000      | NONE
            两千万       | 20000000    | NONE
            一百零五     | 105         | NONE
            二〇二五     | 2025        | NONE
            1,200        | 1200        | NONE
            3.5万        | 35000       | NONE
            一点五亿     | 150000000   | NONE
            二十余       | 20          | MORE_THAN
            十几         | 11          | APPROX
            十           | 10          | NONE
            十五         | 15          | NONE
            三百五       | 350         | NONE
            一万五       | 15000       | NONE
            一万零五百   | 10500       | NONE
            一亿二千万   | 120000000   | NONE
            三万亿       | 3000000000000 | NONE
            2万亿        | 2000000000000 | NONE
            3千          | 3000        | NONE
            20多         | 20          | MORE_THAN
            0.5          | 0.5         | NONE
            两           | 2           | NONE
            百万         | 1000000     | NONE
            千万         | 10000000    | NONE
            百亿         | 10000000000 | NONE
            千亿         | 100000000000 | NONE
            百余万       | 1000000     | MORE_THAN
            十余万       | 100000      | MORE_THAN
            二十多万     | 200000      | MORE_THAN
            三十余亿     | 3000000000  | MORE_THAN
            十几万       | 110000      | APPROX
            一亿亿       | 10000000000000000 | NONE
            千万亿       | 1000000000000000  | NONE
            几亿亿       | 10000000000000000 | APPROX
            百           | -           | -
            千           | -           | -
            第           | -           | -
            """)
    void parses(String text, String expected, String marker) {
        var parsed = ChineseNumerals.parse(text);
        if (expected.equals("-")) {
            assertTrue(parsed.isEmpty(), text);
            return;
        }
        assertTrue(parsed.isPresent(), text);
        assertEquals(0, new BigDecimal(expected).compareTo(parsed.get().value()), text + " -> " + parsed.get().value());
        assertEquals(Qualifier.valueOf(marker), parsed.get().marker(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1..5", "5.", ".5", "万", "亿", "百", "一三百", "abc", "5万万万x", "百分之百分之",
        "十十十", "五十三百", "三百四百", "一千一千", "十万万", "百千万",
        "一万亿亿", "三亿亿亿", "一亿万", "几亿亿万", "几亿万", "数万万", "5亿万"})
    void rejectsMalformed(String text) {
        assertTrue(ChineseNumerals.parse(text).isEmpty(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            几千         | 1000        | 9999
            几十万       | 100000      | 990000
            数百万       | 1000000     | 9990000
            上千万       | 10000000    | 99990000
            数万         | 10000       | 99999
            上亿         | 100000000   | 999999999
            十几         | 11          | 19
            二十几万     | 210000      | 290000
            十几亿       | 1100000000  | 1900000000
            三四十亿     | 3000000000  | 4000000000
            五六百       | 500         | 600
            七八亿       | 700000000   | 800000000
            一二百       | 100         | 200
            """)
    void readsVagueNumeralsAsRanges(String text, String low, String high) {
        var parsed = ChineseNumerals.parse(text);
        assertTrue(parsed.isPresent(), text);
        assertEquals(0, new BigDecimal(low).compareTo(parsed.get().value()), text + " -> " + parsed.get().value());
        assertEquals(0, new BigDecimal(high).compareTo(parsed.get().max()), text + " -> " + parsed.get().max());
        assertEquals(Qualifier.APPROX, parsed.get().marker(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1，234，567  | 1234567
            12，500      | 12500
            2,345,678    | 2345678
            """)
    void readsThousandsSeparators(String text, String value) {
        assertEquals(0, new BigDecimal(value).compareTo(ChineseNumerals.parse(text).orElseThrow().value()), text);
    }
}
