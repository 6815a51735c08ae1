package dev.tiqu.formats.input;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Reads the rows of a JSON Lines or CSV stream one at a time, in constant memory: a 5 GB
 * file is never held whole. The stream is UTF-8 with or without a byte order mark;
 * undecodable bytes become U+FFFD. A malformed row is returned with its problem and reading
 * goes on with the next row (a CSV quote left open reaches the end of the file: it ends the
 * reading with one malformed row). Example:
 * {@code try (RecordReader r = RecordReader.open(in, RecordReader.Format.JSONL, RecordFields.DEFAULT)) { r.forEachRemaining(…); }}
 *
 * <p>Not thread-safe: one consumer.
 */
public abstract class RecordReader implements Iterator<InputRecord>, Closeable {

    /** The record formats. */
    public enum Format {
        /** One JSON object per line. */
        JSONL,
        /** RFC 4180 CSV with a header row naming the columns. */
        CSV;

        /** The format of a command-line name, {@code jsonl} or {@code csv}. */
        public static Format of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    private InputRecord next;
    private boolean done;

    /** Opens a reader over {@code in}; closing the reader closes {@code in}. */
    public static RecordReader open(InputStream in, Format format, RecordFields fields) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
        Reader text = withoutByteOrderMark(reader);
        return format == Format.JSONL ? new JsonLinesReader(text, fields) : new CsvRecordReader(text, fields);
    }

    private static Reader withoutByteOrderMark(BufferedReader reader) {
        try {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            return reader;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next row, or null at the end of the stream. */
    protected abstract InputRecord read() throws IOException;

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            try {
                next = read();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            done = next == null;
        }
        return next != null;
    }

    @Override
    public final InputRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        InputRecord out = next;
        next = null;
        return out;
    }

    /** The value of a field, null if absent, empty or not text-like. */
    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
