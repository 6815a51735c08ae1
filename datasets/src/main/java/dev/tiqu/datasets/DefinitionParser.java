package dev.tiqu.datasets;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
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
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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
            "name", "description", Fragments.KEY, "anchor", "columns", "dedupe", "dedupe_ignore", "delimiters",
            "headline");
    private static final Set<String> ANCHOR_KEYS = Set.of(
            "type", "units", "canonical_units", "topic", "exclude");
    private static final Set<String> TOPIC_KEYS = Set.of("words", "scope");
    private static final Set<String> PROBE_KEYS = Set.of("pattern", "scope", "unless");
    private static final Set<String> UNLESS_KEYS = Set.of("pattern", "scope");
    private static final Set<String> POST_KEYS = Set.of("strip", "map", "reject", "replace", "prefix", "suffix", "when");
    private static final Set<String> RULE_KINDS = Set.of("from", "pattern", "words", "value", "first", "join");
    private static final Set<String> MENTION_KEYS = Set.of(
            "from", "field", "side", "within", "sentences_back", "sentences_ahead", "units", "canonical_units",
            "preceded_by", "followed_by", "value_matches");
    private static final Set<String> PATTERN_KEYS = Set.of("pattern", "scope", "delimiters", "pick");
    private static final Set<String> WORDS_KEYS = Set.of("words", "scope", "delimiters", "pick");
    private static final Set<String> COLUMN_KEYS = Set.of("name", "required", "split");
    private static final Set<String> SPLIT_KEYS = Set.of("on", "part", "share_suffix", "respectively", "unless",
            "modifier", "only_respectively", "expand", "jointly", "groups");
    /** What separates the groups of a list: 、 and the conjunctions, but not the 及 of 100周岁及以上. */
    private static final String GROUP_SEPARATORS = "、|和|与|及(?!以上)";
    private static final Set<Scope> MENTION_SCOPES = Set.of(Scope.CLAUSE, Scope.SENTENCE, Scope.ARTICLE);

    /**
     * The largest definition read, in characters (and in bytes for a file): the built-ins are
     * under 50 K; a file far larger is a mistake, refused before it is parsed.
     */
    public static final int MAX_CHARS = 1 << 20;

    private final NodeReader in;

    private DefinitionParser(String source) {
        this.in = new NodeReader(source);
    }

    /**
     * Parses the text of a definition.
     *
     * @param source the file or resource name, used in error messages
     * @param text   the YAML or JSON text
     * @throws DefinitionException if the text is not valid YAML or a field is wrong
     */
    public static Definition parse(String source, String text) {
        if (text.length() > MAX_CHARS) {
            throw new DefinitionException(source, "", "larger than " + MAX_CHARS
                    + " characters: a definition is a few kilobytes of YAML");
        }
        JsonNode root;
        try (JsonParser parser = YamlTree.parser(text)) {
            root = YamlTree.read(parser);
            if (root != null && parser.nextToken() != null) {
                throw new DefinitionException(source, "", "holds more than one YAML document (a second one at line "
                        + parser.currentLocation().getLineNr() + "): a definition file holds one");
            }
        } catch (StreamReadException e) {
            String problem = e.getOriginalMessage().startsWith("Duplicate field")
                    ? "repeated key " + e.getOriginalMessage().substring("Duplicate field ".length())
                    + " at line " + e.getLocation().getLineNr() + ": each key may appear once in a mapping"
                    : "not valid YAML or JSON: " + e.getOriginalMessage();
            throw new DefinitionException(source, problem, e);
        } catch (IOException e) {
            throw new DefinitionException(source, "not valid YAML or JSON: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new DefinitionException(source, "", "empty definition");
        }
        DefinitionParser parser = new DefinitionParser(source);
        return parser.definition(Fragments.expand(root, parser.in));
    }

    private Definition definition(JsonNode root) {
        in.requireObject(root, "");
        in.checkKeys(root, "", TOP_KEYS);
        String name = in.requiredText(root, "", "name");
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw in.error("name", "must be lower-case letters, digits and '_' starting with a letter, got '" + name + "'");
        }
        String description = in.optionalText(root, "", "description", "");
        String delimiters = in.optionalText(root, "", "delimiters", DEFAULT_DELIMITERS);
        if (delimiters.isEmpty()) {
            throw in.error("delimiters", "must not be empty");
        }
        Anchor anchor = anchor(in.required(root, "", "anchor"), "anchor");
        JsonNode cols = in.required(root, "", "columns");
        if (!cols.isArray() || cols.isEmpty()) {
            throw in.error("columns", "must be a non-empty list");
        }
        List<Column> columns = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < cols.size(); i++) {
            String path = "columns[" + i + "]";
            Column c = column(cols.get(i), path, names);
            if (!names.add(c.name())) {
                throw in.error(path + ".name", "duplicate column '" + c.name() + "'");
            }
            columns.add(c);
        }
        List<String> dedupe = in.strings(root.get("dedupe"), "dedupe");
        for (int i = 0; i < dedupe.size(); i++) {
            if (!names.contains(dedupe.get(i))) {
                throw in.error("dedupe[" + i + "]", "unknown column '" + dedupe.get(i) + "'");
            }
        }
        return new Definition(name, description, anchor, columns, dedupe, dedupeIgnore(root, dedupe), delimiters,
                headline(root.get("headline"), names));
    }

    private Map<String, Pattern> dedupeIgnore(JsonNode root, List<String> dedupe) {
        Map<String, Pattern> dedupeIgnore = new LinkedHashMap<>();
        JsonNode ignore = root.get("dedupe_ignore");
        if (ignore != null) {
            in.requireObject(ignore, "dedupe_ignore");
            Iterator<Map.Entry<String, JsonNode>> it = ignore.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String path = "dedupe_ignore." + e.getKey();
                if (!dedupe.contains(e.getKey())) {
                    throw in.error(path, "not a dedupe column: '" + e.getKey() + "'");
                }
                dedupeIgnore.put(e.getKey(), in.regex(in.text(e.getValue(), path), path));
            }
        }
        return dedupeIgnore;
    }

    private Definition.Headline headline(JsonNode node, Set<String> names) {
        if (node == null) {
            return null;
        }
        in.requireObject(node, "headline");
        in.checkKeys(node, "headline", Set.of("value", "tolerance"));
        String value = in.requiredText(node, "headline", "value");
        if (!names.contains(value)) {
            throw in.error("headline.value", "unknown column '" + value + "'");
        }
        JsonNode t = node.get("tolerance");
        if (t != null && (!t.isNumber() || t.asDouble() < 0 || t.asDouble() >= 1)) {
            throw in.error("headline.tolerance", "must be a number from 0 up to (not including) 1");
        }
        return new Definition.Headline(value, t == null ? 0 : t.asDouble());
    }

    private Anchor anchor(JsonNode node, String path) {
        in.requireObject(node, path);
        in.checkKeys(node, path, ANCHOR_KEYS);
        MentionType type = in.mentionType(in.requiredText(node, path, "type"), path + ".type");
        Set<String> units = new LinkedHashSet<>(in.strings(node.get("units"), path + ".units"));
        Set<String> canonical = new LinkedHashSet<>(in.strings(node.get("canonical_units"), path + ".canonical_units"));
        List<String> topicWords = List.of();
        List<Scope> topicScopes = List.of(Scope.SENTENCE);
        JsonNode topic = node.get("topic");
        if (topic != null) {
            String tp = path + ".topic";
            in.requireObject(topic, tp);
            in.checkKeys(topic, tp, TOPIC_KEYS);
            topicWords = in.strings(in.required(topic, tp, "words"), tp + ".words");
            if (topicWords.isEmpty()) {
                throw in.error(tp + ".words", "must list at least one word");
            }
            JsonNode sc = topic.get("scope");
            if (sc != null && sc.isArray()) {
                List<Scope> scopes = new ArrayList<>();
                List<String> names = in.strings(sc, tp + ".scope");
                for (int i = 0; i < names.size(); i++) {
                    scopes.add(in.enumValue(Scope.class, names.get(i), tp + ".scope[" + i + "]"));
                }
                if (scopes.isEmpty()) {
                    throw in.error(tp + ".scope", "must name at least one scope");
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
                throw in.error(path + ".exclude", "must be a list");
            }
            for (int i = 0; i < ex.size(); i++) {
                String ep = path + ".exclude[" + i + "]";
                JsonNode e = ex.get(i);
                exclude.add(probe(e, ep, PROBE_KEYS));
            }
        }
        return new Anchor(type, units, canonical, topicWords, topicScopes, exclude);
    }

    /** An exclusion: a pattern in a scope, unless another is found ({@code unless: {pattern, scope}}). */
    private Probe probe(JsonNode e, String ep, Set<String> keys) {
        in.requireObject(e, ep);
        in.checkKeys(e, ep, keys);
        Probe unless = e.has("unless") ? probe(e.get("unless"), ep + ".unless", UNLESS_KEYS) : null;
        return new Probe(in.regex(in.requiredText(e, ep, "pattern"), ep + ".pattern"), scope(e, ep, Scope.SENTENCE),
                unless);
    }

    private Column column(JsonNode node, String path, Set<String> earlier) {
        in.requireObject(node, path);
        String name = in.requiredText(node, path, "name");
        if (name.isBlank()) {
            throw in.error(path + ".name", "must not be blank");
        }
        boolean required = in.bool(node, path, "required");
        Split split = node.has("split") ? split(node.get("split"), path + ".split") : null;
        Set<String> allowed = new HashSet<>(COLUMN_KEYS);
        allowed.addAll(ruleKeys(node, path));
        in.checkKeys(node, path, allowed);
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
            throw in.error(path, kinds.isEmpty()
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
                throw in.error(path + "." + key, "must be a non-empty list of rules");
            }
            List<Rule> rules = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                String rp = path + "." + key + "[" + i + "]";
                in.requireObject(list.get(i), rp);
                in.checkKeys(list.get(i), rp, ruleKeys(list.get(i), rp));
                rules.add(rule(list.get(i), rp, earlier));
            }
            return new Composite(rules, key.equals("join"), post);
        }
        if (node.has("value")) {
            return new Constant(in.text(node.get("value"), path + ".value"), post);
        }
        if (node.has("pattern")) {
            return new FromPattern(in.regex(in.requiredText(node, path, "pattern"), path + ".pattern"),
                    scope(node, path, Scope.SENTENCE), delimiters(node, path), pick(node, path), post);
        }
        if (node.has("words")) {
            return new FromWords(words(node.get("words"), path + ".words"), scope(node, path, Scope.SENTENCE),
                    delimiters(node, path), pick(node, path), post);
        }
        String from = in.requiredText(node, path, "from");
        if (FIELDS.contains(from)) {
            for (String k : MENTION_KEYS) {
                if (!k.equals("from") && node.has(k)) {
                    throw in.error(path + "." + k, "does not apply to from: " + from);
                }
            }
            return new Field(from, post);
        }
        MentionType type = from.equals("anchor") ? null : in.mentionType(from, path + ".from");
        String field = in.optionalText(node, path, "field", "value");
        if (!MENTION_FIELDS.contains(field)) {
            throw in.error(path + ".field", "unknown field '" + field + "', expected one of " + NodeReader.sorted(MENTION_FIELDS));
        }
        Side side = in.enumValue(Side.class, in.optionalText(node, path, "side", "nearest"), path + ".side");
        Scope within = in.enumValue(Scope.class, in.optionalText(node, path, "within", "sentence"), path + ".within");
        if (!MENTION_SCOPES.contains(within)) {
            throw in.error(path + ".within", "must be clause, sentence or article");
        }
        return new FromMention(type, field, side, within, in.count(node, path, "sentences_back"),
                in.count(node, path, "sentences_ahead"),
                new LinkedHashSet<>(in.strings(node.get("units"), path + ".units")),
                new LinkedHashSet<>(in.strings(node.get("canonical_units"), path + ".canonical_units")),
                in.optionalRegex(node, path, "preceded_by"), in.optionalRegex(node, path, "followed_by"),
                in.optionalRegex(node, path, "value_matches"), post);
    }

    private Post post(JsonNode node, String path, Set<String> earlier) {
        List<Pattern> strip = new ArrayList<>();
        List<String> stripTexts = in.strings(node.get("strip"), path + ".strip");
        for (int i = 0; i < stripTexts.size(); i++) {
            strip.add(in.regex(stripTexts.get(i), path + ".strip[" + i + "]"));
        }
        Map<String, String> map = Map.of();
        if (node.has("map")) {
            JsonNode m = node.get("map");
            if (!m.isObject()) {
                throw in.error(path + ".map", "must be a mapping of value: replacement");
            }
            map = words(m, path + ".map");
        }
        When when = null;
        if (node.has("when")) {
            String wp = path + ".when";
            JsonNode w = node.get("when");
            in.requireObject(w, wp);
            in.checkKeys(w, wp, Set.of("column", "scope", "matches"));
            Pattern matches = in.regex(in.requiredText(w, wp, "matches"), wp + ".matches");
            if (w.has("scope") && !w.has("column")) {
                when = new When(null, scope(w, wp, Scope.SENTENCE), matches);
            } else {
                String column = in.requiredText(w, wp, "column");
                if (!earlier.contains(column)) {
                    throw in.error(wp + ".column", "unknown column '" + column + "' (only columns defined earlier can be tested)");
                }
                if (w.has("scope")) {
                    throw in.error(wp, "tests a column or a scope, not both");
                }
                when = new When(column, null, matches);
            }
        }
        return new Post(strip, map, in.optionalRegex(node, path, "reject"),
                in.optionalText(node, path, "replace", null), in.optionalText(node, path, "prefix", ""), in.optionalText(node, path, "suffix", ""), when);
    }

    private Split split(JsonNode node, String path) {
        in.requireObject(node, path);
        in.checkKeys(node, path, SPLIT_KEYS);
        return new Split(in.regex(in.requiredText(node, path, "on"), path + ".on"), in.optionalRegex(node, path, "part"),
                in.strings(node.get("share_suffix"), path + ".share_suffix"), in.optionalRegex(node, path, "respectively"),
                in.optionalRegex(node, path, "unless"), in.optionalRegex(node, path, "modifier"),
                in.bool(node, path, "only_respectively"),
                node.has("expand") ? words(node.get("expand"), path + ".expand") : Map.of(),
                in.optionalRegex(node, path, "jointly"), groups(node, path));
    }

    /** The {@code groups} of a split: {@code word} (one group) and {@code share_suffix}; needs {@code respectively}. */
    private Definition.Groups groups(JsonNode split, String path) {
        JsonNode node = split.get("groups");
        if (node == null) {
            return null;
        }
        String gp = path + ".groups";
        in.requireObject(node, gp);
        in.checkKeys(node, gp, Set.of("word", "share_suffix"));
        String word = in.requiredText(node, gp, "word");
        Pattern compiled = in.regex(word, gp + ".word");
        String respectively = in.requiredText(split, path, "respectively");
        String on = GROUP_SEPARATORS;
        List<String> suffix = in.strings(node.get("share_suffix"), gp + ".share_suffix");
        String suffixes = suffix.stream().map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElse("(?!)");
        Pattern single = in.regex("(?:" + word + ")(?:(?:" + on + ")(?:" + word + "))+|(?<one>(?:" + word + ")(?:" + suffixes
                + ")?)", gp + ".word");
        // the tail reaches over a shared suffix and the item: 和100周岁以上老年人的高龄津贴分别…, or a list written at the
        // start of an item of up to 16 characters: 一级、二级重度残疾人护理补贴标准分别…
        Pattern list = in.regex("(?<list>(?:" + word + ")(?:(?:" + on + ")(?:" + word + "))+)(?<tail>[^，,；;。]{0,16}?)"
                + "[，,]?(?:" + respectively + ")", gp + ".word");
        return new Definition.Groups(compiled, single, list, suffix, Pattern.compile(on));
    }

    private Map<String, String> words(JsonNode node, String path) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node.isArray()) {
            for (String w : in.strings(node, path)) {
                out.put(w, w);
            }
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().isEmpty()) {
                    throw in.error(path, "empty word");
                }
                out.put(e.getKey(), in.text(e.getValue(), path + "." + e.getKey()));
            }
        } else {
            throw in.error(path, "must be a list of words or a mapping word: value");
        }
        if (out.isEmpty()) {
            throw in.error(path, "must not be empty");
        }
        return out;
    }

    private Pick pick(JsonNode node, String path) {
        return in.enumValue(Pick.class, in.optionalText(node, path, "pick", "nearest"), path + ".pick");
    }

    private String delimiters(JsonNode node, String path) {
        String d = in.optionalText(node, path, "delimiters", null);
        if (d != null && d.isEmpty()) {
            throw in.error(path + ".delimiters", "must not be empty");
        }
        return d;
    }

    private Scope scope(JsonNode node, String path, Scope fallback) {
        return node.has("scope") ? in.enumValue(Scope.class, in.text(node.get("scope"), path + ".scope"), path + ".scope")
                : fallback;
    }
}
