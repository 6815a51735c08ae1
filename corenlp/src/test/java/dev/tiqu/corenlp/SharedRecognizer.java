package dev.tiqu.corenlp;

import dev.tiqu.names.NamedSpan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one recognizer of the test run (all test classes share the surefire fork), with the
 * time its models took to load, and the test tables.
 */
final class SharedRecognizer {

    private static final long LOAD_NANOS;
    private static final CoreNlpRecognizer RECOGNIZER;

    static {
        long start = System.nanoTime();
        RECOGNIZER = new CoreNlpRecognizer();
        LOAD_NANOS = System.nanoTime() - start;
    }

    private SharedRecognizer() {
    }

    static CoreNlpRecognizer recognizer() {
        return RECOGNIZER;
    }

    /** Wall time of the first construction: the model load. */
    static double loadSeconds() {
        return LOAD_NANOS / 1e9;
    }

    /** Tab-separated rows of a test resource, blank and '#' lines skipped. */
    static List<String[]> rows(String resource) {
        try (InputStream in = SharedRecognizer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.strip().split("\t"));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String show(String text, List<NamedSpan> spans) {
        StringBuilder sb = new StringBuilder();
        for (NamedSpan s : spans) {
            sb.append(s.type()).append(' ').append(text, s.start(), s.end())
                    .append(" [").append(s.start()).append(", ").append(s.end()).append(") ");
        }
        return sb.toString();
    }
}
