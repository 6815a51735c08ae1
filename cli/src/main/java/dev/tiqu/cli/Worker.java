package dev.tiqu.cli;

import dev.tiqu.cli.run.DocNames;
import dev.tiqu.cli.run.Inputs;
import dev.tiqu.cli.run.MemoryBudget;
import dev.tiqu.cli.run.RunReport;
import dev.tiqu.cli.run.Sources;
import dev.tiqu.core.pipeline.DocumentResult;
import dev.tiqu.core.pipeline.Pipeline;
import dev.tiqu.core.text.Document;
import dev.tiqu.core.text.PublicationDate;
import dev.tiqu.formats.TextDecoder;
import dev.tiqu.formats.input.InputRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * Turns one unit of work of {@code extract} (a file, standard input, or a row of a JSON Lines or
 * CSV file) into a {@link Processed} result: reading within the size and memory limits, decoding,
 * the publication date, the pipeline. Every failure becomes a status with a reason, never an
 * exception, so one input never stops the batch. Thread-safe: one worker serves every thread.
 */
final class Worker {

    /** One processed input, ready to be written: {@code name} in run.json, {@code doc} in the tables. */
    record Processed(Inputs.Input input, String name, String doc, RunReport.Status status, String detail,
                     String encoding, DocumentResult result, long chars, long millis) {
    }

    /**
     * The options a worker reads.
     *
     * @param date           the publication date of every input, or null
     * @param encoding       the forced encoding, or null to detect it
     * @param maxFileMegabytes files above this size are skipped
     * @param severalRoots   whether several arguments were given (their names prefix the docs)
     */
    record Options(LocalDate date, Charset encoding, long maxFileMegabytes, boolean severalRoots) {
    }

    private final Pipeline pipeline;
    private final Options options;
    private final MemoryBudget memory;
    private final Supplier<InputStream> standardInput;

    Worker(Pipeline pipeline, Options options, MemoryBudget memory, Supplier<InputStream> standardInput) {
        this.pipeline = pipeline;
        this.options = options;
        this.memory = memory;
        this.standardInput = standardInput;
    }

    /** The doc of an input in the tables: its path below its argument, or {@code stdin}. */
    String doc(Inputs.Input input) {
        return input.isStandardInput() ? "stdin" : DocNames.of(input.root(), input.path(), options.severalRoots());
    }

    /** Processes one unit of work. */
    Processed process(Sources.Item item) {
        return item.record() != null ? row(item, item.record()) : file(item);
    }

    /** One row of a JSON Lines or CSV input; a malformed row is skipped with its line number. */
    private Processed row(Sources.Item item, InputRecord row) {
        long t = System.nanoTime();
        String doc = row.id() != null ? row.id() : doc(item.input()) + ":" + row.line();
        if (!row.isValid()) {
            return result(item, doc, RunReport.Status.SKIPPED, "line " + row.line() + ": " + row.problem(), null, t);
        }
        String text = row.title() == null ? row.text() : row.title() + "\n" + row.text();
        if (text.isBlank()) {
            return result(item, doc, RunReport.Status.SKIPPED, "line " + row.line() + ": no text", "UTF-8", t);
        }
        PublicationDate date = options.date() != null ? PublicationDate.given(options.date())
                : PublicationDate.ofPrefix(row.date(), PublicationDate.Source.GIVEN);
        return run(item, doc, text, date, "UTF-8", t);
    }

    /** A whole text file, or standard input, within the size and memory limits. */
    private Processed file(Sources.Item item) {
        long t = System.nanoTime();
        Inputs.Input input = item.input();
        String doc = input.problem() == null ? doc(input) : null;
        if (input.problem() != null) {
            return result(item, null, RunReport.Status.FAILED, input.problem(), null, t);
        }
        if (input.isStandardInput()) {
            try {
                return decoded(item, doc, standardInput.get().readAllBytes(), t);
            } catch (IOException | OutOfMemoryError e) {
                return result(item, doc, RunReport.Status.FAILED, "cannot read: " + describe(e), null, t);
            }
        }
        long size;
        try {
            size = Files.size(input.path());
        } catch (IOException e) {
            return result(item, doc, RunReport.Status.FAILED, "cannot read: " + describe(e), null, t);
        }
        long max = options.maxFileMegabytes();
        long maxBytes = max > Long.MAX_VALUE >> 20 ? Long.MAX_VALUE : max << 20;
        String refusal = size == 0 ? "empty file"
                : size > maxBytes ? "larger than --max-file-size " + max + " MB (" + size + " bytes)"
                : memory.refusal(size);
        if (refusal != null) {
            return result(item, doc, RunReport.Status.SKIPPED, refusal, null, t);
        }
        try (MemoryBudget.Reservation ignored = memory.reserve(size)) {
            return decoded(item, doc, Files.readAllBytes(input.path()), t);
        } catch (IOException e) {
            return result(item, doc, RunReport.Status.FAILED, "cannot read: " + describe(e), null, t);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return result(item, doc, RunReport.Status.FAILED, "interrupted", null, t);
        } catch (OutOfMemoryError e) {
            return result(item, doc, RunReport.Status.FAILED, "out of memory (" + size
                    + " bytes; raise -Xmx or lower --threads)", null, t);
        }
    }

    /** Decodes and processes the bytes of a text file or of standard input. */
    private Processed decoded(Sources.Item item, String doc, byte[] bytes, long t) {
        if (bytes.length == 0) {
            return result(item, doc, RunReport.Status.SKIPPED, "empty file", null, t);
        }
        TextDecoder.Decoded decoded;
        try {
            decoded = options.encoding() != null ? TextDecoder.decode(bytes, options.encoding()) : TextDecoder.decode(bytes);
        } catch (TextDecoder.UndecodableException e) {
            return result(item, doc, RunReport.Status.SKIPPED, e.getMessage(), null, t);
        }
        bytes = null; // the text is decoded: let the raw bytes go before the pipeline allocates
        String text = decoded.text();
        String charset = decoded.charset().name();
        if (text.isBlank()) {
            return result(item, doc, RunReport.Status.SKIPPED, "no text", charset, t);
        }
        String fileName = item.input().isStandardInput() ? "" : item.input().path().getFileName().toString();
        PublicationDate date = options.date() != null ? PublicationDate.given(options.date())
                : PublicationDate.ofPrefix(fileName, PublicationDate.Source.FILE_NAME);
        return run(item, doc, text, date, charset, t);
    }

    private Processed run(Sources.Item item, String doc, String text, PublicationDate date, String charset, long t) {
        try {
            DocumentResult result = pipeline.process(new Document(doc, text, date));
            return new Processed(item.input(), item.name(), doc, RunReport.Status.OK, null, charset, result,
                    text.length(), ms(t));
        } catch (RuntimeException | StackOverflowError e) {
            return new Processed(item.input(), item.name(), doc, RunReport.Status.FAILED, describe(e), charset, null,
                    text.length(), ms(t));
        }
    }

    private static Processed result(Sources.Item item, String doc, RunReport.Status status, String detail,
                                    String charset, long t) {
        return new Processed(item.input(), item.name(), doc, status, detail, charset, null, 0, ms(t));
    }

    static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
