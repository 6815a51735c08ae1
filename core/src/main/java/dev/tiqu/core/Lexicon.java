package dev.tiqu.core;

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
 * The one lexicon loader of tiqu: reads UTF-8 resource files of words, pairs or patterns from
 * the classpath. Blank lines and lines starting with {@code #} are skipped; lines are trimmed.
 *
 * <p>Callers load a lexicon once (in a constructor or a static final field) into an immutable
 * structure. Example: {@code Lexicon.lines("/dev/tiqu/text/furniture.txt")}.
 */
public final class Lexicon {

    private Lexicon() {
    }

    /** The non-blank, non-comment lines of a classpath resource (absolute path), in order. */
    public static List<String> lines(String resource) {
        InputStream in = Lexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("lexicon resource not found: " + resource);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
        return Collections.unmodifiableList(out);
    }

    /** The whitespace-separated words of a resource's lines, in order (several words may share a line). */
    public static List<String> words(String resource) {
        List<String> out = new ArrayList<>();
        for (String line : lines(resource)) {
            out.addAll(List.of(line.split("\\s+")));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Shared lexicons of Chinese news text, used by more than one module: common surnames, most
     * frequent first ({@value}).
     */
    public static final String SURNAMES = "/dev/tiqu/lexicon/surnames.txt";

    /** Shared lexicon: the roles printed before a reporter's name in a byline ({@value}). */
    public static final String REPORTER_ROLES = "/dev/tiqu/lexicon/reporter_roles.txt";

    /** Tab-separated {@code key<TAB>value} lines as an unmodifiable insertion-ordered map. */
    public static Map<String, String> pairs(String resource) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String line : lines(resource)) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException(resource + ": expected key<TAB>value, got: " + line);
            }
            map.put(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
        }
        return Collections.unmodifiableMap(map);
    }
}
