package dev.tiqu.names;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * Lexicon entries grouped by one of their characters, each group keeping the lexicon's order, so
 * that a scan tries only the entries that can match at a position instead of the whole lexicon.
 * Immutable: a bitmap of the characters that have entries, then a small hash table. Example:
 * {@code byLast(["市委书记", "书记", "市长"]).get('记') → [市委书记, 书记]}.
 */
final class CharIndex<T> {

    /** One bit per UTF-16 character: whether it has a group (8 KB, stays in cache; most lookups miss). */
    private final long[] present = new long[(Character.MAX_VALUE + 1) / 64];
    /** The groups in a small open-addressing table keyed by character. */
    private final char[] keys;
    private final Object[] groups;
    private final int mask;

    private CharIndex(Map<Character, List<T>> byChar) {
        int size = 8;
        while (size < byChar.size() * 2) {
            size <<= 1;
        }
        keys = new char[size];
        groups = new Object[size];
        mask = size - 1;
        byChar.forEach((c, list) -> {
            present[c >>> 6] |= 1L << c;
            int i = slot(c);
            while (groups[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = c;
            groups[i] = new Group<>(list.toArray());
        });
    }

    private int slot(char c) {
        return (c * 0x9E3779B1) >>> 16 & mask;
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
    @SuppressWarnings("unchecked")
    List<T> get(char c) {
        if ((present[c >>> 6] & 1L << c) == 0) {
            return (List<T>) Group.EMPTY;
        }
        int i = slot(c);
        while (keys[i] != c) {
            i = (i + 1) & mask;
        }
        return (List<T>) groups[i];
    }

    /**
     * One group: an immutable list over an array. Every group, the empty one included, is of
     * this one final class, so the scans' {@code size()} and {@code get(i)} calls see a single
     * receiver type and the JIT compiles them to an array access (the {@code List.copyOf} lists
     * were two classes, and every call site in the rule methods was compiled for both).
     */
    private static final class Group<E> extends AbstractList<E> implements RandomAccess {

        static final Group<Object> EMPTY = new Group<>(new Object[0]);

        private final Object[] entries;

        Group(Object[] entries) {
            this.entries = entries;
        }

        @Override
        @SuppressWarnings("unchecked")
        public E get(int index) {
            return (E) entries[index];
        }

        @Override
        public int size() {
            return entries.length;
        }
    }
}
