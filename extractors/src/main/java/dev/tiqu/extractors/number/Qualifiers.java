package dev.tiqu.extractors.number;

import dev.tiqu.core.Lexicon;
import dev.tiqu.core.mention.Qualifier;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Qualifier words around a number, from the lexicon {@code number/qualifiers.tsv}: words
 * written before it (约, 超过, 不低于…) and after it (以上, 左右, 以内…). A lexicon entry with
 * qualifier {@code none} blocks a shorter word it ends with (节约 is not 约).
 *
 * <p>Example: in {@code 不低于700元/月}, {@code before(text, 3)} is AT_LEAST over {@code [0, 3)}.
 * Immutable and thread-safe.
 */
public final class Qualifiers {

    private static final String RESOURCE = "/dev/tiqu/extractors/number/qualifiers.tsv";
    private static final Qualifiers STANDARD = new Qualifiers(RESOURCE);

    private final LongestMatch<Qualifier> prefixes;
    private final LongestMatch<Qualifier> suffixes;

    /** A qualifier word found at {@code [start, end)}. */
    public record Match(Qualifier qualifier, int start, int end) {
    }

    private Qualifiers(String resource) {
        Map<String, Qualifier> pre = new HashMap<>();
        Map<String, Qualifier> post = new HashMap<>();
        for (String line : Lexicon.lines(resource)) {
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new IllegalStateException("expected word, position, qualifier in " + resource + ": " + line);
            }
            Qualifier q = Qualifier.fromLabel(f[2].strip());
            switch (f[1].strip()) {
                case "before" -> pre.put(f[0].strip(), q);
                case "after" -> post.put(f[0].strip(), q);
                default -> throw new IllegalStateException("position must be before or after in " + resource + ": " + line);
            }
        }
        this.prefixes = new LongestMatch<>(pre);
        this.suffixes = new LongestMatch<>(post);
    }

    /** The lexicon shipped with tiqu, loaded once. */
    public static Qualifiers standard() {
        return STANDARD;
    }

    /** The qualifier word ending at {@code pos} (just before a number), if any and not a blocker. */
    public Optional<Match> before(CharSequence text, int pos) {
        return prefixes.endingAt(text, pos)
                .filter(h -> h.value() != Qualifier.NONE)
                .map(h -> new Match(h.value(), h.start(), h.end()));
    }

    /** The qualifier word starting at {@code pos} (just after a number and its unit), if any. */
    public Optional<Match> after(CharSequence text, int pos) {
        return suffixes.startingAt(text, pos)
                .filter(h -> h.value() != Qualifier.NONE)
                .map(h -> new Match(h.value(), h.start(), h.end()));
    }
}
