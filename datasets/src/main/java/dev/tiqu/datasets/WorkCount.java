package dev.tiqu.datasets;

/**
 * Counts the steps of one dataset build: characters of scope text handed to rules and
 * mentions visited. A measure of work independent of the clock, so a test can double the
 * input and check that the work doubles. Example: {@code count.add(seg.text().length())}.
 * Not thread-safe: one per build.
 */
final class WorkCount {

    private long steps;

    void add(long n) {
        steps += n;
    }

    long steps() {
        return steps;
    }
}
