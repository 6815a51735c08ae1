package dev.tiqu.names;

import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.mention.NameValue;
import dev.tiqu.core.pipeline.Resolver;
import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Page;
import dev.tiqu.core.text.Sentence;
import dev.tiqu.core.text.Span;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Resolves organization aliases within a page: sets {@link NameValue#canonical()} of a short
 * name to the full name printed on the same page, and adds mentions for occurrences of the
 * short name the extractor did not see. Aliases come from {@code （以下简称“…”）} definitions,
 * the general abbreviation rules of {@link Abbreviations}, and a lexicon of well-known
 * abbreviations (used only when exactly one of a short form's full names is on the page).
 * Example: with {@code 湖南工业大学} on the page, {@code 湖南工大在全省排名第三 → 湖南工大,
 * canonical 湖南工业大学}. Pure and thread-safe.
 */
public final class AliasResolver implements Resolver {

    private static final int MIN_SHORT = 3;
    private static final int MAX_SHORT = 8;

    /** The end of a company's legal form (有限公司, 股份有限公司, 有限责任公司) before a branch's name. */
    private static final String LEGAL_FORM = "公司";
    private final NameLexicon lex = NameLexicon.get();
    private final Abbreviations abbreviations = new Abbreviations(lex);

    @Override
    public String name() {
        return "aliases";
    }

    @Override
    public List<Mention> resolve(Page page, List<Mention> mentions) {
        Set<String> fullNames = new LinkedHashSet<>();
        Map<String, String> aliases = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.type() == MentionType.ORGANIZATION) {
                if (m.text().equals(m.name().canonical())) {
                    fullNames.add(companyOfBranch(m.text()));
                } else {
                    aliases.put(m.text(), m.name().canonical());
                    fullNames.add(m.name().canonical());
                }
            }
        }
        listedAliases(fullNames).forEach(aliases::putIfAbsent);
        for (String name : fullNames) {
            if (lex.aliases.containsKey(name)) {
                continue;
            }
            String full = longestExpansion(name, fullNames);
            if (full != null) {
                aliases.putIfAbsent(name, full);
            }
        }
        List<Mention> result = new ArrayList<>();
        for (Mention m : mentions) {
            String canonical = m.type() == MentionType.ORGANIZATION ? aliases.get(m.text()) : null;
            result.add(canonical == null ? m : new Mention(m.type(), m.span(), m.text(),
                    new NameValue(canonical, m.name().role()), m.article(), m.sentence(), m.source()));
        }
        result.addAll(discover(page, mentions, fullNames, aliases));
        result.sort(Comparator.comparingInt(Mention::article).thenComparing(Mention.DOCUMENT_ORDER));
        return result;
    }

    /**
     * The company a branch's name starts with, or the name itself: short forms on the page stand
     * for the company, not for one of its branches ({@code 中国工商银行股份有限公司北京分行} → 中国工商银行股份有限公司).
     */
    private String companyOfBranch(String name) {
        for (String branch : lex.orgBranches) {
            if (name.endsWith(branch)) {
                int legal = name.lastIndexOf(LEGAL_FORM, name.length() - branch.length() - LEGAL_FORM.length());
                return legal > 0 ? name.substring(0, legal + LEGAL_FORM.length()) : name;
            }
        }
        return name;
    }

    /**
     * The listed short forms whose full name is printed on the page, each with the one page name
     * printed for it (the longest, when one extends another: 中国工商银行股份有限公司); a short
     * form with several of its full names printed gets none (南航 with both an airline and a
     * university on the page).
     */
    private Map<String, String> listedAliases(Set<String> fullNames) {
        Map<String, String> found = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (String name : fullNames) {
            for (String shortForm : abbreviations.listedShortForms(name)) {
                String before = found.putIfAbsent(shortForm, name);
                if (before != null && name.startsWith(before)) {
                    found.put(shortForm, name);
                } else if (before != null && !before.startsWith(name)) {
                    ambiguous.add(shortForm);
                }
            }
        }
        found.keySet().removeAll(ambiguous);
        return found;
    }

    /** The longest other full name {@code name} abbreviates, or null. */
    private String longestExpansion(String name, Set<String> fullNames) {
        String best = null;
        for (String full : fullNames) {
            if (!full.equals(name) && abbreviations.matches(name, full)
                    && (best == null || full.length() > best.length())) {
                best = full;
            }
        }
        return best;
    }

    /**
     * The page's full names indexed by character: a short form's characters all occur in its
     * long form, so only names containing every character of a substring are tried.
     */
    private final class Expansions {
        private final Map<Character, Set<String>> byChar = new HashMap<>();
        private final Map<String, String> cache = new HashMap<>();
        private final BitSet chars = new BitSet();

        Expansions(Set<String> fullNames) {
            for (String full : fullNames) {
                for (char c : full.toCharArray()) {
                    byChar.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(full);
                    chars.set(c);
                }
            }
        }

        boolean hasChar(char c) {
            return chars.get(c);
        }

        String of(String s) {
            Set<String> first = byChar.get(s.charAt(0));
            Set<String> last = byChar.get(s.charAt(s.length() - 1));
            if (first == null || last == null) {
                return null;
            }
            return cache.computeIfAbsent(s, k -> {
                Set<String> both = new LinkedHashSet<>(first);
                for (int i = 1; i < k.length(); i++) {
                    Set<String> with = byChar.get(k.charAt(i));
                    if (with == null) {
                        return "";
                    }
                    both.retainAll(with);
                }
                both.remove(k);
                return both.isEmpty() ? "" : Objects.requireNonNullElse(longestExpansion(k, both), "");
            });
        }
    }

    /** Mentions for unseen occurrences of aliases and of abbreviations of the page's full names. */
    private List<Mention> discover(Page page, List<Mention> mentions, Set<String> fullNames,
                                   Map<String, String> aliases) {
        List<Mention> added = new ArrayList<>();
        Expansions expansions = new Expansions(fullNames);
        BitSet aliasFirst = new BitSet();
        BitSet aliasLast = new BitSet();
        for (String alias : aliases.keySet()) {
            if (!alias.isEmpty()) {
                aliasFirst.set(alias.charAt(0));
                aliasLast.set(alias.charAt(alias.length() - 1));
            }
        }
        for (Article article : page.articles()) {
            for (Sentence sentence : article.sentences()) {
                String text = sentence.text();
                boolean[] taken = null;
                for (int start = 0; start < text.length(); start++) {
                    char first = text.charAt(start);
                    boolean aliasMayStart = aliasFirst.get(first);
                    if (!aliasMayStart && !expansions.hasChar(first)) {
                        continue;
                    }
                    int maxLen = Math.min(MAX_SHORT, text.length() - start);
                    int known = 0;
                    while (known < maxLen && expansions.hasChar(text.charAt(start + known))) {
                        known++;
                    }
                    for (int len = maxLen; len >= 2; len--) {
                        int end = start + len;
                        boolean candidate = aliasMayStart && aliasLast.get(text.charAt(end - 1))
                                || len >= MIN_SHORT && len <= known;
                        if (!candidate) {
                            continue;
                        }
                        taken = taken == null ? taken(mentions, article.index(), sentence) : taken;
                        if (!free(taken, start, end)) {
                            continue;
                        }
                        String s = text.substring(start, end);
                        String full = aliases.get(s);
                        if (full == null && len >= MIN_SHORT && !fullNames.contains(s) && !lex.aliases.containsKey(s)) {
                            full = expansions.of(s);
                        }
                        if (full != null && !full.isEmpty() && lex.plausibleOrg(text, start, end)) {
                            for (int i = start; i < end; i++) {
                                taken[i] = true;
                            }
                            added.add(new Mention(MentionType.ORGANIZATION, sentence.toOriginal(start, end), s,
                                    new NameValue(full, ""), article.index(), sentence.index(), name()));
                            break;
                        }
                    }
                }
            }
        }
        return added;
    }

    private static boolean[] taken(List<Mention> mentions, int article, Sentence sentence) {
        String text = sentence.text();
        boolean[] taken = new boolean[text.length()];
        Span span = sentence.span();
        for (Mention m : mentions) {
            if (m.article() != article || m.sentence() != sentence.index()
                    || (m.type() != MentionType.ORGANIZATION && m.type() != MentionType.PERSON)
                    || !span.overlaps(m.span())) {
                continue;
            }
            int at = -1;
            for (int from = text.indexOf(m.text()); from >= 0; from = text.indexOf(m.text(), from + 1)) {
                if (sentence.toOriginal(from, from + m.text().length()).equals(m.span())) {
                    at = from;
                    break;
                }
            }
            if (at >= 0) {
                for (int i = at; i < at + m.text().length(); i++) {
                    taken[i] = true;
                }
            }
        }
        return taken;
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
