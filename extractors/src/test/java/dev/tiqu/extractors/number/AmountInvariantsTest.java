package dev.tiqu.extractors.number;

import dev.tiqu.text.PlainText;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
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
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties every amount mention keeps, whatever the input: its text is the original text at
 * its span, its value is a sane non-negative number, a range's max is above its value; and
 * malformed input never throws.
 */
class AmountInvariantsTest {

    private static final List<Extractor> EXTRACTORS =
            List.of(new MoneyExtractor(), new PercentExtractor(), new QuantityExtractor());
    private static final BigDecimal TOO_LARGE = new BigDecimal("1e16");

    static Stream<Path> seedPages() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "seeds"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("seedPages")
    void rawSeedPagesGiveWellFormedMentions(Path page) throws IOException {
        String text = Files.readString(page, StandardCharsets.UTF_8);
        for (Mention m : extract(text)) {
            assertEquals(m.text(), m.span().of(text), "text at span of " + AmountCorpus.describe(m));
            assertSane(m);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1..5万元", "5.万元", "．５亿元", "99999999999999999999元", "2024年13月45日", "%%%", "百分之", "千分之",
        "万万亿元", "--5元", "5-", "至", "元/月/人", "5-10", "1,2,3,4元", "5万至", "至10万元", "约", "以上",
        "每人每月", "每人每月元", "人民币", "￥", "$", "百分之百分之百", "八成成", "成", "0.", ".5%", "5%%",
        "１２３元", "一二三四五六七八九十百千万亿", "十十十个", "亿亿元", "2%至", "至3%", "2-3-4%", "5元/", "5元//月",
        "5 元", " 5元 ", "第", "第5", "5大", "MW", "5M", "5MWW", "0731-", "-28829110", "5余余万元", "多多元"
    })
    void malformedInputNeverThrows(String input) {
        assertDoesNotThrow(() -> extract(input).forEach(AmountInvariantsTest::assertSane));
    }

    private static List<Mention> extract(String text) {
        List<Mention> out = new ArrayList<>();
        ArticleContext ctx = PlainText.context(text, PublicationDate.unknown());
        for (Extractor e : EXTRACTORS) {
            out.addAll(e.extract(ctx));
        }
        return out;
    }

    private static void assertSane(Mention m) {
        Amount a = m.amount();
        String what = AmountCorpus.describe(m);
        assertTrue(a.value().signum() >= 0 && a.value().compareTo(TOO_LARGE) < 0, "value of " + what);
        assertTrue(a.max() == null || a.max().compareTo(a.value()) > 0, "max of " + what);
        assertTrue(!a.unit().isEmpty(), "unit of " + what);
        assertTrue(!m.text().isBlank(), "text of " + what);
    }
}
