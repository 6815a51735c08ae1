package dev.tiqu.cli.run;

import dev.tiqu.core.Lexicon;
import java.util.Map;

/**
 * The heap the inputs being processed may use together, so that one large page is refused up
 * front instead of ending the batch with an {@code OutOfMemoryError}, and so that large pages
 * are not processed side by side when only one fits.
 *
 * <p>Contract: an input of {@code n} bytes is estimated to need {@code n × heap_bytes_per_input_byte}
 * (from {@code /dev/tiqu/cli/memory.txt}, which says how it was measured).
 * {@link #refusal} says why an input can never fit; {@link #reserve} waits until the estimate
 * fits beside the inputs in progress, and the reservation is returned by closing it.
 * Thread-safe. Example: {@code try (Reservation r = budget.reserve(size)) { …process… }}
 */
public final class MemoryBudget {

    private static final Map<String, String> SETTINGS = Lexicon.pairs("/dev/tiqu/cli/memory.txt");
    private static final long PER_BYTE = Long.parseLong(SETTINGS.get("heap_bytes_per_input_byte"));
    private static final double SHARE = Double.parseDouble(SETTINGS.get("heap_share"));

    /** A reservation of heap, returned by {@link #close()}. */
    public interface Reservation extends AutoCloseable {
        @Override
        void close();
    }

    private final Runtime runtime;
    private long capacity;
    private boolean measured;
    private long reserved;

    /** A budget of {@code capacity} bytes of heap. */
    public MemoryBudget(long capacity) {
        this(capacity, null);
    }

    private MemoryBudget(long capacity, Runtime runtime) {
        this.capacity = capacity;
        this.runtime = runtime;
        this.measured = runtime == null;
    }

    /**
     * The budget of this JVM's heap beyond what is in use now (call it once the pipeline is built).
     *
     * <p>Design decision: the heap in use is first read without a collection, so counting the
     * garbage of start-up as used (a smaller budget); only an input that does not fit that budget
     * has the heap measured again after a full collection, once. A collection at start-up would
     * stop every thread for some 70 ms of a one-page run to decide nothing for inputs of a few MB.
     */
    public static MemoryBudget forHeap(Runtime runtime) {
        return new MemoryBudget(free(runtime), runtime);
    }

    private static long free(Runtime runtime) {
        long used = runtime.totalMemory() - runtime.freeMemory();
        return (long) ((runtime.maxMemory() - used) * SHARE);
    }

    /** The capacity, measured after a full collection the first time {@code need} exceeds the first reading. */
    private synchronized long capacity(long need) {
        if (need > capacity && !measured) {
            measured = true;
            System.gc();
            capacity = Math.max(capacity, free(runtime));
        }
        return capacity;
    }

    /** Heap an input of {@code bytes} bytes is estimated to need. */
    public static long estimate(long bytes) {
        return bytes > Long.MAX_VALUE / PER_BYTE ? Long.MAX_VALUE : bytes * PER_BYTE;
    }

    /** Why an input of {@code bytes} bytes can never be processed in this heap, or null if it can. */
    public String refusal(long bytes) {
        long need = estimate(bytes);
        long available = capacity(need);
        if (need <= available) {
            return null;
        }
        return "too large for the heap: needs about " + (need >> 20) + " MB, " + (available >> 20)
                + " MB available (raise -Xmx, or split the file)";
    }

    /** Waits until the estimate of an input of {@code bytes} bytes fits, and reserves it. */
    public synchronized Reservation reserve(long bytes) throws InterruptedException {
        long need = Math.min(estimate(bytes), capacity(estimate(bytes)));
        while (reserved > 0 && reserved + need > capacity) {
            wait();
        }
        reserved += need;
        boolean[] returned = {false};
        return () -> release(need, returned);
    }

    private synchronized void release(long need, boolean[] returned) {
        if (!returned[0]) {
            returned[0] = true;
            reserved -= need;
            notifyAll();
        }
    }
}
