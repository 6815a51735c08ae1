package dev.tiqu.extractors.number;

import dev.tiqu.text.PlainText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiqu.core.mention.Amount;
import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.pipeline.ArticleContext;
import dev.tiqu.core.pipeline.Extractor;
import dev.tiqu.core.text.PublicationDate;
import dev.tiqu.extractors.money.MoneyExtractor;
import dev.tiqu.extractors.percent.PercentExtractor;
import dev.tiqu.extractors.quantity.QuantityExtractor;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property tests: on fuzzed text made of digits, numerals, units, rate and qualifier words,
 * the money, percent and quantity extractors never throw, and every mention is the text at
 * its span with a sane value (negative only after a minus sign).
 *
 * <p>The seed is fixed so that every build draws the same inputs (a random draw once turned CI red
 * on a case no one had written); to explore, remove the seed and raise the tries locally.
 */
class AmountExtractorsFuzzTest {

    private static final List<Extractor> EXTRACTORS =
            List.of(new MoneyExtractor(), new PercentExtractor(), new QuantityExtractor());

    /** Above what the grammar writes: 13 integer digits before 万亿 (under 10^25); 亿亿 stacks no further. */
    private static final BigDecimal LARGEST = new BigDecimal("1e25");

    @Provide
    Arbitrary<String> amountish() {
        Arbitrary<String> piece = Arbitraries.of("0", "1", "5", "9", ".", ",", "-", "至", "~", "/", "%", "％", "一", "两",
                "十", "百", "千", "万", "亿", "余", "多", "几", "点", "元", "万元", "美元", "人民币", "￥", "个", "人次",
                "年", "月", "每", "人", "约", "超过", "以上", "不低于", "百分之", "成", "个百分点", "MW", "千瓦", "时",
                "度", "电", "第", "“", "，", "。", " ", "吨", "大", "块钱", "投资", "物业费");
        return piece.list().ofMinSize(1).ofMaxSize(20).map(l -> String.join("", l));
    }

    @Property(tries = 3000, seed = "20261203")
    void extractorsAreSafeOnFuzzedAmounts(@ForAll("amountish") String text) {
        ArticleContext ctx = PlainText.context(text, PublicationDate.unknown());
        for (Extractor e : EXTRACTORS) {
            for (Mention m : e.extract(ctx)) {
                Amount a = m.amount();
                assertEquals(m.text(), m.span().of(text), text);
                boolean signed = "-−－负".indexOf(m.text().charAt(0)) >= 0;
                assertTrue((a.value().signum() >= 0 || signed) && a.value().abs().compareTo(LARGEST) < 0, text);
                assertTrue(a.max() == null || a.max().compareTo(a.value()) > 0, text);
            }
        }
    }
}
