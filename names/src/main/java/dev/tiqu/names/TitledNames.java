package dev.tiqu.names;

import static dev.tiqu.names.NameShape.covered;
import static dev.tiqu.names.NameShape.isHan;

import dev.tiqu.core.mention.MentionType;
import dev.tiqu.names.PersonRules.Hit;
import java.util.List;

/**
 * Persons next to a title: the name printed right after a title ({@code 市长陈恢清}, a
 * transliterated name after a foreign title: {@code 首相阿赫努什}) and a backend candidate
 * right before a post-title ({@code 习近平总书记}); the role is the title with the organization
 * before it. Immutable, thread-safe. Example: {@code 市委副书记、市长陈恢清主持 → 陈恢清,
 * role 市委副书记、市长}.
 */
final class TitledNames {

    private final NameLexicon lex;
    private final NameShape shape;

    TitledNames(NameShape shape) {
        this.shape = shape;
        this.lex = shape.lexicon();
    }

    /** Adds the names next to a title in {@code text} to {@code hits}. */
    void titled(String text, List<NamedSpan> backend, List<Hit> hits) {
        for (int p = 1; p < text.length(); p++) {
            String title = lex.titleEndingAt(text, p);
            if (title == null || covered(hits, p, p + 1)) {
                continue;
            }
            int end = nameAfterTitle(text, p, title, backend);
            if (end > p) {
                hits.add(new Hit(p, end, text.substring(p, end), role(text, p), true));
            }
        }
        for (NamedSpan s : backend) {
            if (s.type() != MentionType.PERSON || covered(hits, s.start(), s.end())) {
                continue;
            }
            String name = text.substring(s.start(), s.end());
            for (String post : lex.postTitles) {
                if (text.startsWith(post, s.end()) && shape.plausible(name)) {
                    hits.add(new Hit(s.start(), s.end(), name, post, true));
                    break;
                }
            }
        }
    }

    /** End of the name printed right after {@code title} at {@code p}, or {@code p} if none. */
    private int nameAfterTitle(String text, int p, String title, List<NamedSpan> backend) {
        if (lex.isTranslit(text.charAt(p))) {
            int e = p;
            while (e < text.length() && lex.isTranslit(text.charAt(e)) && e - p < 10) {
                e++;
            }
            if (e - p >= (lex.foreignTitles.contains(title) ? 2 : 4)) {
                return e;
            }
        }
        int guess = guessAfterTitle(text, p);
        for (NamedSpan s : backend) {
            if (s.type() == MentionType.PERSON && s.start() == p && shape.plausible(text.substring(p, s.end()))) {
                return Math.max(guess, s.end());
            }
        }
        return guess;
    }

    private int guessAfterTitle(String text, int p) {
        int surname = lex.surname(text.substring(p));
        if (surname == 0) {
            return p;
        }
        PersonChars chars = lex.personChars;
        for (int len = surname + 2; len >= surname + 1; len--) {
            int e = p + len;
            if (e > text.length()) {
                continue;
            }
            String name = text.substring(p, e);
            if (shape.plausible(name) && (e == text.length() || chars.afterName(text.charAt(e)))
                    && !chars.notLast(name.charAt(name.length() - 1))
                    && !chars.notFirst(name.charAt(0))
                    && lex.titleStartingAt(text, p) == null && lex.titleEndingAt(name, name.length()) == null
                    && shape.notAWord(name)) {
                return e;
            }
        }
        return p;
    }

    /**
     * The role printed before a name at {@code nameStart}: the title with the organization
     * before it, across {@code 、} between titles ({@code 市委副书记、市长}).
     */
    String role(String text, int nameStart) {
        String title = lex.titleEndingAt(text, nameStart);
        if (title == null) {
            return "";
        }
        int i = nameStart - title.length();
        int limit = Math.max(0, nameStart - 40);
        while (i > limit) {
            char c = text.charAt(i - 1);
            if (c == '、') {
                String before = lex.titleEndingAt(text, i - 1);
                if (before == null) {
                    break;
                }
                i = i - 1 - before.length();
                continue;
            }
            boolean stopChar = lex.leftStopChars.indexOf(c) >= 0 && !lex.insideInternalPhrase(text, i - 1);
            if (!isHan(c)) {
                break;
            }
            if (stopChar || lex.stopWordEndingAt(text, i) != null) {
                int known = lex.knownOrgStart(text, i - 1);
                if (known < 0 || known < limit) {
                    break;
                }
                i = known;
                continue;
            }
            i--;
        }
        return text.substring(i, nameStart);
    }
}
