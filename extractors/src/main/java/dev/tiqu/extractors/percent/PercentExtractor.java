package dev.tiqu.extractors.percent;

import dev.tiqu.core.mention.Amount;
import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.mention.Qualifier;
import dev.tiqu.core.pipeline.ArticleContext;
import dev.tiqu.core.pipeline.Extractor;
import dev.tiqu.core.text.Sentence;
import dev.tiqu.extractors.TraditionalFolding;
import dev.tiqu.extractors.number.AmountScanner;
import dev.tiqu.extractors.number.Qualifiers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds PERCENT mentions: {@code 108%}, {@code 百分之十五点五}, {@code 八成}, ranges
 * ({@code 2%至3%}, {@code 2-3%}) and percentage points ({@code 2.5个百分点}, unit {@code pp}),
 * value in percent, with qualifiers ({@code 75%以上 → AT_LEAST}).
 *
 * <p>Examples: {@code 2%至3% → 2..3 % RANGE}; {@code 五成多 → 50 % MORE_THAN};
 * {@code 百分之百 → 100 %}.
 */
public final class PercentExtractor implements Extractor {

    /** 百分之百 (100%): its second 百 is no numeral on its own. */
    private static final String HUNDRED_PERCENT = "百分之百";

    private final AmountScanner<PercentUnits.Unit> scanner = new AmountScanner<>(PercentUnits.standard(), false);

    @Override
    public String name() {
        return "percent";
    }

    @Override
    public List<Mention> extract(ArticleContext context) {
        List<Mention> out = new ArrayList<>();
        for (Sentence sentence : context.sentences()) {
            String text = TraditionalFolding.fold(sentence.text());
            for (AmountScanner.Phrase<PercentUnits.Unit> p : scanner.scan(text)) {
                BigDecimal f = p.unit().factor();
                Amount a = new Amount(p.value().multiply(f), p.max() == null ? null : p.max().multiply(f),
                        p.unit().unit(), "", p.qualifier(), null, "");
                out.add(context.mention(MentionType.PERCENT, sentence, p.start(), p.end(), a, name()));
            }
            for (int i = text.indexOf(HUNDRED_PERCENT); i >= 0; i = text.indexOf(HUNDRED_PERCENT, i + 1)) {
                int end = i + HUNDRED_PERCENT.length();
                if (text.startsWith("分之", end)) {
                    continue;
                }
                Qualifier q = Qualifiers.standard().before(text, i).map(Qualifiers.Match::qualifier)
                        .orElse(Qualifier.NONE);
                Amount a = new Amount(BigDecimal.valueOf(100), null, "%", "", q, null, "");
                out.add(context.mention(MentionType.PERCENT, sentence, i, end, a, name()));
            }
        }
        return out;
    }
}
