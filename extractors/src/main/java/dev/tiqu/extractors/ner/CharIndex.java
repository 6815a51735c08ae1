package dev.tiqu.extractors.ner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Lexicon entries grouped by one of their characters, each group keeping the lexicon's order, so
 * that a scan tries only the entries that can match at a position instead of the whole lexicon.
 * Immutable (an open-addressing table of characters). Example:
 * {@code byLast(["市委书记", "书记", "市长"]).get('记') → [市委书记, 书记]}.
 */
final class CharIndex<T> {

    private final char[] keys;
    private final List<List<T>> values;
    private final int mask;

    private CharIndex(Map<Character, List<T>> groups) {
        int size = 8;
        while (size < groups.size() * 4) {
            size <<= 1;
        }
        char[] k = new char[size];
        List<List<T>> v = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            v.add(null);
        }
        mask = size - 1;
        groups.forEach((c, list) -> {
            int i = slot(c);
            while (v.get(i) != null) {
                i = (i + 1) & mask;
            }
            k[i] = c;
            v.set(i, List.copyOf(list));
        });
        keys = k;
        values = v;
    }

    private int slot(char c) {
        return (c * 0x9E37) >>> 4 & mask;
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
        int i = slot(c);
        List<T> group;
        while ((group = values.get(i)) != null) {
            if (keys[i] == c) {
                return group;
            }
            i = (i + 1) & mask;
        }
        return List.of();
    }
}
