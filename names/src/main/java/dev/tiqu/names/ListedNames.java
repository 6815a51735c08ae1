package dev.tiqu.names;

import static dev.tiqu.names.NameShape.covered;
import static dev.tiqu.names.NameShape.isHan;

import dev.tiqu.names.PersonRules.Hit;
import java.util.List;

/**
 * Names listed with {@code 、} next to a confirmed name ({@code 何剑波、杨英杰}, {@code 孔令华、欧阳晓峰},
 * {@code 魏强(磨工)、李湘宁(航空发动机装配工)}) are names too. Immutable, thread-safe.
 * Example: {@code 记者何剑波、杨英杰 → 杨英杰 confirmed beside 何剑波}.
 */
final class ListedNames {

    /** The longest listed name: a compound surname and two characters ({@code 欧阳晓峰}). */
    private static final int MAX_NAME = 4;

    private final NameLexicon lex;
    private final NameShape shape;

    ListedNames(NameShape shape) {
        this.shape = shape;
        this.lex = shape.lexicon();
    }

    /** Adds the names listed next to a confirmed hit, until no more is found. */
    void listed(String text, List<Hit> hits, List<int[]> orgs) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Hit h : List.copyOf(hits)) {
                if (h.confirmed()) {
                    changed |= listedAround(text, h, hits, orgs);
                }
            }
        }
    }

    private boolean listedAround(String text, Hit h, List<Hit> hits, List<int[]> orgs) {
        boolean added = false;
        int after = skipParenthetical(text, h.end());
        if (after < text.length() && text.charAt(after) == '、') {
            int s = after + 1;
            for (int len = MAX_NAME; len >= 2; len--) {
                int e = s + len;
                if (e <= text.length() && (e == text.length() || lex.personChars.listEnd(text.charAt(e))
                        || !isHan(text.charAt(e))) && addListed(text, s, e, hits, orgs)) {
                    added = true;
                    break;
                }
            }
        }
        if (h.start() > 0 && text.charAt(h.start() - 1) == '、') {
            int e = h.start() - 1;
            if (e > 0 && ")）".indexOf(text.charAt(e - 1)) >= 0) {
                int open = Math.max(text.lastIndexOf('(', e - 1), text.lastIndexOf('（', e - 1));
                if (open < 0 || e - open > 20) {
                    return added;
                }
                e = open;
            }
            int s = e;
            while (s > 0 && isHan(text.charAt(s - 1))) {
                s--;
            }
            if (e - s > MAX_NAME || e - s == MAX_NAME && lex.surname(text.substring(s, e)) != 2) {
                s = afterStopChar(text, s, e);
            }
            added |= addListed(text, s, e, hits, orgs);
        }
        return added;
    }

    private boolean addListed(String text, int s, int e, List<Hit> hits, List<int[]> orgs) {
        if (e - s < 2 || e - s > MAX_NAME) {
            return false;
        }
        for (int[] o : orgs) {
            if (o[0] < e && s < o[1]) {
                return false;
            }
        }
        String name = text.substring(s, e);
        int surname = lex.surname(name);
        boolean shaped = surname == 1 && name.length() <= 3 || surname == 2 && name.length() >= 3;
        if (!shape.plausible(name) || !shaped || lex.personChars.placeLast(name.charAt(name.length() - 1))
                || !shape.notAWord(name)) {
            return false;
        }
        hits.removeIf(h -> !h.confirmed() && h.start() < e && s < h.end());
        if (covered(hits, s, e)) {
            return false;
        }
        hits.add(new Hit(s, e, name, "", true));
        return true;
    }

    /**
     * Start of the first name of a list whose run of characters begins with other words
     * ({@code 出席会议的有张国强、李红梅}): the name of three, then two characters after a
     * function character; {@code start} if there is none.
     */
    private int afterStopChar(String text, int start, int end) {
        for (int len = MAX_NAME; len >= 2; len--) {
            int s = end - len;
            boolean compound = lex.surname(text.substring(Math.max(s, 0), end)) == 2;
            if (s > start && (len < MAX_NAME || compound) && lex.leftStopChars.indexOf(text.charAt(s - 1)) >= 0) {
                return s;
            }
        }
        return start;
    }

    private static int skipParenthetical(String text, int i) {
        if (i < text.length() && "(（".indexOf(text.charAt(i)) >= 0) {
            for (int j = i + 1; j < text.length() && j - i <= 20; j++) {
                if (")）".indexOf(text.charAt(j)) >= 0) {
                    return j + 1;
                }
            }
        }
        return i;
    }
}
