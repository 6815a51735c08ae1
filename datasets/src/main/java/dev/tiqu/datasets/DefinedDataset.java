package dev.tiqu.datasets;

import dev.tiqu.core.dataset.Dataset;
import dev.tiqu.core.dataset.Record;
import dev.tiqu.core.mention.Amount;
import dev.tiqu.core.mention.DateValue;
import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.NameValue;
import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Page;
import dev.tiqu.core.text.Sentence;
import dev.tiqu.core.text.Span;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link Dataset} that evaluates a {@link Definition} over a page and its mentions: one row
 * per anchor mention that passes the topic and exclusion tests (more when a column splits),
 * each column filled by the first of its rules that finds a value.
 *
 * <p>Rows come in document order of their anchors (article, sentence, position); rows with
 * equal {@code dedupe} values are merged into the first, whose blank cells the later ones fill.
 * Example: the sentence {@code 城市低保标准提高到不低于700元/月} with its MONEY mention gives
 * a {@code subsidy} row {@code item 城市低保标准, amount_yuan 700, per 月, qualifier at_least}.
 * Immutable and thread-safe.
 */
public final class DefinedDataset implements Dataset {

    private static final int SENTENCE_DISTANCE = 100_000;

    private final Definition definition;

    public DefinedDataset(Definition definition) {
        this.definition = Objects.requireNonNull(definition, "definition");
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
        List<Map<String, String>> rows = new ArrayList<>();
        for (Article article : page.articles()) {
            List<List<Located>> bySentence = locate(article, mentions);
            for (int s = 0; s < bySentence.size(); s++) {
                for (Located anchor : bySentence.get(s)) {
                    if (isAnchor(anchor)) {
                        Row row = new Row(page, article, s, anchor, bySentence);
                        if (passes(row)) {
                            rows.addAll(evaluate(row));
                        }
                    }
                }
            }
        }
        List<Record> out = new ArrayList<>();
        for (Map<String, String> r : dedupe(rows)) {
            out.add(new Record(definition.name(), r));
        }
        return out;
    }

    /** Mentions of the article by sentence, in sentence order, with offsets in the cleaned text. */
    private static List<List<Located>> locate(Article article, List<Mention> mentions) {
        List<List<Located>> out = new ArrayList<>();
        for (int i = 0; i < article.sentences().size(); i++) {
            out.add(new ArrayList<>());
        }
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Mention.DOCUMENT_ORDER);
        for (Mention m : sorted) {
            if (m.article() != article.index() || m.sentence() < 0 || m.sentence() >= out.size()) {
                continue;
            }
            Sentence sentence = article.sentences().get(m.sentence());
            int[] at = locate(sentence, m.span());
            if (at != null) {
                out.get(m.sentence()).add(new Located(m, m.sentence(), at[0], at[1]));
            }
        }
        return out;
    }

    private static int[] locate(Sentence sentence, Span span) {
        int start = -1;
        int end = -1;
        for (int i = 0; i < sentence.text().length(); i++) {
            if (start < 0 && sentence.aligned().originalEnd(i) > span.start()) {
                start = i;
            }
            if (sentence.aligned().originalStart(i) < span.end()) {
                end = i + 1;
            }
        }
        return start >= 0 && end > start ? new int[] {start, end} : null;
    }

    private boolean isAnchor(Located l) {
        Definition.Anchor a = definition.anchor();
        if (l.mention.type() != a.type()) {
            return false;
        }
        if (!a.units().isEmpty() || !a.canonicalUnits().isEmpty()) {
            if (!(l.mention.value() instanceof Amount amount)) {
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
                String text = segment(row, scope, null).text;
                found |= a.topicWords().stream().anyMatch(text::contains);
            }
            if (!found) {
                return false;
            }
        }
        for (Probe p : a.exclude()) {
            if (p.pattern().matcher(segment(row, p.scope(), null).text).find()) {
                return false;
            }
        }
        return true;
    }

    private List<Map<String, String>> evaluate(Row row) {
        for (Column c : definition.columns()) {
            row.values.put(c.name(), value(row, c));
        }
        List<Map<String, String>> rows = new ArrayList<>();
        rows.add(row.values);
        for (Column c : definition.columns()) {
            if (c.split() != null) {
                List<Map<String, String>> next = new ArrayList<>();
                for (Map<String, String> r : rows) {
                    List<String> parts = splits(row, c.split()) ? split(r.get(c.name()), c.split())
                            : List.of(r.get(c.name()));
                    int k = respectiveIndex(row, c.split(), parts.size());
                    if (k >= 0) {
                        parts = List.of(parts.get(k));
                    } else if (c.split().onlyRespectively()) {
                        parts = List.of(r.get(c.name()));
                    }
                    for (String part : parts) {
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

    /**
     * The index of the part the anchor takes when the clause distributes parts over anchors
     * ({@code A和B分别为90元和100元}), else -1.
     */
    private int respectiveIndex(Row row, Split split, int parts) {
        if (split.respectively() == null || parts < 2) {
            return -1;
        }
        String text = row.text();
        int[] clause = clause(text, row.anchor.start, row.anchor.end, definition.delimiters());
        Matcher m = split.respectively().matcher(text.substring(clause[0], row.anchor.start));
        if (!m.find()) {
            return -1;
        }
        int after = clause[0] + m.end();
        List<Located> anchors = new ArrayList<>();
        for (Located l : row.bySentence.get(row.sentence)) {
            if (l.start >= after && l.end <= clause[1] && isAnchor(l)
                    && passes(new Row(row.page, row.article, row.sentence, l, row.bySentence))) {
                anchors.add(l);
            }
        }
        return anchors.size() == parts ? anchors.indexOf(row.anchor) : -1;
    }

    private boolean splits(Row row, Split split) {
        if (split.unless() == null) {
            return true;
        }
        return !split.unless().matcher(segment(row, Scope.CLAUSE_BEFORE, null).text).find();
    }

    private static List<String> split(String value, Split split) {
        String[] parts = split.on().split(value, -1);
        if (parts.length < 2) {
            return List.of(value);
        }
        String last = parts[parts.length - 1];
        String rest = modifierRest(last, split.modifier());
        for (int i = 0; i < parts.length; i++) {
            if (rest != null && i < parts.length - 1 && split.modifier().matcher(parts[i].trim()).matches()) {
                parts[i] = parts[i].trim() + rest;
            }
            String p = parts[i];
            if (p.isBlank() || (split.part() != null && !split.part().matcher(p).find())) {
                return List.of(value);
            }
        }
        String shared = "";
        for (String suffix : split.shareSuffix()) {
            if (last.endsWith(suffix)) {
                shared = suffix;
                break;
            }
        }
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            String t = p.trim();
            out.add(shared.isEmpty() || t.endsWith(shared) ? t : t + shared);
        }
        return out;
    }

    /** What follows a modifier at the start of {@code last} ({@code 农村低保标准 → 低保标准}), or null. */
    private static String modifierRest(String last, Pattern modifier) {
        if (modifier == null) {
            return null;
        }
        Matcher m = modifier.matcher(last.trim());
        return m.lookingAt() && m.end() < last.trim().length() ? last.trim().substring(m.end()) : null;
    }

    private List<Map<String, String>> dedupe(List<Map<String, String>> rows) {
        if (definition.dedupe().isEmpty()) {
            return rows;
        }
        Map<List<String>, Map<String, String>> merged = new LinkedHashMap<>();
        for (Map<String, String> r : rows) {
            List<String> key = definition.dedupe().stream().map(c -> {
                Pattern ignore = definition.dedupeIgnore().get(c);
                return ignore == null ? r.get(c) : ignore.matcher(r.get(c)).replaceAll("");
            }).toList();
            Map<String, String> first = merged.get(key);
            if (first == null) {
                merged.put(key, r);
            } else {
                for (Map.Entry<String, String> e : r.entrySet()) {
                    if (first.get(e.getKey()).isEmpty()) {
                        first.put(e.getKey(), e.getValue());
                    }
                }
            }
        }
        return new ArrayList<>(merged.values());
    }

    private String value(Row row, Column column) {
        return apply(row, column.rule());
    }

    private String apply(Row row, Rule rule) {
        Post post = rule.post();
        if (post.when() != null && !post.when().matches().matcher(row.values.getOrDefault(post.when().column(), "")).find()) {
            return "";
        }
        List<String> candidates;
        if (rule instanceof Composite c) {
            candidates = List.of(composite(row, c));
        } else if (rule instanceof Field f) {
            candidates = List.of(field(row, f.field()));
        } else if (rule instanceof Constant c) {
            candidates = List.of(c.value());
        } else if (rule instanceof FromPattern p) {
            candidates = patternCandidates(row, p);
        } else if (rule instanceof FromWords w) {
            candidates = wordCandidates(row, w);
        } else {
            candidates = mentionCandidates(row, (FromMention) rule);
        }
        for (String c : candidates) {
            String v = post(c, post);
            if (!v.isEmpty()) {
                return v;
            }
        }
        return "";
    }

    private String composite(Row row, Composite c) {
        StringBuilder sb = new StringBuilder();
        for (Rule r : c.rules()) {
            String v = apply(row, r);
            if (!c.join() && !v.isEmpty()) {
                return v;
            }
            if (c.join() && v.isEmpty() && r == c.rules().get(0)) {
                return "";
            }
            if (sb.indexOf(v) < 0) {
                sb.append(v);
            }
        }
        return sb.toString();
    }

    private static String post(String raw, Post post) {
        String v = raw == null ? "" : raw;
        for (Pattern p : post.strip()) {
            v = p.matcher(v).replaceAll("");
        }
        v = v.strip();
        v = post.map().getOrDefault(v, v);
        if (v.isEmpty() || (post.reject() != null && post.reject().matcher(v).find())) {
            return "";
        }
        if (post.replace() != null) {
            v = post.replace();
        }
        return post.prefix() + v + post.suffix();
    }

    private static String field(Row row, String field) {
        Page page = row.page;
        Span span = row.anchor.mention.span();
        return switch (field) {
            case "doc" -> page.document().id();
            case "article" -> Integer.toString(row.article.index());
            case "publication_date" -> page.publicationDate().isKnown() ? page.publicationDate().date().toString() : "";
            case "sentence" -> row.text();
            case "start" -> Integer.toString(span.start());
            case "end" -> Integer.toString(span.end());
            case "title" -> row.article.title();
            default -> throw new IllegalStateException("unknown field " + field);
        };
    }

    private List<String> patternCandidates(Row row, FromPattern rule) {
        Segment seg = segment(row, rule.scope(), rule.delimiters());
        List<Candidate> found = new ArrayList<>();
        Matcher m = rule.pattern().matcher(seg.text);
        boolean named = rule.pattern().pattern().contains("(?<v>");
        while (m.find()) {
            String group = named ? "v" : null;
            int g = named ? -1 : m.groupCount() >= 1 ? 1 : 0;
            String v = group != null ? m.group(group) : m.group(g);
            if (v == null) {
                continue;
            }
            int s = group != null ? m.start(group) : m.start(g);
            int e = group != null ? m.end(group) : m.end(g);
            found.add(new Candidate(v, rank(rule.pick(), seg, s, e)));
        }
        return ranked(found);
    }

    private List<String> wordCandidates(Row row, FromWords rule) {
        Segment seg = segment(row, rule.scope(), rule.delimiters());
        List<Candidate> found = new ArrayList<>();
        for (Map.Entry<String, String> w : rule.words().entrySet()) {
            for (int i = seg.text.indexOf(w.getKey()); i >= 0; i = seg.text.indexOf(w.getKey(), i + 1)) {
                long r = rank(rule.pick(), seg, i, i + w.getKey().length());
                found.add(new Candidate(w.getValue(), r < 0 ? r : r * 64 + 63 - Math.min(w.getKey().length(), 63)));
            }
        }
        return ranked(found);
    }

    /** The sort key of a match at [s, e): its distance from the anchor, or its position; -1 to skip it. */
    private static long rank(Pick pick, Segment seg, int s, int e) {
        long d = seg.distance(s, e);
        if (d < 0) {
            return d;
        }
        return switch (pick) {
            case NEAREST -> d;
            case FIRST -> s;
            case LAST -> seg.text.length() - e;
        };
    }

    private static List<String> ranked(List<Candidate> found) {
        List<Candidate> ok = new ArrayList<>(found.stream().filter(c -> c.distance >= 0).toList());
        ok.sort(Comparator.comparingLong(Candidate::distance));
        return ok.stream().map(Candidate::value).toList();
    }

    private List<String> mentionCandidates(Row row, FromMention rule) {
        if (rule.type() == null) {
            return List.of(mentionField(row.anchor.mention, rule.field()));
        }
        List<Candidate> found = new ArrayList<>();
        int[] clause = clause(row.text(), row.anchor.start, row.anchor.end, definition.delimiters());
        for (int s = 0; s < row.bySentence.size(); s++) {
            boolean inScope = switch (rule.within()) {
                case ARTICLE -> true;
                default -> s == row.sentence;
            };
            boolean back = s < row.sentence && row.sentence - s <= rule.sentencesBack();
            boolean ahead = s > row.sentence && s - row.sentence <= rule.sentencesAhead();
            if (!inScope && !back && !ahead) {
                continue;
            }
            for (Located l : row.bySentence.get(s)) {
                if (l.mention.equals(row.anchor.mention) || l.mention.type() != rule.type()) {
                    continue;
                }
                long distance;
                if (s == row.sentence) {
                    if (l.end <= row.anchor.start) {
                        distance = row.anchor.start - l.end;
                    } else if (l.start >= row.anchor.end) {
                        distance = l.start - row.anchor.end;
                    } else {
                        continue;
                    }
                    if (rule.within() == Scope.CLAUSE && (l.start < clause[0] || l.end > clause[1])) {
                        continue;
                    }
                } else {
                    distance = (long) SENTENCE_DISTANCE * Math.abs(s - row.sentence)
                            + (s < row.sentence ? row.article.sentences().get(s).text().length() - l.end : l.start);
                }
                boolean before = s < row.sentence || (s == row.sentence && l.end <= row.anchor.start);
                if ((rule.side() == Side.BEFORE && !before) || (rule.side() == Side.AFTER && before)) {
                    continue;
                }
                if (!accepts(rule, l, row.article.sentences().get(s).text())) {
                    continue;
                }
                String v = mentionField(l.mention, rule.field());
                if (rule.valueMatches() != null && !rule.valueMatches().matcher(v).find()) {
                    continue;
                }
                boolean primary = inScope && (rule.within() == Scope.ARTICLE || s == row.sentence);
                found.add(new Candidate(v, primary ? distance : distance + (long) SENTENCE_DISTANCE * 1000));
            }
        }
        return ranked(found);
    }

    private static boolean accepts(FromMention rule, Located l, String text) {
        if (!rule.units().isEmpty() || !rule.canonicalUnits().isEmpty()) {
            if (!(l.mention.value() instanceof Amount a)) {
                return false;
            }
            if (!rule.units().isEmpty() && !rule.units().contains(a.unit())) {
                return false;
            }
            if (!rule.canonicalUnits().isEmpty() && !rule.canonicalUnits().contains(a.canonicalUnit())) {
                return false;
            }
        }
        if (rule.precededBy() != null && !rule.precededBy().matcher(text.substring(0, l.start)).find()) {
            return false;
        }
        return rule.followedBy() == null || rule.followedBy().matcher(text.substring(l.end)).find();
    }

    static String mentionField(Mention m, String field) {
        Amount a = m.value() instanceof Amount x ? x : null;
        return switch (field) {
            case "value" -> a != null ? Amount.plain(a.value())
                    : m.value() instanceof DateValue d ? d.iso() : ((NameValue) m.value()).canonical();
            case "max" -> a == null ? "" : Amount.plain(a.max());
            case "unit" -> a == null ? "" : a.unit();
            case "per" -> a == null ? "" : a.per();
            case "qualifier" -> a == null ? "" : a.qualifier().label();
            case "text" -> m.text();
            case "normalized" -> m.value().normalized();
            case "canonical_value" -> a == null ? "" : Amount.plain(a.canonicalValue());
            case "canonical_unit" -> a == null ? "" : a.canonicalUnit();
            case "role" -> m.value() instanceof NameValue n ? n.role() : "";
            default -> throw new IllegalStateException("unknown mention field " + field);
        };
    }

    /** Text of a scope, with where the anchor lies in it. */
    private Segment segment(Row row, Scope scope, String delimiters) {
        String text = row.text();
        int as = row.anchor.start;
        int ae = row.anchor.end;
        int[] clause = clause(text, as, ae, delimiters == null ? definition.delimiters() : delimiters);
        return switch (scope) {
            case CLAUSE_BEFORE -> Segment.before(text.substring(clause[0], as));
            case CLAUSE_AFTER -> Segment.after(text.substring(ae, clause[1]));
            case CLAUSE -> new Segment(text.substring(clause[0], clause[1]), as - clause[0], ae - clause[0]);
            case BEFORE -> Segment.before(text.substring(0, as));
            case AFTER -> Segment.after(text.substring(ae));
            case SENTENCE -> new Segment(text, as, ae);
            case PREVIOUS_SENTENCE -> Segment.before(row.sentence > 0
                    ? row.article.sentences().get(row.sentence - 1).text() : "");
            case TITLE -> Segment.before(row.article.title() + "\n" + row.article.byline());
            case ARTICLE -> joined(List.of(row.article), row);
            case PAGE -> joined(row.page.articles(), row);
            case ANCHOR -> new Segment(row.anchor.mention.text(), 0, 0);
        };
    }

    private static Segment joined(List<Article> articles, Row row) {
        StringBuilder sb = new StringBuilder();
        int as = -1;
        for (Article a : articles) {
            for (Sentence s : a.sentences()) {
                if (a.index() == row.article.index() && s.index() == row.sentence) {
                    as = sb.length() + row.anchor.start;
                }
                sb.append(s.text()).append('\n');
            }
        }
        if (as < 0) {
            return Segment.before(sb.toString());
        }
        return new Segment(sb.toString(), as, as + row.anchor.end - row.anchor.start);
    }

    /** [start, end) of the clause around [as, ae) of text: between delimiters. */
    private static int[] clause(String text, int as, int ae, String delimiters) {
        int s = as;
        while (s > 0 && delimiters.indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        int e = ae;
        while (e < text.length() && delimiters.indexOf(text.charAt(e)) < 0) {
            e++;
        }
        return new int[] {s, e};
    }

    private record Located(Mention mention, int sentence, int start, int end) {
    }

    private record Candidate(String value, long distance) {
    }

    private record Segment(String text, int anchorStart, int anchorEnd) {
        static Segment before(String text) {
            return new Segment(text, text.length(), text.length());
        }

        static Segment after(String text) {
            return new Segment(text, 0, 0);
        }

        /** Distance of [s, e) from the anchor; -1 when it overlaps the anchor. */
        long distance(int s, int e) {
            if (e <= anchorStart) {
                return anchorStart - e;
            }
            if (s >= anchorEnd) {
                return s - anchorEnd;
            }
            return anchorStart == anchorEnd ? 0 : -1;
        }
    }

    private static final class Row {
        final Page page;
        final Article article;
        final int sentence;
        final Located anchor;
        final List<List<Located>> bySentence;
        final Map<String, String> values = new LinkedHashMap<>();

        Row(Page page, Article article, int sentence, Located anchor, List<List<Located>> bySentence) {
            this.page = page;
            this.article = article;
            this.sentence = sentence;
            this.anchor = anchor;
            this.bySentence = bySentence;
        }

        String text() {
            return article.sentences().get(sentence).text();
        }
    }
}
