package dev.tiqu.names;

import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.mention.NameValue;
import dev.tiqu.core.pipeline.ArticleContext;
import dev.tiqu.core.pipeline.Extractor;
import dev.tiqu.core.text.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * PERSON and ORGANIZATION mentions: a {@link NameRecognizer} backend's raw candidates repaired,
 * filtered and completed by rule layers (bylines, titles and roles, anonymized forms, an
 * organization suffix grammar with boundary repair, known organizations, in-article aliases).
 *
 * <p>A person name confirmed anywhere in the article (by a byline, a title, a speech verb…)
 * yields a mention at every occurrence, with the role printed there. Organization mentions carry
 * their full name as canonical when an alias was introduced ({@code （以下简称“株洲高新新能源”）});
 * page-wide abbreviations are left to {@link AliasResolver}. Thread-safe.
 * Example: {@code 市委书记曹慧泉主持 → PERSON 曹慧泉 (role 市委书记), ORGANIZATION 市委}.
 */
public final class NameExtractor implements Extractor {

    private final NameRecognizer recognizer;
    private final NameLexicon lex = NameLexicon.get();
    private final PersonRules persons;
    private final OrganizationRules organizations = new OrganizationRules(lex);
    private final TitleReferences references = new TitleReferences(lex);

    public NameExtractor(NameRecognizer recognizer) {
        this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
        this.persons = new PersonRules(lex, recognizer.words());
    }

    @Override
    public String name() {
        return "names";
    }

    @Override
    public List<Mention> extract(ArticleContext context) {
        List<Sentence> sentences = context.sentences();
        List<List<NamedSpan>> backend = new ArrayList<>();
        List<List<OrganizationRules.Hit>> orgHits = new ArrayList<>();
        WordMemo words = new WordMemo(recognizer.words());
        for (Sentence s : sentences) {
            Analysis analysis = BoundedRecognition.analyze(recognizer, s.text());
            List<NamedSpan> spans = analysis.names();
            words.sentence(s.text(), analysis.words());
            backend.add(spans);
            orgHits.add(organizations.find(s.text(), spans, words));
        }
        List<Mention> result = new ArrayList<>();
        List<List<int[]>> orgSpans = organizationMentions(context, orgHits, result);
        List<List<PersonRules.Hit>> personHits = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            personHits.add(persons.find(sentences.get(i), backend.get(i), orgSpans.get(i), words));
        }
        Map<String, String> confirmed = confirmedNames(personHits, backend);
        Map<String, Set<String>> roles = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            personMentions(context, sentences.get(i), personHits.get(i), orgSpans.get(i), confirmed, result);
        }
        for (Mention m : result) {
            if (m.type() == MentionType.PERSON && !m.name().role().isEmpty()) {
                roles.computeIfAbsent(m.name().canonical(), k -> new HashSet<>()).add(m.name().role());
            }
        }
        for (Sentence s : sentences) {
            titleReferences(context, s, roles, result);
        }
        result.sort(Mention.DOCUMENT_ORDER);
        return result;
    }

    /**
     * Adds the organization mentions of every sentence to {@code result}, with the aliases
     * introduced anywhere in the article; returns each sentence's organization spans.
     */
    private List<List<int[]>> organizationMentions(ArticleContext context, List<List<OrganizationRules.Hit>> orgHits,
            List<Mention> result) {
        List<Sentence> sentences = context.sentences();
        StringBuilder all = new StringBuilder();
        for (Sentence s : sentences) {
            all.append(s.text()).append('\n');
        }
        String articleText = all.toString();
        Map<String, String> aliases = new LinkedHashMap<>();
        for (List<OrganizationRules.Hit> hits : orgHits) {
            for (OrganizationRules.Hit h : hits) {
                if (h.kind().equals("ALIAS")) {
                    aliases.put(h.text(), h.canonical());
                }
            }
        }
        List<List<int[]>> orgSpans = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            List<int[]> spans = new ArrayList<>();
            List<OrganizationRules.Hit> hits = new ArrayList<>(orgHits.get(i));
            addAliasOccurrences(s.text(), aliases, hits);
            for (OrganizationRules.Hit h : hits) {
                if (h.recurrent() && occurrences(articleText, h.text()) < 2) {
                    continue;
                }
                spans.add(new int[] {h.start(), h.end()});
                result.add(context.mention(MentionType.ORGANIZATION, s, h.start(), h.end(),
                        new NameValue(h.canonical(), ""), name()));
            }
            orgSpans.add(spans);
        }
        return orgSpans;
    }

    /**
     * Adds a mention for each surname with a title ({@code 王局长}) that refers to a name printed
     * in full with that title in the article; its canonical value is the full name.
     */
    private void titleReferences(ArticleContext context, Sentence s, Map<String, Set<String>> roles,
            List<Mention> result) {
        for (TitleReferences.Reference r : references.find(s.text(), roles)) {
            Mention reference = context.mention(MentionType.PERSON, s, r.start(), r.end(),
                    new NameValue(r.name(), r.title()), name());
            if (result.stream().noneMatch(m -> m.span().overlaps(reference.span()))) {
                result.add(reference);
            }
        }
    }

    /** The names confirmed anywhere in the article, each with the source that confirmed it first. */
    private Map<String, String> confirmedNames(List<List<PersonRules.Hit>> personHits, List<List<NamedSpan>> backend) {
        Map<String, String> confirmed = new HashMap<>();
        for (int i = 0; i < personHits.size(); i++) {
            for (PersonRules.Hit h : personHits.get(i)) {
                if (h.confirmed()) {
                    confirmed.putIfAbsent(h.name(), sourceOf(h, backend.get(i)));
                }
            }
        }
        return confirmed;
    }

    /**
     * Adds the person mentions of one sentence: its confirmed hits, then every other occurrence
     * of a name confirmed in the article (longest names first), outside organizations.
     */
    private void personMentions(ArticleContext context, Sentence s, List<PersonRules.Hit> hits, List<int[]> orgs,
            Map<String, String> confirmed, List<Mention> result) {
        List<String> names = new ArrayList<>(confirmed.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        String text = s.text();
        boolean[] taken = new boolean[text.length()];
        for (int[] o : orgs) {
            mark(taken, o[0], o[1]);
        }
        for (PersonRules.Hit h : hits) {
            if (confirmed.containsKey(h.name()) && free(taken, h.start(), h.end())) {
                mark(taken, h.start(), h.end());
                result.add(context.mention(MentionType.PERSON, s, h.start(), h.end(),
                        new NameValue(h.name(), h.role()), confirmed.get(h.name())));
            }
        }
        for (String name : names) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int end = at + name.length();
                if (free(taken, at, end)) {
                    mark(taken, at, end);
                    result.add(context.mention(MentionType.PERSON, s, at, end,
                            new NameValue(name, persons.role(text, at)), confirmed.get(name)));
                }
            }
        }
    }

    private String sourceOf(PersonRules.Hit hit, List<NamedSpan> spans) {
        for (NamedSpan s : spans) {
            if (s.type() == MentionType.PERSON && s.start() == hit.start() && s.end() == hit.end()) {
                return recognizer.name();
            }
        }
        return name();
    }

    private static void addAliasOccurrences(String text, Map<String, String> aliases, List<OrganizationRules.Hit> hits) {
        for (Map.Entry<String, String> alias : aliases.entrySet()) {
            String a = alias.getKey();
            for (int at = text.indexOf(a); at >= 0; at = text.indexOf(a, at + 1)) {
                int start = at;
                int end = at + a.length();
                hits.removeIf(h -> start <= h.start() && h.end() <= end && h.length() < end - start);
                boolean clash = false;
                for (OrganizationRules.Hit h : hits) {
                    clash |= h.start() < end && at < h.end();
                }
                if (!clash) {
                    hits.add(new OrganizationRules.Hit(at, end, a, alias.getValue(), "ALIAS", false));
                }
            }
        }
    }

    private static int occurrences(String text, String s) {
        int n = 0;
        for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
            n++;
        }
        return n;
    }

    private static void mark(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
    }

    private static boolean free(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }
}
