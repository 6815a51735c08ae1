package dev.tiqu.core.pipeline;

import java.time.Duration;

/**
 * Thrown by {@link Pipeline#process} when a document takes longer than its
 * {@linkplain DocumentLimits#timeout() time budget}; the document has no result, the pipeline
 * stays usable. Example message: {@code took longer than 30 s (stopped after names)}.
 */
public final class DocumentTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The budget {@code budget} ran out after the stage {@code stage}. */
    public DocumentTimeoutException(Duration budget, String stage) {
        super("took longer than " + format(budget) + " (stopped after " + stage + ")", null, false, false);
    }

    private static String format(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
