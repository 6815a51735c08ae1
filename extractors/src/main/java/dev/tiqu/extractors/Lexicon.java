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
 * Loads lexicon resources: UTF-8 text files on the classpath, one entry a line, blank lines
 * and lines starting with {@code #} skipped.
 *
 * <p>Example: {@code pairs("/dev/tiqu/extractors/money/currencies.tsv")} maps {@code 美元 → USD}.
 */
public final class Lexicon {

    private Lexicon() {
    }

    /**
     * The trimmed, non-blank, non-comment lines of a classpath resource (absolute path).
     *
     * @throws IllegalStateException naming the resource if it is missing or unreadable
     */
    public static List<String> lines(String resource) {
        InputStream in = Lexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("lexicon resource not found: " + resource);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read lexicon resource " + resource,
                    new UncheckedIOException(e));
        }
        return Collections.unmodifiableList(out);
    }

    /** Tab-separated {@code key<TAB>value} lines as an unmodifiable map in file order. */
    public static Map<String, String> pairs(String resource) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines(resource)) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException("no tab in line '" + line + "' of " + resource);
            }
            out.put(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
        }
        return Collections.unmodifiableMap(out);
    }
}
