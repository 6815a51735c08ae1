package dev.tiqu.text;

import java.util.Arrays;

/**
 * How much a title resembles a body: the share of the title's distinct Han (and digit)
 * character bigrams found in the body. {@code coverage(bigrams("地铁6号线东延段"),
 * BodyBigrams.of("长沙地铁6号线东延段开始试运行"))} is 1.0.
 *
 * <p>Stateless; {@link BodyBigrams} are immutable once built.
 */
final class TitleSimilarity {

    private TitleSimilarity() {
    }

    /** The distinct bigrams of a title, each packed into an int, sorted. */
    static int[] bigrams(String s) {
        int[] out = new int[Math.max(0, s.length() - 1)];
        int n = 0;
        for (int i = 0; i + 1 < s.length(); i++) {
            char a = s.charAt(i);
            char b = s.charAt(i + 1);
            if (isBigramChar(a) && isBigramChar(b)) {
                out[n++] = a << 16 | b;
            }
        }
        Arrays.sort(out, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || out[i] != out[distinct - 1]) {
                out[distinct++] = out[i];
            }
        }
        return Arrays.copyOf(out, distinct);
    }

    /** The share of the title's bigrams found in the body; 0 for a title of fewer than two bigrams. */
    static double coverage(int[] title, BodyBigrams body) {
        if (title.length < 2 || body == null || body.isEmpty()) {
            return 0;
        }
        int hit = 0;
        for (int b : title) {
            if (body.contains(b)) {
                hit++;
            }
        }
        return hit / (double) title.length;
    }

    private static boolean isBigramChar(char c) {
        return TextCleaner.isHan(c) || Character.isDigit(c);
    }

    /**
     * The distinct bigrams of a body, packed as in {@link #bigrams}, for membership tests. A
     * hash set (open addressing, linear probing): bodies are long, and building it takes one
     * pass where sorting the bigrams took most of the assembly's time.
     */
    static final class BodyBigrams {
        private final int[] slots; // 0 marks a free slot: no bigram packs to 0
        private final int size;

        private BodyBigrams(int[] slots, int size) {
            this.slots = slots;
            this.size = size;
        }

        static BodyBigrams of(CharSequence s) {
            int capacity = 16;
            while (capacity < 2 * s.length()) {
                capacity <<= 1;
            }
            int[] slots = new int[capacity];
            int size = 0;
            for (int i = 0; i + 1 < s.length(); i++) {
                char a = s.charAt(i);
                char b = s.charAt(i + 1);
                if (isBigramChar(a) && isBigramChar(b)) {
                    int bigram = a << 16 | b;
                    int slot = find(slots, bigram);
                    if (slots[slot] == 0) {
                        slots[slot] = bigram;
                        size++;
                    }
                }
            }
            return new BodyBigrams(slots, size);
        }

        boolean isEmpty() {
            return size == 0;
        }

        boolean contains(int bigram) {
            return slots[find(slots, bigram)] == bigram;
        }

        /** The slot holding {@code bigram}, or the free slot where it would go. */
        private static int find(int[] slots, int bigram) {
            int mask = slots.length - 1;
            int h = bigram * 0x9E3779B9;
            int slot = (h ^ h >>> 16) & mask;
            while (slots[slot] != 0 && slots[slot] != bigram) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }
    }
}
