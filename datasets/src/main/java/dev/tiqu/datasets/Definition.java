package dev.tiqu.datasets;

import dev.tiqu.core.mention.MentionType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A parsed and validated dataset definition: which mentions form rows, and how each column of
 * a row is filled. Built by {@link DefinitionParser} from a YAML or JSON file; evaluated by
 * {@link DefinedDataset}. Immutable.
 *
 * <p>Example (YAML): {@code name: subsidy}, {@code anchor: {type: MONEY, topic: {words: [低保]}}},
 * {@code columns: [{name: amount_yuan, from: anchor, field: value}]} → one row per MONEY
 * mention in a sentence about 低保, its amount in the {@code amount_yuan} column.
 *
 * @param name        the dataset name (the CSV is {@code name.csv})
 * @param description what a row is, for people
 * @param anchor      which mentions form rows
 * @param columns     the columns, in CSV order
 * @param dedupe      columns whose equal values merge rows of one page (empty: no merging)
 * @param dedupeIgnore per dedupe column, a pattern removed from its values before they are
 *                    compared ({@code 分布式光伏项目$}: 宁乡一中屋顶 and 宁乡一中屋顶分布式光伏项目 merge)
 * @param delimiters  characters that end a clause
 * @param headline    how a figure in a headline merges with the body row it repeats, or {@code null}
 */
public record Definition(String name, String description, Anchor anchor, List<Column> columns,
                         List<String> dedupe, Map<String, Pattern> dedupeIgnore, String delimiters,
                         Headline headline) {

    public Definition {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(anchor, "anchor");
        columns = List.copyOf(columns);
        dedupe = List.copyOf(dedupe);
        dedupeIgnore = Map.copyOf(dedupeIgnore);
        Objects.requireNonNull(delimiters, "delimiters");
    }

    /**
     * An unmodifiable copy of {@code map} in its order. Design decision: not {@code Map.copyOf},
     * whose order changes from one JVM run to the next; word lists and expansions are tried in the
     * order the definition gives them, and a tie between two words at the same distance goes to the
     * earlier one, so that a run's rows do not depend on the run.
     */
    private static <K, V> Map<K, V> ordered(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /**
     * The mentions that form rows.
     *
     * @param type           the mention type of an anchor
     * @param units          accepted {@code Amount.unit} values (empty: any)
     * @param canonicalUnits accepted {@code Amount.canonicalUnit} values (empty: any)
     * @param topicWords     one of these must occur in one of {@code topicScopes} (empty: no condition)
     * @param topicScopes    where the topic words are looked for
     * @param exclude        an anchor is dropped when one of these patterns matches around it
     */
    public record Anchor(MentionType type, Set<String> units, Set<String> canonicalUnits,
                         List<String> topicWords, List<Scope> topicScopes, List<Probe> exclude) {
        public Anchor {
            Objects.requireNonNull(type, "type");
            units = Set.copyOf(units);
            canonicalUnits = Set.copyOf(canonicalUnits);
            topicWords = List.copyOf(topicWords);
            topicScopes = List.copyOf(topicScopes);
            exclude = List.copyOf(exclude);
        }
    }

    /**
     * A regular expression looked for in a scope around the anchor; with {@code unless}, it counts as found only
     * when the {@code unless} probe is not found (null: no such condition).
     */
    public record Probe(Pattern pattern, Scope scope, Probe unless) {
        public Probe {
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(scope, "scope");
        }
    }

    /**
     * One column: its value is what its rule finds.
     *
     * @param name     the CSV header
     * @param rule     how the value is found
     * @param required rows whose value for this column is empty are dropped
     * @param split    splits a coordinated value (A和B) into one row per part, or {@code null}
     */
    public record Column(String name, Rule rule, boolean required, Split split) {
        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(rule, "rule");
        }
    }

    /**
     * Splits {@code 困难残疾人生活补贴和重度残疾人护理补贴标准} into one row per part.
     *
     * @param on          the separator pattern
     * @param part        every part must contain a match of this pattern, else no split
     * @param shareSuffix suffixes of the last part given to earlier parts that lack them
     * @param respectively when this pattern occurs in the anchor's clause before the anchor and
     *                     the clause holds as many anchors after it as there are parts, the
     *                     k-th anchor takes only the k-th part ({@code A和B分别为90元和100元}),
     *                     or {@code null}
     * @param unless       no split when this pattern occurs in the anchor's clause before the
     *                     anchor ({@code A和B共计2870万元} is one amount), or {@code null}
     * @param modifier     a part that is only a modifier (the whole part matches) takes what
     *                     follows the same kind of modifier at the start of the last part:
     *                     {@code 城市和农村低保标准 → 城市低保标准, 农村低保标准}; or {@code null}
     * @param onlyRespectively split only where {@code respectively} gives the anchor its part
     *                     ({@code 泸溪县和麻阳县的光伏电站分别为60兆瓦和40兆瓦}), else keep the value whole
     * @param expand      a word at the start of a value that names several groups at once, with
     *                    its coordinated form, used only where {@code respectively} then gives the
     *                    anchor its part: {@code 城乡: 城市和农村} reads {@code 城乡低保标准分别为760元、590元}
     *                    as 城市低保标准 760 and 农村低保标准 590 (城乡居民养老金 alone stays whole)
     * @param jointly     when this pattern occurs in the anchor's clause before the anchor, every
     *                    part takes the amount even under {@code onlyRespectively}
     *                    ({@code 甲县、乙县两座光伏电站装机均为10万千瓦}), or {@code null}
     * @param groups      the group an amount is for, put in front of a value that stays whole, or
     *                    {@code null}
     */
    public record Split(Pattern on, Pattern part, List<String> shareSuffix, Pattern respectively, Pattern unless,
            Pattern modifier, boolean onlyRespectively, Map<String, String> expand, Pattern jointly, Groups groups) {
        public Split {
            Objects.requireNonNull(on, "on");
            shareSuffix = List.copyOf(shareSuffix);
            expand = ordered(expand);
        }
    }

    /**
     * The groups (tiers, age groups) an amount can be for. A list of them before {@code
     * respectively} gives the k-th amount after it the k-th group ({@code 按一级、二级、三级三档，分别为
     * 150元、100元、80元}, {@code 对80至89周岁、90至99周岁老人分别按50元、100元…}); else the last group written
     * alone in the anchor's clause before it is the anchor's ({@code 百岁老人每人每月发放长寿补贴300元}). The
     * group goes in front of the value unless the value holds it, and replaces a group the value
     * starts with ({@code 80至89周岁老年人高龄津贴} for {@code 90至99周岁…} → {@code 90至99周岁老年人高龄津贴}).
     *
     * @param word   one group: {@code 一级}, {@code 80至89周岁}, {@code 百岁}
     * @param single a group in the anchor's clause, with a shared word after it ({@code 90周岁以上老人}),
     *               as group {@code one}; a list of groups matches without it
     * @param list   a list of groups before {@code respectively}: group {@code list} the groups,
     *               group {@code tail} what stands between them and {@code respectively}
     * @param suffix words after a list given to every group ({@code 老人})
     * @param on     what separates the groups of a list ({@code 、}, {@code 和}; not the 及 of 及以上)
     */
    public record Groups(Pattern word, Pattern single, Pattern list, List<String> suffix, Pattern on) {
        public Groups {
            Objects.requireNonNull(word, "word");
            Objects.requireNonNull(single, "single");
            Objects.requireNonNull(list, "list");
            suffix = List.copyOf(suffix);
        }
    }

    /**
     * A figure in a headline (a sentence of role TITLE) that repeats a row of its article's body
     * is that row: the body row stays, with its precise figure, and takes only the empty cells
     * of the headline's row. Design decision: a headline rounds (突破80万千瓦 over the body's
     * 81.6万千瓦) and names briefly (宿州 for 宿州市光伏发电累计并网装机), so the figure decides, not
     * the name: the body row nearest in value within {@code tolerance} of it.
     *
     * @param value     the column holding the figure
     * @param tolerance the largest relative difference, 0 for equal figures only
     */
    public record Headline(String value, double tolerance) {
        public Headline {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A condition on a column computed earlier in the row ({@code column}) or on the text of a scope around the anchor
     * ({@code scope}, e.g. {@code 该公司} in {@code before}): exactly one of the two is set.
     */
    public record When(String column, Scope scope, Pattern matches) {
        public When {
            if ((column == null) == (scope == null)) {
                throw new IllegalArgumentException("a condition tests a column or a scope");
            }
            Objects.requireNonNull(matches, "matches");
        }
    }

    /**
     * What is done to a raw value found by a rule, in this order: {@code strip} patterns are
     * removed, {@code map} replaces a whole value, values matching {@code reject} are skipped
     * (the rule then tries its next candidate), {@code replace} stands for any value left,
     * {@code prefix}/{@code suffix} are added. A rule whose {@code when} fails finds nothing.
     */
    public record Post(List<Pattern> strip, Map<String, String> map, Pattern reject, String replace,
                       String prefix, String suffix, When when) {
        public static final Post NONE = new Post(List.of(), Map.of(), null, null, "", "", null);

        public Post {
            strip = List.copyOf(strip);
            map = Map.copyOf(map);
            prefix = prefix == null ? "" : prefix;
            suffix = suffix == null ? "" : suffix;
        }
    }

    /** How one value of a column is found. */
    public sealed interface Rule permits Field, FromMention, FromPattern, FromWords, Constant, Composite {
        Post post();
    }

    /** A property of the row itself: doc, article, publication_date, sentence, start, end, title. */
    public record Field(String field, Post post) implements Rule {
    }

    /**
     * A mention near the anchor ({@code from: anchor} is the anchor itself).
     *
     * @param type           the mention type, or {@code null} for the anchor
     * @param field          which part of the mention: value, max, unit, per, qualifier, text,
     *                       normalized, canonical_value, canonical_unit, role
     * @param side           before, after or nearest the anchor
     * @param within         clause, sentence or article
     * @param sentencesBack  also look in this many previous sentences when nothing is found
     * @param sentencesAhead also look in this many following sentences when nothing is found
     * @param units          accepted units (empty: any)
     * @param canonicalUnits accepted canonical units (empty: any)
     * @param precededBy     must match the sentence text before the mention, or {@code null}
     * @param followedBy     must match the sentence text after the mention, or {@code null}
     * @param valueMatches   the field value must match, or {@code null}
     */
    public record FromMention(MentionType type, String field, Side side, Scope within, int sentencesBack,
                              int sentencesAhead,
                              Set<String> units, Set<String> canonicalUnits, Pattern precededBy,
                              Pattern followedBy, Pattern valueMatches, Post post) implements Rule {
        public FromMention {
            units = Set.copyOf(units);
            canonicalUnits = Set.copyOf(canonicalUnits);
        }
    }

    /**
     * A regular expression in a scope around the anchor; the value is group {@code v} if the
     * pattern names it, else group 1 if any, else the whole match. The match nearest the
     * anchor wins.
     */
    public record FromPattern(Pattern pattern, Scope scope, String delimiters, Pick pick, Post post) implements Rule {
    }

    /** The word of a list (or the value a map gives it) nearest the anchor in a scope. */
    public record FromWords(Map<String, String> words, Scope scope, String delimiters, Pick pick, Post post)
            implements Rule {
        public FromWords {
            words = ordered(words);
        }
    }

    /**
     * Rules combined: {@code first:} takes the first non-empty value of its rules in order;
     * {@code join:} concatenates their non-empty values (a value already contained is skipped)
     * and finds nothing when its first rule finds nothing.
     */
    public record Composite(List<Rule> rules, boolean join, Post post) implements Rule {
        public Composite {
            rules = List.copyOf(rules);
        }
    }

    /** A fixed value. */
    public record Constant(String value, Post post) implements Rule {
    }

    /** Which match of a pattern or word list wins: the one nearest the anchor, the first or the last in the scope. */
    public enum Pick { NEAREST, FIRST, LAST }

    /** Where a mention is looked for relative to the anchor. */
    public enum Side { BEFORE, AFTER, NEAREST }

    /** Text around the anchor where patterns, words and mentions are looked for. */
    public enum Scope {
        /** From the start of the anchor's clause to the anchor. */
        CLAUSE_BEFORE,
        /** From the end of the anchor to the end of its clause. */
        CLAUSE_AFTER,
        /** The anchor's clause. */
        CLAUSE,
        /** From the start of the sentence to the anchor. */
        BEFORE,
        /** From the anchor to the end of the sentence. */
        AFTER,
        /** The anchor's sentence. */
        SENTENCE,
        /** The sentence before the anchor's. */
        PREVIOUS_SENTENCE,
        /** The title and byline of the article. */
        TITLE,
        /** The whole article (title, byline and body). */
        ARTICLE,
        /** The whole page as cleaned sentences. */
        PAGE,
        /** The anchor mention's own text. */
        ANCHOR
    }
}
