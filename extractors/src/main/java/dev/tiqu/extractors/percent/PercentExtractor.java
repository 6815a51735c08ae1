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
import dev.tiqu.extractors.number.ChineseNumerals;
import dev.tiqu.extractors.number.Qualifiers;
import dev.tiqu.extractors.quantity.QuantityUnits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds PERCENT mentions: {@code 108%}, {@code 百分之十五点五}, {@code 八成}, ranges
 * ({@code 2%至3%}, {@code 2-3%}) and percentage points ({@code 2.5个百分点}, unit {@code pp}),
 * value in percent, with qualifiers ({@code 75%以上 → AT_LEAST}).
 *
 * <p>Examples: {@code 2%至3% → 2..3 % RANGE}; {@code 五成多 → 50 % MORE_THAN}; {@code 六成八 → 68 %};
 * {@code 百分之百 → 100 %}; {@code 八五折 → 85 discount}; {@code 百分之五到百分之八 → 5..8 % RANGE}.
 */
public final class PercentExtractor implements Extractor {

    /** 百分之百 (100%): its second 百 is no numeral on its own. */
    private static final String HUNDRED_PERCENT = "百分之百";

    /** The unit read in tenths, after which one more digit or 半 gives the percent: 六成八 → 68, 四成半 → 45. */
    private static final String TENTHS = "成";
    private static final char HALF = '半';

    /**
     * {@code 八五折}: two Chinese digits before 折, not inside a longer numeral, are one number of tenths
     * (85 % of the price); the scanner reads one digit only ({@code 八折}).
     */
    private static final Pattern TWO_DIGIT_DISCOUNT = Pattern.compile(
            "(?<![零〇一二两三四五六七八九十百千万亿])([一二三四五六七八九])([一二三四五六七八九])折");

    /** What may join two percentages written with their unit first into a range. */
    private static final Set<String> RANGE_CONNECTORS = Set.of("到", "至", "-", "－", "~", "～", "—", "——");

    private final AmountScanner<PercentUnits.Unit> scanner = new AmountScanner<>(PercentUnits.standard(), false);

    /**
     * The percent a digit (or 半, 5) right after 成 adds, or null: not when a numeral or a unit
     * follows the digit (三成五个: 五个 is a count).
     */
    private static BigDecimal tenthAfter(String text, int pos) {
        if (pos >= text.length()) {
            return null;
        }
        char c = text.charAt(pos);
        BigDecimal digit = c == HALF ? BigDecimal.valueOf(5)
                : ChineseNumerals.isChineseNumeral(c) ? ChineseNumerals.value(String.valueOf(c)).orElse(null) : null;
        if (digit == null || digit.signum() <= 0 || digit.compareTo(BigDecimal.TEN) >= 0) {
            return null;
        }
        boolean more = pos + 1 < text.length() && (ChineseNumerals.isNumeralChar(text.charAt(pos + 1))
                || QuantityUnits.standard().startsAt(text, pos + 1));
        return more ? null : digit;
    }

    @Override
    public String name() {
        return "percent";
    }

    @Override
    public List<Mention> extract(ArticleContext context) {
        List<Mention> out = new ArrayList<>();
        for (Sentence sentence : context.sentences()) {
            String text = TraditionalFolding.fold(sentence.text());
            for (AmountScanner.Phrase<PercentUnits.Unit> p : joinPrefixedRanges(text, scanner.scan(text))) {
                BigDecimal f = p.unit().factor();
                BigDecimal tenth = p.max() == null && TENTHS.equals(p.unitSurface()) ? tenthAfter(text, p.end()) : null;
                BigDecimal value = p.value().multiply(f).add(tenth == null ? BigDecimal.ZERO : tenth);
                Amount a = new Amount(value, p.max() == null ? null : p.max().multiply(f),
                        p.unit().unit(), "", p.qualifier(), null, "");
                int end = tenth == null ? p.end() : p.end() + 1;
                out.add(context.mention(MentionType.PERCENT, sentence, p.start(), end, a, name()));
            }
            out.addAll(twoDigitDiscounts(context, sentence, text));
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

    /**
     * Two phrases whose unit is written before the number, joined by one connector, as one range
     * ({@code 百分之五到百分之八} → 5..8 %); the scanner reads a range only with the unit after it (5%到8%).
     */
    private static List<AmountScanner.Phrase<PercentUnits.Unit>> joinPrefixedRanges(String text,
            List<AmountScanner.Phrase<PercentUnits.Unit>> phrases) {
        List<AmountScanner.Phrase<PercentUnits.Unit>> out = new ArrayList<>(phrases.size());
        for (int i = 0; i < phrases.size(); i++) {
            AmountScanner.Phrase<PercentUnits.Unit> p = phrases.get(i);
            AmountScanner.Phrase<PercentUnits.Unit> q = i + 1 < phrases.size() ? phrases.get(i + 1) : null;
            boolean prefixed = q != null && p.start() < p.number().start() && q.start() < q.number().start();
            if (prefixed && p.max() == null && q.max() == null && p.unit().equals(q.unit())
                    && RANGE_CONNECTORS.contains(text.substring(p.end(), q.start())) && p.value().compareTo(q.value()) < 0) {
                out.add(new AmountScanner.Phrase<>(p.start(), q.end(), p.unit(), p.unitSurface(), p.value(), q.value(),
                        "", Qualifier.RANGE, q.number()));
                i++;
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** {@code 八五折} → 85 discount; not {@code 七八折} (the second digit the first plus one: vague), nor 折 in a word (八五折扣). */
    private List<Mention> twoDigitDiscounts(ArticleContext context, Sentence sentence, String text) {
        List<Mention> out = new ArrayList<>();
        if (text.indexOf('折') < 0) {
            return out;
        }
        Matcher m = TWO_DIGIT_DISCOUNT.matcher(text);
        while (m.find()) {
            int first = ChineseNumerals.value(m.group(1)).orElseThrow().intValue();
            int second = ChineseNumerals.value(m.group(2)).orElseThrow().intValue();
            var unit = PercentUnits.standard().after(text, m.end() - 1).orElseThrow();
            AmountScanner.Token digit = new AmountScanner.Token(m.start(2), m.end(2), m.group(2),
                    ChineseNumerals.parse(m.group(2)).orElseThrow());
            if (second == first + 1 || !PercentUnits.standard().accepts(text, digit, unit)) {
                continue;
            }
            Qualifier q = Qualifiers.standard().before(text, m.start()).map(Qualifiers.Match::qualifier).orElse(Qualifier.NONE);
            Amount a = new Amount(BigDecimal.valueOf(first * 10L + second), null, unit.unit().unit(), "", q, null, "");
            out.add(context.mention(MentionType.PERCENT, sentence, m.start(), m.end(), a, name()));
        }
        return out;
    }
}
