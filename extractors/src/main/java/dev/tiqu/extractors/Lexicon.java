package dev.tiqu.extractors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads lexicon resources (one entry a line, UTF-8, {@code #} comments, blank lines skipped).
 *
 * <p>Example: {@code Lexicon.pairs("/dev/tiqu/extractors/money/currencies.tsv")} → {@code {元=CNY, 美元=USD}}.
 */
public final class Lexicon {

    private Lexicon() {
    }

    /**
     * The trimmed, non-blank, non-comment lines of a classpath resource.
     *
     * @throws IllegalStateException naming the resource if it is missing
     */
    public static List<String> lines(String resource) {
        InputStream in = Lexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("lexicon resource not found: " + resource);
        }
        List<String> result = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    result.add(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon resource " + resource, e);
        }
        return Collections.unmodifiableList(result);
    }

    /** Tab-separated {@code key\tvalue} lines of a classpath resource, in file order. */
    public static Map<String, String> pairs(String resource) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String line : lines(resource)) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                result.put(line, "");
            } else {
                result.put(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
            }
        }
        return Collections.unmodifiableMap(result);
    }
}
