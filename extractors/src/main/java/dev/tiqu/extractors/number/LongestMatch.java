package dev.tiqu.extractors.number;

import java.util.BitSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable dictionary of surface strings matched longest-first at a position of a text.
 *
 * <p>Example: with {@code 千瓦} and {@code 千瓦时}, {@code startingAt("150千瓦时", 3)} finds
 * {@code 千瓦时}.
 *
 * @param <V> what a surface maps to
 */
public final class LongestMatch<V> {

    private final Map<String, V> entries;
    private final int maxLength;
    /** First and last characters of the surfaces: a position without one has no match (never modified). */
    private final BitSet firstChars = new BitSet();
    private final BitSet lastChars = new BitSet();

    public LongestMatch(Map<String, V> entries) {
        this.entries = Map.copyOf(entries);
        this.maxLength = entries.keySet().stream().mapToInt(String::length).max().orElse(0);
        for (String surface : this.entries.keySet()) {
            if (!surface.isEmpty()) {
                firstChars.set(surface.charAt(0));
                lastChars.set(surface.charAt(surface.length() - 1));
            }
        }
    }

    /** A surface found in a text: {@code [start, end)} and the entry it names. */
    public record Hit<V>(String surface, V value, int start, int end) {
        public Hit {
            Objects.requireNonNull(surface, "surface");
            Objects.requireNonNull(value, "value");
        }
    }

    /** The longest surface beginning at {@code pos}, if any. */
    public Optional<Hit<V>> startingAt(CharSequence text, int pos) {
        if (pos >= 0 && pos < text.length() && !firstChars.get(text.charAt(pos))) {
            return Optional.empty();
        }
        for (int len = Math.min(maxLength, text.length() - pos); len > 0; len--) {
            String s = text.subSequence(pos, pos + len).toString();
            V v = entries.get(s);
            if (v != null) {
                return Optional.of(new Hit<>(s, v, pos, pos + len));
            }
        }
        return Optional.empty();
    }

    /** The longest surface ending at {@code pos} (exclusive), if any. */
    public Optional<Hit<V>> endingAt(CharSequence text, int pos) {
        if (pos > 0 && pos <= text.length() && !lastChars.get(text.charAt(pos - 1))) {
            return Optional.empty();
        }
        for (int len = Math.min(maxLength, pos); len > 0; len--) {
            String s = text.subSequence(pos - len, pos).toString();
            V v = entries.get(s);
            if (v != null) {
                return Optional.of(new Hit<>(s, v, pos - len, pos));
            }
        }
        return Optional.empty();
    }

    public boolean contains(String surface) {
        return entries.containsKey(surface);
    }
}
