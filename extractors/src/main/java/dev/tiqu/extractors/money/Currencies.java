package dev.tiqu.extractors.money;

import dev.tiqu.core.Lexicon;
import dev.tiqu.extractors.number.AmountScanner;
import dev.tiqu.extractors.number.ChineseNumerals;
import dev.tiqu.extractors.number.LongestMatch;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The currency words of MONEY, from {@code money/currencies.tsv}: written after the number
 * (元, 美元, 港币…) or before it (人民币, ¥, US$, 港币), each mapped to its ISO 4217 code; a generic
 * word after the number (元) takes the currency written before it.
 *
 * <p>Example: {@code 100美元} has the unit USD, {@code 港币100元} HKD; {@code 3元素} has none (元素 is a word).
 * Immutable and thread-safe.
 */
public final class Currencies implements AmountScanner.Units<String> {

    private static final String RESOURCE = "/dev/tiqu/extractors/money/currencies.tsv";
    private static final Currencies STANDARD = new Currencies();

    private final LongestMatch<String> after;
    private final LongestMatch<String> before;
    private final Map<String, List<String>> notBefore = new HashMap<>();
    /** Words that name money in general after a number: with a currency written before it, that currency (港币100元). */
    private final Set<String> generic = new HashSet<>();

    private Currencies() {
        Map<String, String> post = new HashMap<>();
        Map<String, String> pre = new HashMap<>();
        for (String line : Lexicon.lines(RESOURCE)) {
            String[] f = line.split("\t", -1);
            if (f.length < 3) {
                throw new IllegalStateException("expected surface, code, position in " + RESOURCE + ": " + line);
            }
            String surface = f[0].strip();
            switch (f[2].strip()) {
                case "after" -> post.put(surface, f[1].strip());
                case "before" -> pre.put(surface, f[1].strip());
                case "generic" -> generic.add(surface);
                default -> throw new IllegalStateException("position must be after, before or generic: " + line);
            }
            if (f.length > 3 && !f[3].isBlank()) {
                notBefore.put(surface, List.copyOf(Arrays.asList(f[3].strip().split(","))));
            }
        }
        this.after = new LongestMatch<>(post);
        this.before = new LongestMatch<>(pre);
    }

    /** The lexicon shipped with tiqu, loaded once. */
    public static Currencies standard() {
        return STANDARD;
    }

    @Override
    public Optional<AmountScanner.UnitHit<String>> after(String text, int pos) {
        return after.startingAt(text, pos).map(h -> new AmountScanner.UnitHit<>(h.value(), h.start(), h.end()));
    }

    @Override
    public Optional<AmountScanner.UnitHit<String>> before(String text, int pos) {
        return before.endingAt(text, pos).map(h -> new AmountScanner.UnitHit<>(h.value(), h.start(), h.end()));
    }

    @Override
    public Optional<String> between(String text, AmountScanner.UnitHit<String> before, AmountScanner.UnitHit<String> after) {
        return generic.contains(text.substring(after.start(), after.end())) ? Optional.of(before.unit()) : Optional.empty();
    }

    @Override
    public boolean accepts(String text, AmountScanner.Token number, AmountScanner.UnitHit<String> unit) {
        boolean writtenBefore = unit.end() <= number.start();
        if (writtenBefore && unit.start() > 0 && ChineseNumerals.isNumeralChar(text.charAt(unit.start() - 1))) {
            return false; // 100美元一台: the currency closes the amount before it
        }
        String surface = text.substring(unit.start(), unit.end());
        for (String nb : notBefore.getOrDefault(surface, List.of())) {
            if (text.startsWith(nb, unit.end())) {
                return false;
            }
        }
        return true;
    }
}
