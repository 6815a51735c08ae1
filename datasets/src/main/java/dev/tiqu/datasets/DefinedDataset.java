package dev.tiqu.datasets;

import dev.tiqu.core.dataset.Dataset;
import dev.tiqu.core.dataset.Record;
import dev.tiqu.core.mention.Amount;
import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.text.AlignedText;
import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Page;
import dev.tiqu.core.text.Sentence;
import dev.tiqu.core.text.Span;
import dev.tiqu.datasets.Definition.Column;
import dev.tiqu.datasets.Definition.Probe;
import dev.tiqu.datasets.Definition.Scope;
import dev.tiqu.datasets.Definition.Split;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;

/**
 * A {@link Dataset} that evaluates a {@link Definition} over a page and its mentions: one row
 * per anchor mention that passes the topic and exclusion tests (more when a column splits),
 * each column filled by the first of its rules that finds a value.
 *
 * <p>Rows come in document order of their anchors (article, sentence, position); rows with
 * equal {@code dedupe} values are merged into the first, whose blank cells the later ones fill.
 * Example: the sentence {@code 城市低保标准提高到不低于700元/月} with its MONEY mention gives
 * a {@code subsidy} row {@code item 城市低保标准, amount_yuan 700, per 月, qualifier at_least}.
 * The work is linear in the text: each row reads only the windows of {@link Reach} around its
 * anchor. Immutable and thread-safe.
 */
public final class DefinedDataset implements Dataset {

    private final Definition definition;
    private final RuleEvaluator rules;

    public DefinedDataset(Definition definition) {
        this.definition = Objects.requireNonNull(definition, "definition");
        this.rules = new RuleEvaluator(definition);
    }

    public Definition definition() {
        return definition;
    }

    @Override
    public String name() {
        return definition.name();
    }

    @Override
    public List<String> columns() {
        return definition.columnNames();
    }

    @Override
    public List<Record> build(Page page, List<Mention> mentions) {
        return build(page, mentions, new WorkCount());
    }

    /** As {@link #build(Page, List)}, counting the steps taken in {@code work}. */
    List<Record> build(Page page, List<Mention> mentions, WorkCount work) {
        PageText shared = new PageText(page, work);
        Map<Integer, List<Mention>> byArticle = byArticle(mentions);
        List<RowMerger.Built> rows = new ArrayList<>();
        for (Article article : page.articles()) {
            List<List<Located>> bySentence = locate(article, byArticle.getOrDefault(article.index(), List.of()), work);
            for (int s = 0; s < bySentence.size(); s++) {
                for (Located anchor : bySentence.get(s)) {
                    if (isAnchor(anchor)) {
                        Row row = new Row(shared, article, s, anchor, bySentence);
                        if (passes(row)) {
                            boolean headline = article.sentences().get(s).role() == Sentence.Role.TITLE;
                            evaluate(row).forEach(r -> rows.add(new RowMerger.Built(r, article.index(), headline)));
                        }
                    }
                }
            }
        }
        List<Record> out = new ArrayList<>();
        for (Map<String, String> r : RowMerger.merge(rows, definition)) {
            out.add(new Record(definition.name(), r));
        }
        return out;
    }

    /** The mentions in document order, by article. */
    private static Map<Integer, List<Mention>> byArticle(List<Mention> mentions) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Mention.DOCUMENT_ORDER);
        Map<Integer, List<Mention>> out = new HashMap<>();
        for (Mention m : sorted) {
            out.computeIfAbsent(m.article(), a -> new ArrayList<>()).add(m);
        }
        return out;
    }

    /** Mentions of the article by sentence, in sentence order, with offsets in the cleaned text. */
    private static List<List<Located>> locate(Article article, List<Mention> mentions, WorkCount work) {
        List<List<Located>> out = new ArrayList<>();
        for (int i = 0; i < article.sentences().size(); i++) {
            out.add(new ArrayList<>());
        }
        for (Mention m : mentions) {
            if (m.sentence() < 0 || m.sentence() >= out.size()) {
                continue;
            }
            Sentence sentence = article.sentences().get(m.sentence());
            int[] at = locate(sentence, m.span());
            work.add(1);
            if (at != null) {
                out.get(m.sentence()).add(new Located(m, m.sentence(), at[0], at[1]));
            }
        }
        return out;
    }

    /**
     * [start, end) of the span in the sentence's cleaned text, or null: the first character that
     * ends after the span starts, to the last that starts before it ends (binary searches: the
     * alignment never goes backwards).
     */
    private static int[] locate(Sentence sentence, Span span) {
        AlignedText aligned = sentence.aligned();
        int n = sentence.text().length();
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (aligned.originalEnd(mid) > span.start()) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        int start = lo < n ? lo : -1;
        lo = 0;
        hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (aligned.originalStart(mid) < span.end()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        return start >= 0 && end > start ? new int[] {start, end} : null;
    }

    private boolean isAnchor(Located l) {
        Definition.Anchor a = definition.anchor();
        if (l.mention().type() != a.type()) {
            return false;
        }
        if (!a.units().isEmpty() || !a.canonicalUnits().isEmpty()) {
            if (!(l.mention().value() instanceof Amount amount)) {
                return false;
            }
            if (!a.units().isEmpty() && !a.units().contains(amount.unit())) {
                return false;
            }
            return a.canonicalUnits().isEmpty() || a.canonicalUnits().contains(amount.canonicalUnit());
        }
        return true;
    }

    private boolean passes(Row row) {
        Definition.Anchor a = definition.anchor();
        if (!a.topicWords().isEmpty()) {
            boolean found = false;
            for (Scope scope : a.topicScopes()) {
                String text = rules.segment(row, scope, null).text();
                found |= a.topicWords().stream().anyMatch(text::contains);
            }
            if (!found) {
                return false;
            }
        }
        for (Probe p : a.exclude()) {
            if (found(row, p)) {
                return false;
            }
        }
        return true;
    }

    private boolean found(Row row, Probe p) {
        return p.pattern().matcher(rules.segment(row, p.scope(), null).text()).find()
                && (p.unless() == null || !found(row, p.unless()));
    }

    private List<Map<String, String>> evaluate(Row row) {
        for (Column c : definition.columns()) {
            row.values.put(c.name(), rules.apply(row, c.rule()));
        }
        List<Map<String, String>> rows = new ArrayList<>();
        rows.add(row.values);
        for (Column c : definition.columns()) {
            if (c.split() != null) {
                List<Map<String, String>> next = new ArrayList<>();
                for (Map<String, String> r : rows) {
                    for (String part : parts(row, c, r.get(c.name()))) {
                        Map<String, String> copy = new LinkedHashMap<>(r);
                        copy.put(c.name(), part);
                        next.add(copy);
                    }
                }
                rows = next;
            }
        }
        List<Map<String, String>> kept = new ArrayList<>();
        for (Map<String, String> r : rows) {
            boolean ok = true;
            for (Column c : definition.columns()) {
                ok &= !c.required() || !r.get(c.name()).isEmpty();
            }
            if (ok) {
                kept.add(r);
            }
        }
        return kept;
    }

    /** The parts of a splitting column's value that become rows: all, the anchor's own, or the value whole. */
    private List<String> parts(Row row, Column c, String value) {
        Split split = c.split();
        List<String> parts = splits(row, split) ? PartSplitter.split(value, split) : List.of(value);
        String expanded = parts.size() == 1 ? PartSplitter.expand(value, split) : null;
        if (expanded != null) {
            List<String> groups = PartSplitter.split(expanded, split);
            parts = respectiveIndex(row, split, groups.size()) >= 0 ? groups : parts;
        }
        int k = respectiveIndex(row, split, parts.size());
        if (k >= 0) {
            return List.of(parts.get(k));
        }
        List<String> out = split.onlyRespectively() && !jointly(row, split) ? List.of(value) : parts;
        return out.size() == 1 && split.groups() != null ? List.of(grouped(row, split, out.get(0))) : out;
    }

    /** The value with the group ({@link Definition.Groups}) its amount is for, when the sentence gives one. */
    private String grouped(Row row, Split split, String value) {
        Definition.Groups g = split.groups();
        String text = row.text();
        int[] clause = Segment.clause(row, definition.delimiters());
        String group = null;
        Matcher list = g.list().matcher(text.substring(row.windowStart(), row.anchor.start()));
        String[] groups = null;
        String tail = "";
        while (list.find()) {
            if (row.windowStart() + list.end() > clause[0]) {
                groups = g.on().split(list.group("list"));
                tail = list.group("tail");
            }
        }
        int k = groups == null ? -1 : respectiveIndex(row, split, groups.length);
        if (k >= 0) {
            group = PartSplitter.withSuffix(groups[k].trim(), tail, g.suffix());
        } else {
            Matcher single = g.single().matcher(text.substring(clause[0], row.anchor.start()));
            while (single.find()) {
                group = single.group("one") != null ? single.group("one") : group;
            }
            group = group == null ? null
                    : PartSplitter.withSiblingPeople(group, text.substring(row.windowStart(), clause[0]), g);
        }
        // the people between the list and a 的, unless they are the list's shared suffix (…和100周岁以上老年人的高龄津贴)
        String held = k >= 0 && group.equals(groups[k].trim()) ? PartSplitter.withHolder(value, tail) : value;
        return group == null || value.isEmpty() ? value
                : PartSplitter.qualify(held, group, g.word(), k >= 0 ? List.of(groups) : List.of());
    }

    /** Whether the anchor's clause says that every part has the amount ({@code 均为}). */
    private boolean jointly(Row row, Split split) {
        return split.jointly() != null
                && split.jointly().matcher(rules.segment(row, Scope.CLAUSE_BEFORE, null).text()).find();
    }

    /**
     * The index of the part the anchor takes when the clause distributes parts over anchors
     * ({@code A和B分别为90元和100元}), else -1.
     */
    private int respectiveIndex(Row row, Split split, int parts) {
        if (split.respectively() == null || parts < 2) {
            return -1;
        }
        String text = row.text();
        int[] clause = Segment.clause(row, definition.delimiters());
        Matcher m = split.respectively().matcher(text.substring(clause[0], row.anchor.start()));
        if (!m.find()) {
            return -1;
        }
        int after = clause[0] + m.end();
        List<Located> anchors = new ArrayList<>();
        for (Located l : row.near(row.sentence)) {
            if (l.start() >= after && l.end() <= clause[1] && isAnchor(l) && passes(row.at(l))) {
                anchors.add(l);
            }
        }
        return anchors.size() == parts ? anchors.indexOf(row.anchor) : -1;
    }

    private boolean splits(Row row, Split split) {
        if (split.unless() == null) {
            return true;
        }
        return !split.unless().matcher(rules.segment(row, Scope.CLAUSE_BEFORE, null).text()).find();
    }
}
