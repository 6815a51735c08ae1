package dev.tiqu.datasets;

import dev.tiqu.core.mention.Amount;
import dev.tiqu.core.mention.DateValue;
import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.NameValue;
import dev.tiqu.core.text.Page;
import dev.tiqu.core.text.Span;
import dev.tiqu.datasets.Definition.Composite;
import dev.tiqu.datasets.Definition.Constant;
import dev.tiqu.datasets.Definition.Field;
import dev.tiqu.datasets.Definition.FromMention;
import dev.tiqu.datasets.Definition.FromPattern;
import dev.tiqu.datasets.Definition.FromWords;
import dev.tiqu.datasets.Definition.Pick;
import dev.tiqu.datasets.Definition.Post;
import dev.tiqu.datasets.Definition.Rule;
import dev.tiqu.datasets.Definition.Scope;
import dev.tiqu.datasets.Definition.Side;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the value of one column rule for a row: collects the rule's candidates (pattern
 * matches, words, other mentions) ranked by distance from the anchor, cleans each with the
 * rule's {@link Post} steps and returns the first that survives, or {@code ""}.
 * Example: {@code pattern: '(?<v>\p{IsHan}+标准)', scope: clause_before} on
 * {@code 城市低保标准提高到700元} gives {@code 城市低保标准}. Immutable and thread-safe.
 */
final class RuleEvaluator {

    /** The distance a sentence boundary counts for, so a mention in the anchor's sentence always wins. */
    private static final int SENTENCE_DISTANCE = 100_000;

    private final Definition definition;

    RuleEvaluator(Definition definition) {
        this.definition = definition;
    }

    /** The text of a scope around the row's anchor, with the rule's or the definition's delimiters. */
    Segment segment(Row row, Scope scope, String delimiters) {
        return Segment.of(row, scope, delimiters == null ? definition.delimiters() : delimiters);
    }

    String apply(Row row, Rule rule) {
        Post post = rule.post();
        if (post.when() != null && !holds(row, post.when())) {
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

    /** Whether the rule's condition holds: its column's value, or the text of its scope, matches. */
    private boolean holds(Row row, Definition.When when) {
        String text = when.column() != null ? row.values.getOrDefault(when.column(), "")
                : segment(row, when.scope(), null).text();
        return when.matches().matcher(text).find();
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
        Span span = row.anchor.mention().span();
        return switch (field) {
            case "doc" -> page.document().id();
            case "article" -> Integer.toString(row.article.index());
            case "publication_date" -> page.publicationDate().isKnown() ? page.publicationDate().date().toString() : "";
            case "sentence" -> row.text().substring(row.windowStart(), row.windowEnd());
            case "start" -> Integer.toString(span.start());
            case "end" -> Integer.toString(span.end());
            case "title" -> row.article.title();
            default -> throw new IllegalStateException("unknown field " + field);
        };
    }

    private List<String> patternCandidates(Row row, FromPattern rule) {
        Segment seg = segment(row, rule.scope(), rule.delimiters());
        List<Candidate> found = new ArrayList<>();
        Matcher m = rule.pattern().matcher(seg.text());
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
            for (int i = seg.text().indexOf(w.getKey()); i >= 0; i = seg.text().indexOf(w.getKey(), i + 1)) {
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
            case LAST -> seg.text().length() - e;
        };
    }

    private static List<String> ranked(List<Candidate> found) {
        List<Candidate> ok = new ArrayList<>(found.stream().filter(c -> c.distance >= 0).toList());
        ok.sort(Comparator.comparingLong(Candidate::distance));
        return ok.stream().map(Candidate::value).toList();
    }

    private List<String> mentionCandidates(Row row, FromMention rule) {
        if (rule.type() == null) {
            return List.of(mentionField(row.anchor.mention(), rule.field()));
        }
        List<Candidate> found = new ArrayList<>();
        int[] clause = Segment.clause(row, definition.delimiters());
        int reach = rule.within() == Scope.ARTICLE ? Reach.ARTICLE_SENTENCES : 0;
        int first = Math.max(0, row.sentence - Math.max(reach, rule.sentencesBack()));
        int last = Math.min(row.bySentence.size() - 1, row.sentence + Math.max(reach, rule.sentencesAhead()));
        for (int s = first; s <= last; s++) {
            boolean inScope = rule.within() == Scope.ARTICLE || s == row.sentence;
            boolean back = s < row.sentence && row.sentence - s <= rule.sentencesBack();
            boolean ahead = s > row.sentence && s - row.sentence <= rule.sentencesAhead();
            if (!inScope && !back && !ahead) {
                continue;
            }
            for (Located l : row.near(s)) {
                if (l.mention().equals(row.anchor.mention()) || l.mention().type() != rule.type()) {
                    continue;
                }
                long distance = distance(row, l, rule, clause);
                if (distance < 0 || !onSide(row, l, rule.side())
                        || !accepts(rule, l, row.article.sentences().get(s).text())) {
                    continue;
                }
                String v = mentionField(l.mention(), rule.field());
                if (rule.valueMatches() != null && !rule.valueMatches().matcher(v).find()) {
                    continue;
                }
                found.add(new Candidate(v, inScope ? distance : distance + (long) SENTENCE_DISTANCE * 1000));
            }
        }
        return ranked(found);
    }

    /** How far {@code l} is from the anchor (sentences apart count {@link #SENTENCE_DISTANCE}); -1 if out of reach. */
    private long distance(Row row, Located l, FromMention rule, int[] clause) {
        int s = l.sentence();
        if (s != row.sentence) {
            return (long) SENTENCE_DISTANCE * Math.abs(s - row.sentence)
                    + (s < row.sentence ? row.article.sentences().get(s).text().length() - l.end() : l.start());
        }
        long distance;
        if (l.end() <= row.anchor.start()) {
            distance = row.anchor.start() - l.end();
        } else if (l.start() >= row.anchor.end()) {
            distance = l.start() - row.anchor.end();
        } else {
            return -1;
        }
        if (rule.within() == Scope.CLAUSE && (l.start() < clause[0] || l.end() > clause[1])) {
            return -1;
        }
        return distance;
    }

    private static boolean onSide(Row row, Located l, Side side) {
        boolean before = l.sentence() < row.sentence || (l.sentence() == row.sentence && l.end() <= row.anchor.start());
        return !((side == Side.BEFORE && !before) || (side == Side.AFTER && before));
    }

    private static boolean accepts(FromMention rule, Located l, String text) {
        if (!rule.units().isEmpty() || !rule.canonicalUnits().isEmpty()) {
            if (!(l.mention().value() instanceof Amount a)) {
                return false;
            }
            if (!rule.units().isEmpty() && !rule.units().contains(a.unit())) {
                return false;
            }
            if (!rule.canonicalUnits().isEmpty() && !rule.canonicalUnits().contains(a.canonicalUnit())) {
                return false;
            }
        }
        if (rule.precededBy() != null
                && !rule.precededBy().matcher(text.substring(Math.max(0, l.start() - Reach.WINDOW), l.start())).find()) {
            return false;
        }
        return rule.followedBy() == null || rule.followedBy()
                .matcher(text.substring(l.end(), Math.min(text.length(), l.end() + Reach.WINDOW))).find();
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

    private record Candidate(String value, long distance) {
    }
}
