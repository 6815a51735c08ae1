package dev.tiqu.names;

import static dev.tiqu.names.NameShape.covered;
import static dev.tiqu.names.NameShape.isHan;

import dev.tiqu.names.PersonRules.Hit;
import java.util.List;

/**
 * Names the backend missed, guessed from a strict context: before a post-title
 * ({@code 习近平总书记}) or between a delimiter and a speech verb ({@code ”付如愿说}).
 * Immutable, thread-safe. Example: {@code 。潘建伟团队 → 潘建伟, no role}.
 */
final class GuessedNames {

    private final NameLexicon lex;
    private final NameShape shape;

    GuessedNames(NameShape shape) {
        this.shape = shape;
        this.lex = shape.lexicon();
    }

    /** Adds the names guessed in {@code text} to {@code hits}. */
    void guessed(String text, List<Hit> hits, WordMemo words) {
        boolean[] boundaries = null;
        for (int p = 2; p < text.length(); p++) {
            String cue = null;
            String role = "";
            List<String> group = lex.guessPostByFirst.get(text.charAt(p));
            for (int g = 0; g < group.size(); g++) {
                String post = group.get(g);
                if (text.startsWith(post, p)) {
                    cue = post;
                    role = lex.noRole.contains(post) ? "" : post;
                    break;
                }
            }
            boolean speech = false;
            if (cue == null) {
                speech = speechAt(text, p);
                if (!speech) {
                    continue;
                }
            }
            int start = guessStart(text, p, speech);
            if (start >= 0 && !speech) {
                boundaries = boundaries == null ? words.boundaries(text) : boundaries;
                if (!boundaries[start]) {
                    start = -1;
                }
            }
            if (start >= 0 && !covered(hits, start, p)) {
                hits.add(new Hit(start, p, text.substring(start, p), role, true));
            }
        }
    }

    private boolean speechAt(String text, int p) {
        List<String> verbs = lex.guessSpeechByFirst.get(text.charAt(p));
        for (int g = 0; g < verbs.size(); g++) {
            if (text.startsWith(verbs.get(g), p)) {
                return true;
            }
        }
        return false;
    }

    private int guessStart(String text, int end, boolean speech) {
        for (int len = 3; len >= 2; len--) {
            int start = end - len;
            if (start < 0) {
                continue;
            }
            String name = text.substring(start, end);
            if (!shape.plausible(name) || lex.surname(name) != 1 || lex.personChars.notLast(name.charAt(len - 1))
                    || !shape.notAWord(name)) {
                continue;
            }
            boolean delimited = start == 0 || !isHan(text.charAt(start - 1));
            if (speech && !delimited) {
                continue;
            }
            if (len == 3 && !speech) {
                String shorter = name.substring(1);
                if (shape.plausible(shorter) && lex.commonSurnames.contains(shorter.substring(0, 1))
                        && !lex.commonSurnames.contains(name.substring(0, 1))) {
                    continue;
                }
            }
            return start;
        }
        return -1;
    }
}
