package dev.tiqu.extractors.quantity;

import dev.tiqu.core.mention.Amount;
import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.pipeline.ArticleContext;
import dev.tiqu.core.pipeline.Extractor;
import dev.tiqu.core.text.Sentence;
import dev.tiqu.extractors.TraditionalFolding;
import dev.tiqu.extractors.number.AmountScanner;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds QUANTITY mentions: counts and measures with their unit (户, 人次, 吨, 立方米, MW,
 * 千瓦时…), value multiplied out, unit as written, power and energy also in MW and kWh.
 * Calendar years, ordinals (第三), dates, money, percentages and codes are not quantities.
 *
 * <p>Examples: {@code 363.8万立方米 → 3638000 立方米}; {@code 15万余人次 → 150000 人次
 * MORE_THAN}; {@code 2万千瓦 → 20000 千瓦, canonical 20 MW}; {@code 历时两年 → 2 年}.
 */
public final class QuantityExtractor implements Extractor {

    private final AmountScanner<QuantityUnits.Unit> scanner =
            new AmountScanner<>(QuantityUnits.standard(), true);

    @Override
    public String name() {
        return "quantity";
    }

    @Override
    public List<Mention> extract(ArticleContext context) {
        List<Mention> out = new ArrayList<>();
        for (Sentence sentence : context.sentences()) {
            for (AmountScanner.Phrase<QuantityUnits.Unit> p : scanner.scan(TraditionalFolding.fold(sentence.text()))) {
                QuantityUnits.Unit u = p.unit();
                Amount a = new Amount(p.value(), p.max(), u.unit(), p.per(), p.qualifier(),
                        u.canonicalFactor() == null ? null : p.value().multiply(u.canonicalFactor()),
                        u.canonicalUnit());
                out.add(context.mention(MentionType.QUANTITY, sentence, p.start(), p.end(), a, name()));
            }
        }
        return out;
    }
}
