package dev.tiqu.datasets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code define:} section of a definition: named fragments written once and used by name
 * anywhere below as {@code {{name}}}.
 *
 * <p>A text that is exactly {@code {{name}}} becomes the fragment itself (a word list, a rule, a
 * mapping); in a list, a list fragment is spliced in. Inside a longer text, {@code {{name}}}
 * becomes the fragment's text, a list of words joined by {@code |} (a regular-expression
 * alternation). A fragment may use the fragments defined before it. Expansion is bounded by
 * {@link #MAX_EXPANDED_CHARS}, so fragments that double each other cannot exhaust memory.
 * Example: {@code define: {raise: [提高, 上调]}} and {@code pattern: '({{raise}})到$'} read as
 * {@code pattern: '(提高|上调)到$'}. Stateless.
 */
final class Fragments {

    /** The key of the section. */
    static final String KEY = "define";

    /** The most characters all expanded texts may hold: far above any real definition (the built-ins, under 200 K). */
    static final int MAX_EXPANDED_CHARS = 4_000_000;

    private static final Pattern REFERENCE = Pattern.compile("\\{\\{([a-z][a-z0-9_]*)}}");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private final NodeReader in;
    private final Map<String, JsonNode> defined = new LinkedHashMap<>();
    private long expanded;

    private Fragments(NodeReader in) {
        this.in = in;
    }

    /** The definition with its {@code define:} section removed and every reference replaced. */
    static JsonNode expand(JsonNode root, NodeReader in) {
        if (!root.isObject() || !root.has(KEY)) {
            return root;
        }
        Fragments f = new Fragments(in);
        JsonNode section = root.get(KEY);
        in.requireObject(section, KEY);
        Iterator<Map.Entry<String, JsonNode>> it = section.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = KEY + "." + e.getKey();
            if (!NAME.matcher(e.getKey()).matches()) {
                throw in.error(path, "a fragment name is lower-case letters, digits and '_' starting with a letter");
            }
            f.defined.put(e.getKey(), f.resolve(e.getValue(), path));
        }
        ObjectNode out = ((ObjectNode) root).deepCopy();
        out.remove(KEY);
        return f.resolve(out, "");
    }

    private JsonNode resolve(JsonNode node, String path) {
        if (node.isTextual()) {
            return text(node.asText(), path);
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = resolve(node.get(i), path + "[" + i + "]");
                boolean whole = node.get(i).isTextual() && REFERENCE.matcher(node.get(i).asText()).matches();
                if (whole && item.isArray()) {
                    out.addAll((ArrayNode) item);
                } else {
                    out.add(item);
                }
            }
            return out;
        }
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                out.set(e.getKey(), resolve(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey()));
            }
            return out;
        }
        return node;
    }

    private JsonNode text(String text, String path) {
        Matcher m = REFERENCE.matcher(text);
        if (m.matches()) {
            JsonNode f = fragment(m.group(1), path);
            count(size(f), path);
            return f.deepCopy();
        }
        StringBuilder sb = new StringBuilder();
        m.reset();
        while (m.find()) {
            String piece = inline(fragment(m.group(1), path), m.group(1), path);
            count(piece.length(), path);
            m.appendReplacement(sb, Matcher.quoteReplacement(piece));
        }
        m.appendTail(sb);
        return TextNode.valueOf(sb.toString());
    }

    private JsonNode fragment(String name, String path) {
        JsonNode f = defined.get(name);
        if (f == null) {
            throw in.error(path, "unknown fragment '{{" + name + "}}', defined: " + defined.keySet());
        }
        return f;
    }

    private String inline(JsonNode f, String name, String path) {
        if (f.isValueNode()) {
            return f.asText();
        }
        if (f.isArray()) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode w : f) {
                if (!w.isValueNode()) {
                    throw in.error(path, "fragment '" + name + "' is not a list of words and cannot stand inside a text");
                }
                sb.append(sb.length() == 0 ? "" : "|").append(w.asText());
            }
            return sb.toString();
        }
        throw in.error(path, "fragment '" + name + "' is a mapping and can only stand alone as '{{" + name + "}}'");
    }

    /**
     * What a fragment adds when it stands alone: the characters of its texts and keys, and one
     * for each node, so that lists of empty texts count too. Walked here rather than written out
     * as JSON, which would load Jackson's whole data binding at the start of every run.
     */
    private static long size(JsonNode node) {
        long size = 1 + (node.isValueNode() ? node.asText().length() : 0);
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            size += e.getKey().length() + size(e.getValue());
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                size += size(item);
            }
        }
        return size;
    }

    private void count(long chars, String path) {
        expanded += chars;
        if (expanded > MAX_EXPANDED_CHARS) {
            throw in.error(path, "the fragments expand to more than " + MAX_EXPANDED_CHARS + " characters");
        }
    }
}
