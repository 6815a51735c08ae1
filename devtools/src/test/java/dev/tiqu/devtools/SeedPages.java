package dev.tiqu.devtools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test helper: the seed pages (read from the repository's {@code seeds/}) and their gold persons
 * and organizations (copied from the shared gold into {@code src/test/resources/gold/}).
 */
final class SeedPages {

    static final List<String> GOLD_PAGES = List.of("000_0b260c43b3846790", "001_0a2b328eef8e1e59");

    private SeedPages() {
    }

    static String raw(String page) throws IOException {
        return Files.readString(Path.of("..", "seeds", page + ".txt"), StandardCharsets.UTF_8);
    }

    /**
     * A rough stand-in for the project's cleaner: letter-spaced lines closed up, wrapped lines
     * joined, short lines (titles, author lines) kept as their own paragraph.
     */
    record GoldName(String name, List<String> aliases, String role) {
        boolean matches(String predicted) {
            return name.equals(predicted) || aliases.contains(predicted);
        }
    }

    record Gold(String date, List<GoldName> persons, List<GoldName> organizations) {
    }

    private static final Pattern ENTRY = Pattern.compile("\\{[^{}]*\\}");
    private static final Pattern NAME = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern ALIASES = Pattern.compile("\"aliases\"\\s*:\\s*\\[([^\\]]*)\\]");
    private static final Pattern STRING = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern ROLE = Pattern.compile("\"role\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern DATE = Pattern.compile("\"publication_date\"\\s*:\\s*\"([^\"]*)\"");

    static Gold gold(String page) throws IOException {
        String json;
        try (InputStream in = SeedPages.class.getResourceAsStream("/gold/" + page + ".json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher d = DATE.matcher(json);
        String date = d.find() ? d.group(1) : "";
        return new Gold(date, names(block(json, "persons")), names(block(json, "organizations")));
    }

    private static String block(String json, String key) {
        int at = json.indexOf("\"" + key + "\"");
        int open = json.indexOf('[', at);
        int depth = 0;
        for (int i = open; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return json.substring(open + 1, i);
            }
        }
        throw new IllegalStateException("unterminated " + key);
    }

    private static List<GoldName> names(String block) {
        Map<String, GoldName> result = new LinkedHashMap<>();
        Matcher e = ENTRY.matcher(block);
        while (e.find()) {
            String entry = e.group();
            Matcher n = NAME.matcher(entry);
            if (!n.find()) {
                continue;
            }
            List<String> aliases = new ArrayList<>();
            Matcher a = ALIASES.matcher(entry);
            if (a.find()) {
                Matcher s = STRING.matcher(a.group(1));
                while (s.find()) {
                    aliases.add(s.group(1));
                }
            }
            Matcher r = ROLE.matcher(entry);
            String role = r.find() ? r.group(1) : null;
            result.put(n.group(1), new GoldName(n.group(1), List.copyOf(aliases), role));
        }
        return List.copyOf(result.values());
    }
}
