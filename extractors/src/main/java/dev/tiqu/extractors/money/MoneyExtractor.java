package dev.tiqu.extractors.money;

import dev.tiqu.core.Lexicon;
import dev.tiqu.core.mention.Amount;
import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.mention.Qualifier;
import dev.tiqu.core.pipeline.ArticleContext;
import dev.tiqu.core.pipeline.Extractor;
import dev.tiqu.core.text.Sentence;
import dev.tiqu.extractors.TraditionalFolding;
import dev.tiqu.extractors.number.AmountScanner;
import dev.tiqu.extractors.number.LongestMatch;
import dev.tiqu.extractors.number.Qualifiers;
import dev.tiqu.extractors.number.Rates;
import dev.tiqu.extractors.quantity.QuantityUnits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds MONEY mentions: a number with a currency (元, 美元, 人民币…), unit = ISO code, value in
 * the currency's base unit, with range, rate (per) and qualifier; and a bare 万/亿 number
 * where a money word next to it makes it money ({@code money/context.tsv}).
 *
 * <p>Examples: {@code 2849.529万元 → 28495290 CNY}; {@code 不低于90元/月/人 → 90 CNY per 月/人
 * AT_LEAST}; {@code 5-10万元 → 50000..100000 CNY RANGE}; {@code 省下20万物业费 → 200000 CNY}.
 */
public final class MoneyExtractor implements Extractor {

    private static final String CONTEXT = "/dev/tiqu/extractors/money/context.tsv";
    private static final String SUBUNITS = "/dev/tiqu/extractors/money/subunits.tsv";
    /** How many characters may stand between a money word and the bare number after it. */
    private static final int CONTEXT_GAP = 3;
    private static final String GAP_STOPS = "，。；：、,;:！？!?（）()“”\"《》";

    private final AmountScanner<String> scanner = new AmountScanner<>(Currencies.standard(), true);
    private final LongestMatch<Boolean> contextBefore;
    private final LongestMatch<Boolean> contextAfter;
    private final LongestMatch<Boolean> contextAfterYi;
    private final SpokenMoney spoken;
    private final LongestMatch<BigDecimal> subunits;

    public MoneyExtractor() {
        Map<String, Boolean> pre = new HashMap<>();
        Map<String, Boolean> post = new HashMap<>();
        Map<String, Boolean> postYi = new HashMap<>();
        for (String line : Lexicon.lines(CONTEXT)) {
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new IllegalStateException("expected word, before|after|after_yi in " + CONTEXT + ": " + line);
            }
            switch (f[1].strip()) {
                case "before" -> pre.put(f[0].strip(), Boolean.TRUE);
                case "after" -> post.put(f[0].strip(), Boolean.TRUE);
                case "after_yi" -> postYi.put(f[0].strip(), Boolean.TRUE);
                default -> throw new IllegalStateException("position must be before, after or after_yi: " + line);
            }
        }
        this.contextBefore = new LongestMatch<>(pre);
        this.contextAfter = new LongestMatch<>(post);
        this.contextAfterYi = new LongestMatch<>(postYi);
        Map<String, BigDecimal> subs = new HashMap<>();
        Lexicon.pairs(SUBUNITS).forEach((word, yuan) -> subs.put(word, new BigDecimal(yuan)));
        this.subunits = new LongestMatch<>(subs);
        this.spoken = new SpokenMoney(subunits);
    }

    @Override
    public String name() {
        return "money";
    }

    @Override
    public List<Mention> extract(ArticleContext context) {
        List<Mention> out = new ArrayList<>();
        for (Sentence sentence : context.sentences()) {
            String text = TraditionalFolding.fold(sentence.text());
            List<AmountScanner.Phrase<String>> phrases = scanner.scan(text);
            for (AmountScanner.Phrase<String> p : phrases) {
                Change change = change(text, p);
                BigDecimal value = change == null ? p.value() : p.value().add(change.yuan());
                int end = change == null ? closedByWhole(text, p) : change.end();
                Amount a = new Amount(value, p.max(), p.unit(), p.per(), p.qualifier(), null, "");
                out.add(context.mention(MentionType.MONEY, sentence, p.start(), end, a, name()));
            }
            for (AmountScanner.Token t : AmountScanner.numerals(text)) {
                if (covered(phrases, t)) {
                    continue;
                }
                Optional<SpokenMoney.Reading> said = !spoken.mayFollow(text, t.end()) ? Optional.empty()
                        : spoken.letter(text, t).filter(r -> moneyWordBefore(text, t.start()))
                                .or(() -> spoken.kuai(text, t, moneyWordBefore(text, t.start(), 0)));
                if (said.isPresent() || bareMoney(text, t)) {
                    int end = said.map(SpokenMoney.Reading::end).orElse(t.end());
                    BigDecimal value = said.map(SpokenMoney.Reading::yuan).orElse(t.numeral().value());
                    out.add(context.mention(MentionType.MONEY, sentence, t.start(), end,
                            bareAmount(text, t, end, value), name()));
                }
            }
        }
        return out;
    }

    /** A number read as yuan with no currency written: its qualifier and rate from the words around it. */
    private static Amount bareAmount(String text, AmountScanner.Token t, int end, BigDecimal value) {
        Optional<Qualifiers.Match> before = Qualifiers.standard().before(text, t.start());
        Optional<Qualifiers.Match> after = Qualifiers.standard().after(text, end);
        Qualifier q = before.map(Qualifiers.Match::qualifier)
                .or(() -> after.map(Qualifiers.Match::qualifier))
                .orElse(t.numeral().marker());
        String per = Rates.standard().before(text, before.map(Qualifiers.Match::start).orElse(t.start()));
        return new Amount(value, null, "CNY", per, q, null, "");
    }

    /** Subunits of the yuan written after an amount: their value in yuan and where they end. */
    private record Change(BigDecimal yuan, int end) {
    }

    /**
     * The 角 and 分 written right after a whole amount in yuan ({@code 4元8角}, {@code 1元5角6分}), or
     * null: only after 元 closing the phrase (no rate after it), with no range.
     */
    private Change change(String text, AmountScanner.Phrase<String> p) {
        String surface = p.unitSurface();
        if (!"CNY".equals(p.unit()) || p.max() != null
                || !surface.equals("元") || p.end() != p.number().end() + 1) {
            return null;
        }
        BigDecimal yuan = BigDecimal.ZERO;
        int pos = p.end();
        while (pos + 1 < text.length() && Character.isDigit(text.charAt(pos))) {
            Optional<BigDecimal> sub = subunits.startingAt(text, pos + 1).map(LongestMatch.Hit::value);
            if (sub.isEmpty()) {
                break;
            }
            yuan = yuan.add(sub.get().multiply(BigDecimal.valueOf(text.charAt(pos) - '0')));
            pos += 2;
        }
        boolean minutes = text.startsWith("钟", pos); // 5元3分钟: a duration follows, not 3 分
        return pos == p.end() || minutes ? null : new Change(yuan, pos);
    }

    /**
     * The end of {@code p}, past the 整 that closes an amount written out on a cheque or contract
     * ({@code 伍拾万元整}, {@code 壹佰贰拾万圆整}); not before a word (100元整理).
     */
    private static int closedByWhole(String text, AmountScanner.Phrase<String> p) {
        int end = p.end();
        boolean yuan = "CNY".equals(p.unit()) && p.end() == p.number().end() + 1 && "元圆".indexOf(text.charAt(end - 1)) >= 0;
        if (yuan && text.startsWith("整", end) && (end + 1 == text.length() || !Character.isLetter(text.charAt(end + 1)))) {
            return end + 1;
        }
        return end;
    }

    private static boolean covered(List<AmountScanner.Phrase<String>> phrases, AmountScanner.Token t) {
        for (AmountScanner.Phrase<String> p : phrases) {
            if (t.start() < p.end() && p.start() < t.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A 万/亿 number without a unit is money when a money word follows it (20万物业费) or
     * stands just before it (投资20万, 资金约1.2亿) and no other unit follows; a 千 number only
     * right after the money word (月薪四千五, 奖金3千).
     */
    private boolean bareMoney(String text, AmountScanner.Token t) {
        boolean large = t.text().indexOf('万') >= 0 || t.text().indexOf('亿') >= 0;
        if (!large && t.text().indexOf('千') < 0 && t.text().indexOf('仟') < 0) {
            return false;
        }
        if (contextAfter.startingAt(text, t.end()).isPresent()
                || t.text().indexOf('亿') >= 0 && contextAfterYi.startingAt(text, t.end()).isPresent()) {
            return true;
        }
        if (t.end() < text.length()) {
            char next = text.charAt(t.end());
            if (QuantityUnits.standard().startsAt(text, t.end()) || Character.isLetterOrDigit(next) && next < 128
                    || "%％成".indexOf(next) >= 0) {
                return false;
            }
        }
        return large ? moneyWordBefore(text, t.start()) : moneyWordBefore(text, t.start(), 0);
    }

    /** Whether a money word stands a few characters before the number at {@code start} (投资20万, 资金约1.2亿). */
    private boolean moneyWordBefore(String text, int start) {
        return moneyWordBefore(text, start, CONTEXT_GAP);
    }

    private boolean moneyWordBefore(String text, int start, int maxGap) {
        int pos = Qualifiers.standard().before(text, start).map(Qualifiers.Match::start).orElse(start);
        for (int gap = 0; gap <= maxGap && pos - gap > 0; gap++) {
            if (gap > 0 && GAP_STOPS.indexOf(text.charAt(pos - gap)) >= 0) {
                break;
            }
            if (contextBefore.endingAt(text, pos - gap).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
