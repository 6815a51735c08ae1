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
        // parallel arrays: character i of the text and its original range [starts[i], ends[i])
        private char[] chars;
        private int[] starts;
        private int[] ends;
        private int length;

        private Builder(int capacity) {
            int c = Math.max(16, capacity);
            chars = new char[c];
            starts = new int[c];
            ends = new int[c];
        }

        public int length() {
            return length;
        }

        public char lastChar() {
            if (length == 0) {
                throw new StringIndexOutOfBoundsException("index -1, length 0");
            }
            return chars[length - 1];
        }

        /** Makes room for {@code extra} more characters. */
        private void reserve(int extra) {
            if (length + extra > chars.length) {
                int n = Math.max(Math.max(16, length * 2), length + extra);
                chars = Arrays.copyOf(chars, n);
                starts = Arrays.copyOf(starts, n);
                ends = Arrays.copyOf(ends, n);
            }
        }

        /** Appends {@code c} as coming from the original range {@code [origStart, origEnd)}. */
        public Builder append(char c, int origStart, int origEnd) {
            reserve(1);
            chars[length] = c;
            starts[length] = origStart;
            ends[length] = origEnd;
            length++;
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
            if (start >= end) {
                return this;
            }
            if (start < 0 || end > source.length()) {
                throw new StringIndexOutOfBoundsException("[" + start + ", " + end + ") of " + source.length());
            }
            int n = end - start;
            reserve(n);
            source.text.getChars(start, end, chars, length);
            System.arraycopy(source.originalStart, start, starts, length, n);
            System.arraycopy(source.originalEnd, start, ends, length, n);
            length += n;
            return this;
        }

        /** Removes the last {@code n} characters. */
        public Builder truncate(int n) {
            if (n < 0 || n > length) {
                throw new StringIndexOutOfBoundsException("truncate " + n + " of " + length);
            }
            length -= n;
            return this;
        }

        public AlignedText build() {
            return new AlignedText(new String(chars, 0, length), Arrays.copyOf(starts, length), Arrays.copyOf(ends, length));
        }
    }
}
