package dev.tiqu.formats;

import java.io.IOException;

/**
 * Closing several outputs as one step: every one is closed even when an earlier one fails, and
 * the first failure is thrown with the later ones attached as suppressed exceptions, so that no
 * file is left open and no error is lost. Example: {@code Closing.all(sinks, ResultSink::close)}.
 */
public final class Closing {

    /** Closes one item. */
    @FunctionalInterface
    public interface Closer<T> {
        void close(T item) throws IOException;
    }

    private Closing() {
    }

    /** Closes every item of {@code items} with {@code closer}; throws the first failure, if any. */
    public static <T> void all(Iterable<T> items, Closer<? super T> closer) throws IOException {
        IOException first = null;
        for (T item : items) {
            try {
                closer.close(item);
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
