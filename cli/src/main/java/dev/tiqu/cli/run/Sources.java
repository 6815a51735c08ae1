package dev.tiqu.cli.run;

import dev.tiqu.formats.input.InputRecord;
import dev.tiqu.formats.input.RecordFields;
import dev.tiqu.formats.input.RecordReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * The units of work of a run: each input file as a whole (text files), or each row of each
 * input file ({@code --input-format jsonl|csv}), read as they are consumed so that a file of
 * any size streams through in constant memory. A row is named {@code file:line} in run.json;
 * a file that cannot be opened is one item with its problem. Not thread-safe (one consumer).
 */
public final class Sources implements Iterator<Sources.Item>, Closeable {

    /**
     * One unit of work.
     *
     * @param input  the file (or standard input) it comes from, with its problem if it has one
     * @param name   how run.json names it: the path, or {@code path:line} for a row
     * @param record the row, or null for a whole file
     */
    public record Item(Inputs.Input input, String name, InputRecord record) {
    }

    private final Inputs inputs;
    private final RecordReader.Format format;
    private final RecordFields fields;
    private final Supplier<InputStream> standardInput;
    private RecordReader rows;
    private Inputs.Input current;
    private Item next;

    /**
     * @param format        the row format, or null to take each file whole
     * @param standardInput what {@code -} reads
     */
    public Sources(Inputs inputs, RecordReader.Format format, RecordFields fields, Supplier<InputStream> standardInput) {
        this.inputs = inputs;
        this.format = format;
        this.fields = fields;
        this.standardInput = standardInput;
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (rows != null && rows.hasNext()) {
                InputRecord r = rows.next();
                next = new Item(current, current.path() + ":" + r.line(), r);
            } else if (rows != null) {
                closeRows();
            } else if (!inputs.hasNext()) {
                return false;
            } else {
                Inputs.Input input = inputs.next();
                if (format == null || input.problem() != null) {
                    next = new Item(input, input.path().toString(), null);
                } else {
                    next = open(input);
                }
            }
        }
        return true;
    }

    /** Opens the rows of {@code input}; an item with the problem if it cannot be opened, else null. */
    private Item open(Inputs.Input input) {
        try {
            InputStream in = input.isStandardInput() ? standardInput.get() : Files.newInputStream(input.path());
            rows = RecordReader.open(in, format, fields);
            current = input;
            return null;
        } catch (IOException | UncheckedIOException e) {
            return new Item(new Inputs.Input(input.path(), "cannot read: " + e.getMessage()), input.path().toString(), null);
        }
    }

    @Override
    public Item next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Item out = next;
        next = null;
        return out;
    }

    private void closeRows() {
        try {
            rows.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            rows = null;
        }
    }

    @Override
    public void close() {
        if (rows != null) {
            closeRows();
        }
    }
}
