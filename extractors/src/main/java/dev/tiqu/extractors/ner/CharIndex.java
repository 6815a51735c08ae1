package dev.tiqu.extractors.ner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Lexicon entries grouped by one of their characters, each group keeping the lexicon's order, so
 * that a scan tries only the entries that can match at a position instead of the whole lexicon.
 * Immutable (a direct table over all UTF-16 characters, about 256 KB). Example:
 * {@code byLast(["市委书记", "书记", "市长"]).get('记') → [市委书记, 书记]}.
 */
final class CharIndex<T> {

    /** The group of every UTF-16 character, null when none: a direct table, one load per lookup. */
    private final List<T>[] groups;

    @SuppressWarnings("unchecked")
    private CharIndex(Map<Character, List<T>> groups) {
        this.groups = new List[Character.MAX_VALUE + 1];
        groups.forEach((c, list) -> this.groups[c] = List.copyOf(list));
    }

    /** Entries grouped by their first character. */
    static <T> CharIndex<T> byFirst(List<T> entries, Function<T, String> text) {
        Map<Character, List<T>> groups = new LinkedHashMap<>();
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
        Map<Character, List<T>> groups = new LinkedHashMap<>();
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
        Map<Character, List<T>> groups = new LinkedHashMap<>();
        for (T e : entries) {
            text.apply(e).chars().distinct()
                    .forEach(c -> groups.computeIfAbsent((char) c, k -> new ArrayList<>()).add(e));
        }
        return new CharIndex<>(groups);
    }

    /** The entries filed under {@code c}, in lexicon order; empty if none. */
    List<T> get(char c) {
        List<T> group = groups[c];
        return group == null ? List.of() : group;
    }
}
