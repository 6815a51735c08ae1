package dev.tiqu.core.pipeline;

import java.io.IOException;

/**
 * Where the results of a run go: one writer per output format (CSV tables, JSON Lines, a
 * workbook, an HTML report) implements this, and a run feeds every sink it was asked for.
 *
 * <p>Contract: {@link #accept} is called once per processed document, in input order, from one
 * thread at a time; {@link #close} finishes the output (flushes, writes footers or indexes) and is
 * called once, after the last document, only when the run completed; a sink that is not closed
 * must leave nothing that looks complete. Example:
 * {@code try (ResultSink sink = …) { for (DocumentResult r : results) sink.accept(r); }}
 */
public interface ResultSink extends AutoCloseable {

    /** Takes the results of one document. */
    void accept(DocumentResult result) throws IOException;

    /** Completes the output; the sink takes no more documents afterwards. */
    @Override
    void close() throws IOException;
}
