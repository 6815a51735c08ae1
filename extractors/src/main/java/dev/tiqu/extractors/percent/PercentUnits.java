package dev.tiqu.extractors.percent;

import dev.tiqu.core.Lexicon;
import dev.tiqu.extractors.number.AmountScanner;
import dev.tiqu.extractors.number.ChineseNumerals;
import dev.tiqu.extractors.number.LongestMatch;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The units of PERCENT, from {@code percent/units.tsv}: {@code %}, {@code 个百分点} (pp),
 * {@code 百分之}, {@code 千分之}, {@code 万分之}, {@code 成} (tenths, only after one digit and not in
 * words like 成为, 成果) and {@code 折} (a discount, unit {@code discount}: 打七折 → 70).
 *
 * <p>A unit written before the number is not one after a numeral ({@code 十百分之三} is a fraction of a
 * fraction, not 3 %). Example: {@code 八成 → 80 %}; {@code 千分之五 → 0.5 %}; {@code 万分之三 → 0.03 %}.
 * Immutable and thread-safe.
 */
public final class PercentUnits implements AmountScanner.Units<PercentUnits.Unit> {

    private static final String RESOURCE = "/dev/tiqu/extractors/percent/units.tsv";
    private static final PercentUnits STANDARD = new PercentUnits();
    private static final String ONE_DIGIT = "一二两三四五六七八九十";
    /** An Arabic digit, with at most one decimal: 8成, 8.5成, 6.5折. */
    private static final Pattern ONE_ARABIC_DIGIT = Pattern.compile("[1-9](?:\\.\\d)?");

    /**
     * A percent unit.
     *
     * @param unit   {@code %} or {@code pp}
     * @param factor what one of it is in {@code unit} (成 → 10)
     */
    public record Unit(String unit, BigDecimal factor, boolean oneDigit, List<String> notBefore) {
    }

    private final LongestMatch<Unit> after;
    private final LongestMatch<Unit> before;

    private PercentUnits() {
        Map<String, Unit> post = new HashMap<>();
        Map<String, Unit> pre = new HashMap<>();
        for (String line : Lexicon.lines(RESOURCE)) {
            String[] f = line.split("\t", -1);
            if (f.length < 4) {
                throw new IllegalStateException("expected surface, unit, factor, position in " + RESOURCE + ": " + line);
            }
            boolean oneDigit = f.length > 4 && f[4].strip().equals("digit");
            List<String> notBefore = f.length > 5 && !f[5].isBlank()
                    ? List.copyOf(Arrays.asList(f[5].strip().split(","))) : List.of();
            Unit u = new Unit(f[1].strip(), new BigDecimal(f[2].strip()), oneDigit, notBefore);
            switch (f[3].strip()) {
                case "after" -> post.put(f[0].strip(), u);
                case "before" -> pre.put(f[0].strip(), u);
                default -> throw new IllegalStateException("position must be after or before: " + line);
            }
        }
        this.after = new LongestMatch<>(post);
        this.before = new LongestMatch<>(pre);
    }

    /** The lexicon shipped with tiqu, loaded once. */
    public static PercentUnits standard() {
        return STANDARD;
    }

    @Override
    public Optional<AmountScanner.UnitHit<Unit>> after(String text, int pos) {
        return after.startingAt(text, pos).map(h -> new AmountScanner.UnitHit<>(h.value(), h.start(), h.end()));
    }

    @Override
    public Optional<AmountScanner.UnitHit<Unit>> before(String text, int pos) {
        return before.endingAt(text, pos)
                .filter(h -> h.start() == 0 || !ChineseNumerals.isNumeralChar(text.charAt(h.start() - 1)))
                .map(h -> new AmountScanner.UnitHit<>(h.value(), h.start(), h.end()));
    }

    /** Whether a numeral is one digit, Chinese or Arabic (with at most one decimal): 八, 8, 8.5. */
    private static boolean oneDigit(String numeral) {
        return numeral.length() == 1 && ONE_DIGIT.indexOf(numeral.charAt(0)) >= 0
                || ONE_ARABIC_DIGIT.matcher(numeral).matches();
    }

    @Override
    public boolean accepts(String text, AmountScanner.Token number, AmountScanner.UnitHit<Unit> hit) {
        Unit u = hit.unit();
        if (u.oneDigit() && !oneDigit(number.text())) {
            return false;
        }
        for (String nb : u.notBefore()) {
            if (text.startsWith(nb, hit.end())) {
                return false;
            }
        }
        return true;
    }
}
