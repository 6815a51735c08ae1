package dev.tiqu.names;

import static dev.tiqu.names.NameShape.covered;

import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person rule layers over one sentence, in order: bylines and photo credits, titles before
 * and after a name, anonymized forms, names guessed before a cue, a sentence that is a name,
 * names joined by a name dot, the backend's raw candidates through filters, and names listed next to a confirmed one.
 * Example: {@code 市委副书记、市长陈恢清主持 → 陈恢清, role 市委副书记、市长}.
 */
final class PersonRules {

    /** A person found in a sentence; {@code confirmed} when the context proves it is a person. */
    record Hit(int start, int end, String name, String role, boolean confirmed) {
    }

    private static final Pattern ANONYMIZED = Pattern.compile("(\\p{IsHan})(女士|先生|小姐|某某|某)(?![人些种地处时天年月日个项家类])");
    /** An occupation in brackets right after a name ({@code 赵卫(焊工)}). */
    private static final Pattern OCCUPATION = Pattern.compile("[（(]\\p{IsHan}{0,10}[工员师长手][）)]");

    private final NameLexicon lex;
    private final NameShape shape;
    private final BylineNames bylines;
    private final TitledNames titled;
    private final GuessedNames guessed;
    private final ListedNames listed;
    private final DottedNames dotted;

    PersonRules(NameLexicon lex, WordAnalyzer dictionary) {
        this.lex = lex;
        this.shape = new NameShape(lex, dictionary);
        this.bylines = new BylineNames(shape);
        this.titled = new TitledNames(shape);
        this.guessed = new GuessedNames(shape);
        this.listed = new ListedNames(shape);
        this.dotted = new DottedNames(lex);
    }

    /**
     * Persons in {@code sentence}: rule hits and the backend's candidates that survive the filters.
     *
     * @param backend the backend's raw candidates over {@code sentence.text()}
     * @param orgs    organization spans already found in the sentence ({@code int[]{start, end}})
     */
    List<Hit> find(Sentence sentence, List<NamedSpan> backend, List<int[]> orgs, WordMemo words) {
        String text = sentence.text();
        List<Hit> hits = new ArrayList<>();
        bylines.bylines(text, backend, hits);
        bylines.credits(text, hits);
        titled.titled(text, backend, hits);
        anonymized(text, hits);
        guessed.guessed(text, hits, words);
        standalone(sentence, backend, hits);
        dotted.dotted(text, hits, orgs, words);
        familiar(text, hits, words);
        for (NamedSpan span : backend) {
            if (span.type() == MentionType.PERSON && !covered(hits, span.start(), span.end())) {
                Hit hit = fromBackend(text, span, orgs);
                if (hit != null) {
                    hits.add(hit);
                }
            }
        }
        listed.listed(text, hits, orgs);
        return hits;
    }

    /**
     * The role printed before a name at {@code nameStart}: the title with the organization
     * before it, across {@code 、} between titles ({@code 市委副书记、市长}).
     */
    String role(String text, int nameStart) {
        return titled.role(text, nameStart);
    }

    private void anonymized(String text, List<Hit> hits) {
        if (text.indexOf('某') < 0 && !text.contains("女士") && !text.contains("先生") && !text.contains("小姐")) {
            return;
        }
        Matcher m = ANONYMIZED.matcher(text);
        while (m.find()) {
            String surname = m.group(1);
            boolean placeholder = m.group(2).startsWith("某");
            boolean known = placeholder ? lex.surnames.contains(surname) : lex.commonSurnames.contains(surname);
            if (known && !covered(hits, m.start(), m.end()) && !insidePlace(text, m.start())) {
                hits.add(new Hit(m.start(), m.end(), m.group(), "", true));
            }
        }
    }

    /**
     * Whether the character at {@code at} ends a known place that starts before it: the 南 of
     * {@code 湖南某建设工程有限公司} is no surname.
     */
    private boolean insidePlace(String text, int at) {
        for (int k = 1; k <= 3 && at - k >= 0; k++) {
            String place = lex.placeAt(text, at - k);
            if (place != null && place.length() > k) {
                return true;
            }
        }
        return false;
    }

    /**
     * Familiar names: a word of the backend's segmentation that is a familiar prefix and a common
     * surname, tagged as a noun or a name, no ordinary word of its dictionary and no person stop
     * word ({@code 老王}, {@code 小李}; not 小康, 小麦, 小于 5, 小孔).
     */
    private void familiar(String text, List<Hit> hits, WordMemo words) {
        if (lex.familiarPrefixes.stream().noneMatch(text::contains)) {
            return; // no prefix: the words need not be asked for (a long sentence's are segmented anew)
        }
        int pos = 0;
        for (Word w : words.of(text, 0, text.length())) {
            String t = w.text();
            boolean nominal = w.partOfSpeech() == Word.PartOfSpeech.OTHER
                    || w.partOfSpeech() == Word.PartOfSpeech.PERSON_NAME;
            if (t.length() == 2 && lex.familiarPrefixes.contains(t.substring(0, 1)) && nominal
                    && !lex.personStop.contains(t)
                    && lex.commonSurnames.contains(t.substring(1)) && !words.ordinary(t)
                    && !covered(hits, pos, pos + 2)) {
                hits.add(new Hit(pos, pos + 2, t, "", true));
            }
            pos += t.length();
        }
    }

    private void standalone(Sentence sentence, List<NamedSpan> backend, List<Hit> hits) {
        String text = sentence.text();
        String trimmed = text.strip();
        int start = text.indexOf(trimmed);
        if (trimmed.isEmpty() || !shape.plausible(trimmed) || covered(hits, start, start + trimmed.length())) {
            return;
        }
        boolean byBackend = backend.stream().anyMatch(s -> s.type() == MentionType.PERSON
                && s.start() == start && s.end() == start + trimmed.length());
        if (sentence.role() == Sentence.Role.BYLINE || byBackend) {
            hits.add(new Hit(start, start + trimmed.length(), trimmed, "", true));
        }
    }

    /**
     * A backend candidate written in transliteration characters only ({@code 克莱弗利}), extended
     * over a name dot to the other parts of the name ({@code 约翰·史密斯}): a foreign person,
     * confirmed when it has three characters or more; null if the candidate is not such a name.
     */
    private Hit transliterated(String text, int s, int e, List<int[]> orgs) {
        int start = s;
        int end = e;
        while (start > 1 && isNameDot(text.charAt(start - 1)) && lex.isTranslit(text.charAt(start - 2))) {
            start -= 2;
            while (start > 0 && lex.isTranslit(text.charAt(start - 1)) && !isNameDot(text.charAt(start - 1))) {
                start--;
            }
        }
        while (end + 1 < text.length() && isNameDot(text.charAt(end)) && lex.isTranslit(text.charAt(end + 1))) {
            end += 2;
            while (end < text.length() && lex.isTranslit(text.charAt(end)) && !isNameDot(text.charAt(end))) {
                end++;
            }
        }
        for (int k = start; k < end; k++) {
            if (!lex.isTranslit(text.charAt(k))) {
                return null;
            }
        }
        for (int[] o : orgs) {
            if (o[0] < end && start < o[1]) {
                return null;
            }
        }
        int letters = end - start;
        return letters >= 2 && letters <= 12 ? new Hit(start, end, text.substring(start, end), "", letters >= 3) : null;
    }

    /** A known place and the conjunction after it ({@code 黄山和}), not a name: its last character joins a list. */
    private boolean placeAndConjunction(String name) {
        String head = name.substring(0, name.length() - 1);
        return lex.personChars.listEnd(name.charAt(name.length() - 1)) && lex.places.contains(head);
    }

    private static boolean isNameDot(char c) {
        return c == '·' || c == '•' || c == '・';
    }

    /** A backend candidate that survives the filters, confirmed by context or not; null if rejected. */
    private Hit fromBackend(String text, NamedSpan span, List<int[]> orgs) {
        int s = span.start();
        int e = span.end();
        String name = text.substring(s, e);
        PersonChars chars = lex.personChars;
        Hit foreign = transliterated(text, s, e, orgs);
        if (foreign != null) {
            return foreign;
        }
        if (!shape.plausible(name) || s > 0 && chars.numeral(text.charAt(s - 1)) || placeAndConjunction(name)) {
            return null;
        }
        for (int[] o : orgs) {
            if (o[0] < e && s < o[1]) {
                return null;
            }
        }
        if (e < text.length() && chars.placeAfter(text.charAt(e)) && lex.titleStartingAt(text, e) == null
                || chars.placeLast(name.charAt(name.length() - 1))) {
            return null;
        }
        for (String verb : lex.speech) {
            if (text.startsWith(verb, e)) {
                return new Hit(s, e, name, "", true);
            }
        }
        if (OCCUPATION.matcher(text).region(e, text.length()).lookingAt()) {
            return new Hit(s, e, name, "", true);
        }
        boolean strongGuess = name.length() == 3 && lex.surname(name) == 1
                && lex.commonSurnames.contains(name.substring(0, 1)) && shape.notAWord(name);
        return new Hit(s, e, name, "", strongGuess);
    }
}
