package dev.tiqu.datasets;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tiqu.core.mention.MentionType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads typed values out of a definition's YAML tree and turns every mismatch into a
 * {@link DefinitionException} naming the source and the path of the field. Example:
 * {@code text(node, "columns[2].name")} on a list fails with
 * {@code mine.yaml: columns[2].name: must be a text value}. Immutable.
 */
final class NodeReader {

    private final String source;

    NodeReader(String source) {
        this.source = source;
    }

    int count(JsonNode node, String path, String key) {
        JsonNode b = node.get(key);
        if (b == null) {
            return 0;
        }
        if (!b.isIntegralNumber() || !b.canConvertToInt() || b.asInt() < 0) {
            throw error(path + "." + key, "must be a whole number ≥ 0");
        }
        return b.asInt();
    }

    MentionType mentionType(String value, String path) {
        try {
            return MentionType.valueOf(value);
        } catch (IllegalArgumentException e) {
            List<String> types = new ArrayList<>();
            for (MentionType t : MentionType.values()) {
                types.add(t.name());
            }
            if (path.endsWith(".from")) {
                types.add("anchor");
                types.addAll(sorted(DefinitionParser.FIELDS));
            }
            throw error(path, "unknown mention type '" + value + "', expected one of " + types);
        }
    }

    <E extends Enum<E>> E enumValue(Class<E> type, String value, String path) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E c : type.getEnumConstants()) {
                names.add(c.name().toLowerCase(Locale.ROOT));
            }
            throw error(path, "unknown value '" + value + "', expected one of " + names);
        }
    }

    Pattern regex(String value, String path) {
        try {
            return Pattern.compile(value);
        } catch (PatternSyntaxException e) {
            throw error(path, "invalid regular expression: " + e.getDescription() + " near index " + e.getIndex());
        }
    }

    Pattern optionalRegex(JsonNode node, String path, String key) {
        return node.has(key) ? regex(text(node.get(key), path + "." + key), path + "." + key) : null;
    }

    List<String> strings(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw error(path, "must be a list");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String s = text(node.get(i), path + "[" + i + "]");
            if (s.isEmpty()) {
                throw error(path + "[" + i + "]", "must not be empty");
            }
            out.add(s);
        }
        return out;
    }

    boolean bool(JsonNode node, String path, String key) {
        JsonNode b = node.get(key);
        if (b == null) {
            return false;
        }
        if (!b.isBoolean()) {
            throw error(path + "." + key, "must be true or false");
        }
        return b.asBoolean();
    }

    JsonNode required(JsonNode node, String path, String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            throw error(join(path, key), "is required");
        }
        return v;
    }

    String requiredText(JsonNode node, String path, String key) {
        return text(required(node, path, key), join(path, key));
    }

    String optionalText(JsonNode node, String path, String key, String fallback) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? fallback : text(v, join(path, key));
    }

    String text(JsonNode node, String path) {
        if (node == null || !node.isValueNode() || node.isNull()) {
            throw error(path, "must be a text value");
        }
        return node.asText();
    }

    void requireObject(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw error(path, "must be a mapping of key: value");
        }
    }

    void checkKeys(JsonNode node, String path, Set<String> allowed) {
        Iterator<String> it = node.fieldNames();
        while (it.hasNext()) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw error(join(path, k), "unknown key '" + k + "', expected one of " + sorted(allowed));
            }
        }
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }

    DefinitionException error(String path, String problem) {
        return new DefinitionException(source, path, problem);
    }
}
