package dev.tiqu.cli.run;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The progress of a run on stderr: files done of the total, characters per second and the
 * time left (estimated from the bytes still to read). On a terminal one line is rewritten in
 * place; otherwise a plain line is printed now and then, so that logs stay short.
 *
 * <p>Example: {@code tiqu: 312/1500 files · 1.2 M chars/s · 0:42 left}; for rows of jsonl or csv
 * files, whose number is not known before reading, {@code tiqu: 5120 texts · 1.2 M chars/s}.
 * Not thread-safe.
 */
public final class Progress {

    /** How often the terminal line is redrawn. */
    private static final long TERMINAL_NANOS = 500_000_000L;
    /** How often a plain line is printed when stderr is a file or a pipe. */
    private static final long PLAIN_NANOS = 10_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final int totalFiles;
    private final long totalBytes;
    private final long t0 = System.nanoTime();
    private long last = t0;
    private int files;
    private long bytes;
    private long chars;
    private int lineWidth;

    /**
     * A progress display for {@code totalFiles} files of {@code totalBytes} bytes in all, or, with
     * {@code totalFiles} negative, for texts whose number is not known.
     */
    public Progress(PrintWriter err, boolean terminal, int totalFiles, long totalBytes) {
        this.err = err;
        this.terminal = terminal;
        this.totalFiles = totalFiles;
        this.totalBytes = totalBytes;
    }

    /** Whether standard error is a terminal (Linux: fd 2 is a tty device; elsewhere: a console is attached). */
    public static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /** Counts one text done, of {@code fileBytes} bytes (0 for a row) and {@code fileChars} decoded characters. */
    public void done(long fileBytes, long fileChars) {
        files++;
        bytes += fileBytes;
        chars += fileChars;
        long now = System.nanoTime();
        if (now - last >= (terminal ? TERMINAL_NANOS : PLAIN_NANOS)) {
            last = now;
            show(line(now));
        }
    }

    /** Ends the terminal line, if one was drawn. */
    public void finish() {
        if (terminal && lineWidth > 0) {
            err.print("\r" + " ".repeat(lineWidth) + "\r");
            err.flush();
            lineWidth = 0;
        }
    }

    String line(long now) {
        double seconds = Math.max(1e-3, (now - t0) / 1e9);
        StringBuilder b = new StringBuilder("tiqu: ").append(files);
        b.append(totalFiles < 0 ? " texts · " : "/" + totalFiles + " files · ").append(rate(chars / seconds)).append(" chars/s");
        if (bytes > 0 && totalBytes > bytes) {
            long left = Math.round(seconds * (totalBytes - bytes) / bytes);
            b.append(String.format(Locale.ROOT, " · %d:%02d left", left / 60, left % 60));
        }
        return b.toString();
    }

    private void show(String line) {
        if (terminal) {
            int pad = Math.max(0, lineWidth - line.length());
            err.print("\r" + line + " ".repeat(pad));
            lineWidth = line.length();
        } else {
            err.println(line);
        }
        err.flush();
    }

    private static String rate(double perSecond) {
        if (perSecond >= 1e6) {
            return String.format(Locale.ROOT, "%.1f M", perSecond / 1e6);
        }
        if (perSecond >= 1e3) {
            return String.format(Locale.ROOT, "%.0f k", perSecond / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f", perSecond);
    }
}
