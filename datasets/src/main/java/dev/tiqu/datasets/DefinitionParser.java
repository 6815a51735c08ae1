package dev.tiqu.datasets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.datasets.Definition.Anchor;
import dev.tiqu.datasets.Definition.Column;
import dev.tiqu.datasets.Definition.Composite;
import dev.tiqu.datasets.Definition.Constant;
import dev.tiqu.datasets.Definition.Field;
import dev.tiqu.datasets.Definition.FromMention;
import dev.tiqu.datasets.Definition.FromPattern;
import dev.tiqu.datasets.Definition.FromWords;
import dev.tiqu.datasets.Definition.Pick;
import dev.tiqu.datasets.Definition.Post;
import dev.tiqu.datasets.Definition.Probe;
import dev.tiqu.datasets.Definition.Rule;
import dev.tiqu.datasets.Definition.Scope;
import dev.tiqu.datasets.Definition.Side;
import dev.tiqu.datasets.Definition.Split;
import dev.tiqu.datasets.Definition.When;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a dataset definition (YAML, or JSON which is valid YAML) and checks it field by field.
 * Every problem is reported as a {@link DefinitionException} naming the source and the field,
 * e.g. {@code subsidy.yaml: columns[3].from: unknown mention type 'MONY'}. Thread-safe.
 */
public final class DefinitionParser {

    /** The clause delimiters used when a definition names none. */
    public static final String DEFAULT_DELIMITERS = "，,；;。：:！!？?";

    /** The row properties a {@code from:} can name besides mention types and {@code anchor}. */
    public static final Set<String> FIELDS = Set.of(
            "doc", "article", "publication_date", "sentence", "start", "end", "title");

    /** The parts of a mention a {@code field:} can name. */
    public static final Set<String> MENTION_FIELDS = Set.of(
            "value", "max", "unit", "per", "qualifier", "text", "normalized",
            "canonical_value", "canonical_unit", "role");

    private static final Set<String> TOP_KEYS = Set.of(
            "name", "description", "anchor", "columns", "dedupe", "dedupe_ignore", "delimiters");
    private static final Set<String> ANCHOR_KEYS = Set.of(
            "type", "units", "canonical_units", "topic", "exclude");
    private static final Set<String> TOPIC_KEYS = Set.of("words", "scope");
    private static final Set<String> PROBE_KEYS = Set.of("pattern", "scope");
    private static final Set<String> POST_KEYS = Set.of("strip", "map", "reject", "replace", "prefix", "suffix", "when");
    private static final Set<String> RULE_KINDS = Set.of("from", "pattern", "words", "value", "first", "join");
    private static final Set<String> MENTION_KEYS = Set.of(
            "from", "field", "side", "within", "sentences_back", "sentences_ahead", "units", "canonical_units",
            "preceded_by", "followed_by", "value_matches");
    private static final Set<String> PATTERN_KEYS = Set.of("pattern", "scope", "delimiters", "pick");
    private static final Set<String> WORDS_KEYS = Set.of("words", "scope", "delimiters", "pick");
    private static final Set<String> COLUMN_KEYS = Set.of("name", "required", "split");
    private static final Set<String> SPLIT_KEYS = Set.of("on", "part", "share_suffix", "respectively", "unless",
            "modifier", "only_respectively");
    private static final Set<Scope> MENTION_SCOPES = Set.of(Scope.CLAUSE, Scope.SENTENCE, Scope.ARTICLE);

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final String source;

    private DefinitionParser(String source) {
        this.source = source;
    }

    /**
     * Parses the text of a definition.
     *
     * @param source the file or resource name, used in error messages
     * @param text   the YAML or JSON text
     * @throws DefinitionException if the text is not valid YAML or a field is wrong
     */
    public static Definition parse(String source, String text) {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            throw new DefinitionException(source, "not valid YAML or JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new DefinitionException(source, "", "empty definition");
        }
        return new DefinitionParser(source).definition(root);
    }

    private Definition definition(JsonNode root) {
        requireObject(root, "");
        checkKeys(root, "", TOP_KEYS);
        String name = requiredText(root, "", "name");
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw error("name", "must be lower-case letters, digits and '_' starting with a letter, got '" + name + "'");
        }
        String description = optionalText(root, "", "description", "");
        String delimiters = optionalText(root, "", "delimiters", DEFAULT_DELIMITERS);
        if (delimiters.isEmpty()) {
            throw error("delimiters", "must not be empty");
        }
        Anchor anchor = anchor(required(root, "", "anchor"), "anchor");
        JsonNode cols = required(root, "", "columns");
        if (!cols.isArray() || cols.isEmpty()) {
            throw error("columns", "must be a non-empty list");
        }
        List<Column> columns = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < cols.size(); i++) {
            String path = "columns[" + i + "]";
            Column c = column(cols.get(i), path, names);
            if (!names.add(c.name())) {
                throw error(path + ".name", "duplicate column '" + c.name() + "'");
            }
            columns.add(c);
        }
        List<String> dedupe = strings(root.get("dedupe"), "dedupe");
        for (int i = 0; i < dedupe.size(); i++) {
            if (!names.contains(dedupe.get(i))) {
                throw error("dedupe[" + i + "]", "unknown column '" + dedupe.get(i) + "'");
            }
        }
        Map<String, Pattern> dedupeIgnore = new LinkedHashMap<>();
        JsonNode ignore = root.get("dedupe_ignore");
        if (ignore != null) {
            requireObject(ignore, "dedupe_ignore");
            Iterator<Map.Entry<String, JsonNode>> it = ignore.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String path = "dedupe_ignore." + e.getKey();
                if (!dedupe.contains(e.getKey())) {
                    throw error(path, "not a dedupe column: '" + e.getKey() + "'");
                }
                dedupeIgnore.put(e.getKey(), regex(text(e.getValue(), path), path));
            }
        }
        return new Definition(name, description, anchor, columns, dedupe, dedupeIgnore, delimiters);
    }

    private Anchor anchor(JsonNode node, String path) {
        requireObject(node, path);
        checkKeys(node, path, ANCHOR_KEYS);
        MentionType type = mentionType(requiredText(node, path, "type"), path + ".type");
        Set<String> units = new LinkedHashSet<>(strings(node.get("units"), path + ".units"));
        Set<String> canonical = new LinkedHashSet<>(strings(node.get("canonical_units"), path + ".canonical_units"));
        List<String> topicWords = List.of();
        List<Scope> topicScopes = List.of(Scope.SENTENCE);
        JsonNode topic = node.get("topic");
        if (topic != null) {
            String tp = path + ".topic";
            requireObject(topic, tp);
            checkKeys(topic, tp, TOPIC_KEYS);
            topicWords = strings(required(topic, tp, "words"), tp + ".words");
            if (topicWords.isEmpty()) {
                throw error(tp + ".words", "must list at least one word");
            }
            JsonNode sc = topic.get("scope");
            if (sc != null && sc.isArray()) {
                List<Scope> scopes = new ArrayList<>();
                List<String> names = strings(sc, tp + ".scope");
                for (int i = 0; i < names.size(); i++) {
                    scopes.add(enumValue(Scope.class, names.get(i), tp + ".scope[" + i + "]"));
                }
                if (scopes.isEmpty()) {
                    throw error(tp + ".scope", "must name at least one scope");
                }
                topicScopes = scopes;
            } else {
                topicScopes = List.of(scope(topic, tp, Scope.SENTENCE));
            }
        }
        List<Probe> exclude = new ArrayList<>();
        JsonNode ex = node.get("exclude");
        if (ex != null) {
            if (!ex.isArray()) {
                throw error(path + ".exclude", "must be a list");
            }
            for (int i = 0; i < ex.size(); i++) {
                String ep = path + ".exclude[" + i + "]";
                JsonNode e = ex.get(i);
                requireObject(e, ep);
                checkKeys(e, ep, PROBE_KEYS);
                exclude.add(new Probe(regex(requiredText(e, ep, "pattern"), ep + ".pattern"),
                        scope(e, ep, Scope.SENTENCE)));
            }
        }
        return new Anchor(type, units, canonical, topicWords, topicScopes, exclude);
    }

    private Column column(JsonNode node, String path, Set<String> earlier) {
        requireObject(node, path);
        String name = requiredText(node, path, "name");
        if (name.isBlank()) {
            throw error(path + ".name", "must not be blank");
        }
        boolean required = bool(node, path, "required");
        Split split = node.has("split") ? split(node.get("split"), path + ".split") : null;
        Set<String> allowed = new HashSet<>(COLUMN_KEYS);
        allowed.addAll(ruleKeys(node, path));
        checkKeys(node, path, allowed);
        return new Column(name, rule(node, path, earlier), required, split);
    }

    private Set<String> ruleKeys(JsonNode node, String path) {
        List<String> kinds = new ArrayList<>();
        for (String kind : RULE_KINDS) {
            if (node.has(kind)) {
                kinds.add(kind);
            }
        }
        if (kinds.size() != 1) {
            throw error(path, kinds.isEmpty()
                    ? "a rule needs one of: from, pattern, words, value, first, join"
                    : "a rule takes only one of from, pattern, words, value, first, join; got " + kinds);
        }
        Set<String> keys = new HashSet<>(POST_KEYS);
        keys.addAll(switch (kinds.get(0)) {
            case "from" -> MENTION_KEYS;
            case "pattern" -> PATTERN_KEYS;
            case "words" -> WORDS_KEYS;
            case "first", "join" -> Set.of(kinds.get(0));
            default -> Set.of("value");
        });
        return keys;
    }

    private Rule rule(JsonNode node, String path, Set<String> earlier) {
        Post post = post(node, path, earlier);
        if (node.has("first") || node.has("join")) {
            String key = node.has("first") ? "first" : "join";
            JsonNode list = node.get(key);
            if (!list.isArray() || list.isEmpty()) {
                throw error(path + "." + key, "must be a non-empty list of rules");
            }
            List<Rule> rules = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                String rp = path + "." + key + "[" + i + "]";
                requireObject(list.get(i), rp);
                checkKeys(list.get(i), rp, ruleKeys(list.get(i), rp));
                rules.add(rule(list.get(i), rp, earlier));
            }
            return new Composite(rules, key.equals("join"), post);
        }
        if (node.has("value")) {
            return new Constant(text(node.get("value"), path + ".value"), post);
        }
        if (node.has("pattern")) {
            return new FromPattern(regex(requiredText(node, path, "pattern"), path + ".pattern"),
                    scope(node, path, Scope.SENTENCE), delimiters(node, path), pick(node, path), post);
        }
        if (node.has("words")) {
            return new FromWords(words(node.get("words"), path + ".words"), scope(node, path, Scope.SENTENCE),
                    delimiters(node, path), pick(node, path), post);
        }
        String from = requiredText(node, path, "from");
        if (FIELDS.contains(from)) {
            for (String k : MENTION_KEYS) {
                if (!k.equals("from") && node.has(k)) {
                    throw error(path + "." + k, "does not apply to from: " + from);
                }
            }
            return new Field(from, post);
        }
        MentionType type = from.equals("anchor") ? null : mentionType(from, path + ".from");
        String field = optionalText(node, path, "field", "value");
        if (!MENTION_FIELDS.contains(field)) {
            throw error(path + ".field", "unknown field '" + field + "', expected one of " + sorted(MENTION_FIELDS));
        }
        Side side = enumValue(Side.class, optionalText(node, path, "side", "nearest"), path + ".side");
        Scope within = enumValue(Scope.class, optionalText(node, path, "within", "sentence"), path + ".within");
        if (!MENTION_SCOPES.contains(within)) {
            throw error(path + ".within", "must be clause, sentence or article");
        }
        return new FromMention(type, field, side, within, count(node, path, "sentences_back"),
                count(node, path, "sentences_ahead"),
                new LinkedHashSet<>(strings(node.get("units"), path + ".units")),
                new LinkedHashSet<>(strings(node.get("canonical_units"), path + ".canonical_units")),
                optionalRegex(node, path, "preceded_by"), optionalRegex(node, path, "followed_by"),
                optionalRegex(node, path, "value_matches"), post);
    }

    private int count(JsonNode node, String path, String key) {
        JsonNode b = node.get(key);
        if (b == null) {
            return 0;
        }
        if (!b.isIntegralNumber() || !b.canConvertToInt() || b.asInt() < 0) {
            throw error(path + "." + key, "must be a whole number ≥ 0");
        }
        return b.asInt();
    }

    private Post post(JsonNode node, String path, Set<String> earlier) {
        List<Pattern> strip = new ArrayList<>();
        List<String> stripTexts = strings(node.get("strip"), path + ".strip");
        for (int i = 0; i < stripTexts.size(); i++) {
            strip.add(regex(stripTexts.get(i), path + ".strip[" + i + "]"));
        }
        Map<String, String> map = Map.of();
        if (node.has("map")) {
            JsonNode m = node.get("map");
            if (!m.isObject()) {
                throw error(path + ".map", "must be a mapping of value: replacement");
            }
            map = words(m, path + ".map");
        }
        When when = null;
        if (node.has("when")) {
            String wp = path + ".when";
            JsonNode w = node.get("when");
            requireObject(w, wp);
            checkKeys(w, wp, Set.of("column", "matches"));
            String column = requiredText(w, wp, "column");
            if (!earlier.contains(column)) {
                throw error(wp + ".column", "unknown column '" + column + "' (only columns defined earlier can be tested)");
            }
            when = new When(column, regex(requiredText(w, wp, "matches"), wp + ".matches"));
        }
        return new Post(strip, map, optionalRegex(node, path, "reject"),
                optionalText(node, path, "replace", null), optionalText(node, path, "prefix", ""), optionalText(node, path, "suffix", ""), when);
    }

    private Split split(JsonNode node, String path) {
        requireObject(node, path);
        checkKeys(node, path, SPLIT_KEYS);
        return new Split(regex(requiredText(node, path, "on"), path + ".on"), optionalRegex(node, path, "part"),
                strings(node.get("share_suffix"), path + ".share_suffix"), optionalRegex(node, path, "respectively"),
                optionalRegex(node, path, "unless"), optionalRegex(node, path, "modifier"),
                bool(node, path, "only_respectively"));
    }

    private Map<String, String> words(JsonNode node, String path) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node.isArray()) {
            for (String w : strings(node, path)) {
                out.put(w, w);
            }
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().isEmpty()) {
                    throw error(path, "empty word");
                }
                out.put(e.getKey(), text(e.getValue(), path + "." + e.getKey()));
            }
        } else {
            throw error(path, "must be a list of words or a mapping word: value");
        }
        if (out.isEmpty()) {
            throw error(path, "must not be empty");
        }
        return out;
    }

    private Pick pick(JsonNode node, String path) {
        return enumValue(Pick.class, optionalText(node, path, "pick", "nearest"), path + ".pick");
    }

    private String delimiters(JsonNode node, String path) {
        String d = optionalText(node, path, "delimiters", null);
        if (d != null && d.isEmpty()) {
            throw error(path + ".delimiters", "must not be empty");
        }
        return d;
    }

    private Scope scope(JsonNode node, String path, Scope fallback) {
        return node.has("scope") ? enumValue(Scope.class, text(node.get("scope"), path + ".scope"), path + ".scope")
                : fallback;
    }

    private MentionType mentionType(String value, String path) {
        try {
            return MentionType.valueOf(value);
        } catch (IllegalArgumentException e) {
            List<String> types = new ArrayList<>();
            for (MentionType t : MentionType.values()) {
                types.add(t.name());
            }
            if (path.endsWith(".from")) {
                types.add("anchor");
                types.addAll(sorted(FIELDS));
            }
            throw error(path, "unknown mention type '" + value + "', expected one of " + types);
        }
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String value, String path) {
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

    private Pattern regex(String value, String path) {
        try {
            return Pattern.compile(value);
        } catch (PatternSyntaxException e) {
            throw error(path, "invalid regular expression: " + e.getDescription() + " near index " + e.getIndex());
        }
    }

    private Pattern optionalRegex(JsonNode node, String path, String key) {
        return node.has(key) ? regex(text(node.get(key), path + "." + key), path + "." + key) : null;
    }

    private List<String> strings(JsonNode node, String path) {
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

    private boolean bool(JsonNode node, String path, String key) {
        JsonNode b = node.get(key);
        if (b == null) {
            return false;
        }
        if (!b.isBoolean()) {
            throw error(path + "." + key, "must be true or false");
        }
        return b.asBoolean();
    }

    private JsonNode required(JsonNode node, String path, String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            throw error(join(path, key), "is required");
        }
        return v;
    }

    private String requiredText(JsonNode node, String path, String key) {
        return text(required(node, path, key), join(path, key));
    }

    private String optionalText(JsonNode node, String path, String key, String fallback) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? fallback : text(v, join(path, key));
    }

    private String text(JsonNode node, String path) {
        if (node == null || !node.isValueNode() || node.isNull()) {
            throw error(path, "must be a text value");
        }
        return node.asText();
    }

    private void requireObject(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw error(path, "must be a mapping of key: value");
        }
    }

    private void checkKeys(JsonNode node, String path, Set<String> allowed) {
        Iterator<String> it = node.fieldNames();
        while (it.hasNext()) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw error(join(path, k), "unknown key '" + k + "', expected one of " + sorted(allowed));
            }
        }
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }

    private DefinitionException error(String path, String problem) {
        return new DefinitionException(source, path, problem);
    }
}
