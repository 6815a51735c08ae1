package dev.tiqu.core.text;

import java.util.Arrays;

/**
 * Text derived from an original document, each character remembering the original range it
 * came from. Cleaning, line joining and slicing all produce {@code AlignedText}, so any span in
 * derived text maps back to the original with {@link #toOriginal(int, int)}.
 *
 * <p>Immutable and thread-safe. Example: the original {@code "11 月 22 日"} cleaned to
 * {@code "11月22日"} maps the cleaned span [0, 6) back to the original span [0, 9).
 */
public final class AlignedText implements CharSequence {

    private final String text;
    private final int[] originalStart;
    private final int[] originalEnd;

    private AlignedText(String text, int[] originalStart, int[] originalEnd) {
        this.text = text;
        this.originalStart = originalStart;
        this.originalEnd = originalEnd;
    }

    /** The identity alignment of an original text onto itself. */
    public static AlignedText of(String original) {
        int n = original.length();
        int[] s = new int[n];
        int[] e = new int[n];
        for (int i = 0; i < n; i++) {
            s[i] = i;
            e[i] = i + 1;
        }
        return new AlignedText(original, s, e);
    }

    public String text() {
        return text;
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        return text.charAt(index);
    }

    @Override
    public AlignedText subSequence(int start, int end) {
        return new AlignedText(text.substring(start, end),
                Arrays.copyOfRange(originalStart, start, end),
                Arrays.copyOfRange(originalEnd, start, end));
    }

    /** Original offset where character {@code index} of this text came from. */
    public int originalStart(int index) {
        return originalStart[index];
    }

    /** Original offset just after character {@code index} of this text. */
    public int originalEnd(int index) {
        return originalEnd[index];
    }

    /**
     * Maps the half-open range {@code [start, end)} of this text to the original text.
     * An empty range maps to an empty span at the original position of {@code start}.
     */
    public Span toOriginal(int start, int end) {
        if (start < 0 || end > text.length() || end < start) {
            throw new IndexOutOfBoundsException("[" + start + ", " + end + ") of " + text.length());
        }
        if (start == end) {
            int at = start < text.length() ? originalStart[start]
                    : (text.isEmpty() ? 0 : originalEnd[text.length() - 1]);
            return new Span(at, at);
        }
        return new Span(originalStart[start], Math.max(originalStart[start], originalEnd[end - 1]));
    }

    /** The span of the whole text in the original, empty if this text is empty. */
    public Span originalSpan() {
        return toOriginal(0, text.length());
    }

    @Override
    public String toString() {
        return text;
    }

    public static Builder builder(int capacity) {
        return new Builder(capacity);
    }

    /** Builds derived text one character at a time, each with its original range. */
    public static final class Builder {
        private final StringBuilder text;
        private int[] starts;
        private int[] ends;

        private Builder(int capacity) {
            int c = Math.max(16, capacity);
            text = new StringBuilder(c);
            starts = new int[c];
            ends = new int[c];
        }

        public int length() {
            return text.length();
        }

        public char lastChar() {
            return text.charAt(text.length() - 1);
        }

        /** Appends {@code c} as coming from the original range {@code [origStart, origEnd)}. */
        public Builder append(char c, int origStart, int origEnd) {
            int i = text.length();
            if (i == starts.length) {
                int n = Math.max(16, i * 2);
                starts = Arrays.copyOf(starts, n);
                ends = Arrays.copyOf(ends, n);
            }
            text.append(c);
            starts[i] = origStart;
            ends[i] = origEnd;
            return this;
        }

        /** Appends character {@code index} of {@code source} with its alignment. */
        public Builder append(AlignedText source, int index) {
            return append(source.charAt(index), source.originalStart(index), source.originalEnd(index));
        }

        /** Appends {@code replacement} in place of character {@code index} of {@code source}. */
        public Builder appendReplacing(char replacement, AlignedText source, int index) {
            return append(replacement, source.originalStart(index), source.originalEnd(index));
        }

        /** Appends the range {@code [start, end)} of {@code source} with its alignment. */
        public Builder append(AlignedText source, int start, int end) {
            for (int i = start; i < end; i++) {
                append(source, i);
            }
            return this;
        }

        /** Removes the last {@code n} characters. */
        public Builder truncate(int n) {
            text.setLength(text.length() - n);
            return this;
        }

        public AlignedText build() {
            int n = text.length();
            return new AlignedText(text.toString(), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
        }
    }
}
