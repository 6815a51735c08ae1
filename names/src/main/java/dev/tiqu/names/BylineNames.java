package dev.tiqu.names;

import static dev.tiqu.names.NameShape.covered;
import static dev.tiqu.names.NameShape.isHan;

import dev.tiqu.core.Lexicon;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.names.PersonRules.Hit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Persons named by a byline or a photo credit: the names after a reporter's role
 * ({@code 记者/何春林 通讯员/王佳佳}), a photographer before {@code 摄}, a writer after
 * {@code 文/}. Every such name is confirmed, with the reporter's role. Immutable, thread-safe.
 * Example: {@code 株洲日报讯（全媒体记者/徐滔） → 徐滔, role 全媒体记者}.
 */
final class BylineNames {

    /** A reporter's role before the names of a byline, longest role first. */
    static final Pattern BYLINE_ROLE = Pattern.compile(String.join("|", Lexicon.lines(Lexicon.REPORTER_ROLES).stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList()));
    private static final Pattern PHOTO = Pattern.compile(
            "(?<![\\p{IsHan}])(\\p{IsHan}{2,4})\\s*[/／]?\\s*摄(?![影像制入取氏])");
    private static final Pattern WRITER = Pattern.compile(
            "(?<![\\p{IsHan}])(?:文图|文|图|摄影)\\s*[/／]\\s*(\\p{IsHan}{2,4})(?![\\p{IsHan}])");

    private final NameLexicon lex;
    private final NameShape shape;
    /** A credit word ending a byline token ({@code 张三摄}), removed from the names. */
    private final Pattern creditTail;
    /**
     * An editor's role, a colon and a name inside the brackets closing an article
     * ({@code （编辑：孙丽 审核：郭伟）}); a page's masthead line of editors is no article's.
     */
    private final Pattern editor;

    BylineNames(NameShape shape) {
        this.shape = shape;
        this.lex = shape.lexicon();
        this.creditTail = Pattern.compile("(" + String.join("|", lex.creditTails) + ")$");
        List<String> roles = new ArrayList<>(lex.editorRoles);
        roles.sort(Comparator.comparingInt(String::length).reversed());
        this.editor = Pattern.compile("(?<=[（(][^（()）]{0,20})(?:" + String.join("|", roles)
                + ")\\s*[:：]\\s*(\\p{IsHan}{2,4})(?![\\p{IsHan}])");
    }

    /** Adds the names of every byline in {@code text} to {@code hits}. */
    void bylines(String text, List<NamedSpan> backend, List<Hit> hits) {
        if (lex.bylineMarkers.stream().noneMatch(text::contains)) {
            return;
        }
        Matcher m = BYLINE_ROLE.matcher(text);
        while (m.find()) {
            int q = skipSpaces(text, m.end());
            boolean slash = q < text.length() && "/／:：".indexOf(text.charAt(q)) >= 0;
            if (slash) {
                q = skipSpaces(text, q + 1);
            }
            if (slash || bylineStart(text, m.start())) {
                namesAfterRole(text, q, m.group(), slash, backend, hits);
            }
        }
    }

    private static int skipSpaces(String text, int q) {
        while (q < text.length() && Character.isWhitespace(text.charAt(q))) {
            q++;
        }
        return q;
    }

    /** The names from {@code q} on, after {@code role}: one token, then more separated by spaces or 、. */
    private void namesAfterRole(String text, int q, String role, boolean slash, List<NamedSpan> backend,
            List<Hit> hits) {
        boolean first = true;
        while (q < text.length()) {
            int r = q;
            while (r < text.length() && isHan(text.charAt(r))) {
                r++;
            }
            String token = text.substring(q, r);
            Matcher next = BYLINE_ROLE.matcher(token);
            boolean cut = next.find();
            if (cut) {
                token = token.substring(0, next.start());
            }
            token = creditTail.matcher(token).replaceAll("");
            boolean delimited = cut || r == text.length() || !isHan(text.charAt(r));
            if (token.length() > 4 && !first) {
                break;
            }
            List<int[]> names = splitNames(text, q, token, backend);
            if (names.isEmpty() || (!delimited && !slash && token.length() > 3)) {
                break;
            }
            for (int[] n : names) {
                hits.add(new Hit(n[0], n[1], text.substring(n[0], n[1]), role, true));
            }
            if (cut || r >= text.length() || !(Character.isWhitespace(text.charAt(r)) || text.charAt(r) == '、')) {
                break;
            }
            q = nextListedName(text, r);
            first = false;
        }
    }

    /** Start of one more name after the separators at {@code r}, or the text's length if none follows. */
    private int nextListedName(String text, int r) {
        int s = r;
        while (s < text.length() && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == '、')) {
            s++;
        }
        if (s >= text.length() || BYLINE_ROLE.matcher(text).region(s, text.length()).lookingAt()) {
            return text.length();
        }
        int e = s;
        while (e < text.length() && isHan(text.charAt(e))) {
            e++;
        }
        String more = creditTail.matcher(text.substring(s, e)).replaceAll("");
        return more.length() > 3 || !shape.plausible(more) ? text.length() : s;
    }

    private boolean bylineStart(String text, int p) {
        if (p == 0) {
            return true;
        }
        char prev = text.charAt(p - 1);
        if (lex.personChars.bylineOpen(prev) || Character.isWhitespace(prev)) {
            return true;
        }
        String before = text.substring(Math.max(0, p - 3), p);
        return lex.bylineSources.stream().anyMatch(before::endsWith);
    }

    /** Splits a byline token into names ({@code 康菊平黄文亮 → 康菊平, 黄文亮}); offsets into text. */
    private List<int[]> splitNames(String text, int at, String token, List<NamedSpan> backend) {
        int len = token.length();
        if (len >= 2 && len <= 3 && shape.plausible(token)) {
            return List.of(new int[] {at, at + len});
        } else if (len == 4) {
            return splitFour(at, token);
        } else if (len >= 5 && len <= 6) {
            return splitLong(at, token, backend);
        }
        return List.of();
    }

    private List<int[]> splitFour(int at, String token) {
        if (lex.surname(token) == 2 && shape.plausible(token)) {
            return List.of(new int[] {at, at + 4});
        } else if (shape.plausible(token.substring(0, 2)) && shape.plausible(token.substring(2))) {
            return List.of(new int[] {at, at + 2}, new int[] {at + 2, at + 4});
        } else if (shape.plausible(token.substring(0, 3))) {
            return List.of(new int[] {at, at + 3});
        }
        return List.of();
    }

    private List<int[]> splitLong(int at, String token, List<NamedSpan> backend) {
        int end = at + token.length();
        List<int[]> fromBackend = new ArrayList<>();
        int pos = at;
        for (NamedSpan s : backend) {
            if (s.type() == MentionType.PERSON && s.start() == pos && s.end() <= end) {
                fromBackend.add(new int[] {s.start(), s.end()});
                pos = s.end();
            }
        }
        if (pos == end) {
            return fromBackend;
        }
        for (int cut : token.length() == 6 ? new int[] {3} : new int[] {3, 2}) {
            if (shape.plausible(token.substring(0, cut)) && shape.plausible(token.substring(cut))) {
                return List.of(new int[] {at, at + cut}, new int[] {at + cut, end});
            }
        }
        return List.of();
    }

    /** Adds photographers ({@code 易楚瑾 摄}), writers ({@code 文/张三}) and editors ({@code 编辑：孙丽}) to {@code hits}. */
    void credits(String text, List<Hit> hits) {
        boolean photo = text.indexOf('摄') >= 0;
        boolean writer = text.indexOf('/') >= 0 || text.indexOf('／') >= 0;
        boolean colon = text.indexOf('：') >= 0 || text.indexOf(':') >= 0;
        for (Pattern p : List.of(PHOTO, WRITER, editor)) {
            if (p == PHOTO ? !photo : p == WRITER ? !writer : !colon) {
                continue; // the pattern needs 摄, a slash, or a colon
            }
            Matcher m = p.matcher(text);
            while (m.find()) {
                String name = m.group(1);
                if (shape.plausible(name) && !covered(hits, m.start(1), m.end(1))) {
                    hits.add(new Hit(m.start(1), m.end(1), name, "", true));
                }
            }
        }
    }
}
