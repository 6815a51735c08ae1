package dev.tiqu.extractors.money;

import dev.tiqu.core.Lexicon;
import dev.tiqu.extractors.number.AmountScanner;
import dev.tiqu.extractors.number.LongestMatch;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The currency words of MONEY, from {@code money/currencies.tsv}: written after the number
 * (元, 美元, 港币…) or before it (人民币, ¥, US$), each mapped to its ISO 4217 code.
 *
 * <p>Example: {@code 100美元} has the unit USD; {@code 3元素} has none (元素 is a word).
 * Immutable and thread-safe.
 */
public final class Currencies implements AmountScanner.Units<String> {

    private static final String RESOURCE = "/dev/tiqu/extractors/money/currencies.tsv";
    private static final Currencies STANDARD = new Currencies();

    private final LongestMatch<String> after;
    private final LongestMatch<String> before;
    private final Map<String, List<String>> notBefore = new HashMap<>();

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
                default -> throw new IllegalStateException("position must be after or before: " + line);
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
    public boolean accepts(String text, AmountScanner.Token number, AmountScanner.UnitHit<String> unit) {
        String surface = text.substring(unit.start(), unit.end());
        for (String nb : notBefore.getOrDefault(surface, List.of())) {
            if (text.startsWith(nb, unit.end())) {
                return false;
            }
        }
        return true;
    }
}
