package dev.tiqu.extractors.ner;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Lexicon entries grouped by one of their characters, each group keeping the lexicon's order, so
 * that a scan tries only the entries that can match at a position instead of the whole lexicon.
 * Immutable. Example: {@code byLast(["市委书记", "书记", "市长"]).get('记') → [市委书记, 书记]}.
 */
final class CharIndex<T> {

    private final Map<Character, List<T>> groups;
    /** The characters that have a group: most characters of a text have none. */
    private final BitSet keys = new BitSet();

    private CharIndex(Map<Character, List<T>> groups) {
        Map<Character, List<T>> copy = new HashMap<>();
        groups.forEach((c, list) -> {
            copy.put(c, List.copyOf(list));
            keys.set(c);
        });
        this.groups = Map.copyOf(copy);
    }

    /** Entries grouped by their first character. */
    static <T> CharIndex<T> byFirst(List<T> entries, Function<T, String> text) {
        Map<Character, List<T>> groups = new HashMap<>();
        for (T e : entries) {
            String s = text.apply(e);
            if (!s.isEmpty()) {
                groups.computeIfAbsent(s.charAt(0), k -> new ArrayList<>()).add(e);
            }
        }
        return new CharIndex<>(groups);
    }

    /** Entries grouped by their last character. */
    static <T> CharIndex<T> byLast(List<T> entries, Function<T, String> text) {
        Map<Character, List<T>> groups = new HashMap<>();
        for (T e : entries) {
            String s = text.apply(e);
            if (!s.isEmpty()) {
                groups.computeIfAbsent(s.charAt(s.length() - 1), k -> new ArrayList<>()).add(e);
            }
        }
        return new CharIndex<>(groups);
    }

    /** Entries grouped under every distinct character they contain. */
    static <T> CharIndex<T> byAnyChar(List<T> entries, Function<T, String> text) {
        Map<Character, List<T>> groups = new HashMap<>();
        for (T e : entries) {
            text.apply(e).chars().distinct()
                    .forEach(c -> groups.computeIfAbsent((char) c, k -> new ArrayList<>()).add(e));
        }
        return new CharIndex<>(groups);
    }

    /** The entries filed under {@code c}, in lexicon order; empty if none. */
    List<T> get(char c) {
        return keys.get(c) ? groups.get(c) : List.of();
    }
}
