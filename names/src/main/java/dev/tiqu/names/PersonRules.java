package dev.tiqu.names;

import dev.tiqu.core.Lexicon;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.text.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person rule layers over one sentence: bylines, photo credits, titles before and after a
 * name, speech verbs, anonymized forms, and filters on the backend's raw candidates.
 * Example: {@code 市委副书记、市长陈恢清主持 → 陈恢清, role 市委副书记、市长}.
 */
final class PersonRules {

    /** A person found in a sentence; {@code confirmed} when the context proves it is a person. */
    record Hit(int start, int end, String name, String role, boolean confirmed) {
    }

    /** A reporter's role before the names of a byline, longest role first. */
    static final Pattern BYLINE_ROLE = Pattern.compile(String.join("|", Lexicon.lines(Lexicon.REPORTER_ROLES).stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList()));
    private static final Pattern CREDIT_TAIL = Pattern.compile("(报道|摄影|摄|供图|整理|编辑)$");
    private static final Pattern PHOTO = Pattern.compile(
            "(?<![\\p{IsHan}])(\\p{IsHan}{2,4})\\s*[/／]?\\s*摄(?![影像制入取氏])");
    private static final Pattern WRITER = Pattern.compile(
            "(?<![\\p{IsHan}])(?:文图|文|图|摄影)\\s*[/／]\\s*(\\p{IsHan}{2,4})(?![\\p{IsHan}])");
    private static final Pattern ANONYMIZED = Pattern.compile("(\\p{IsHan})(女士|先生|小姐|某某|某)(?![人些种地处时天年月日个项家类])");
    /** Characters that may follow a name guessed after a title (punctuation, verbs, conjunctions). */
    private static final String AFTER_NAME = "，。、；：！？,.;:!?（）() 　\"“”'‘’说表主介指强在等出一同和与调陪率带到为也是就会对称讲作回谈坦透解提认告笑获夺当参来将已曾正还又都向把被让给从以于";
    /** Characters a guessed name does not end with: they belong to the words around it. */
    private static final String NOT_LAST = "地们者人家员长师生士手的了都也还却就等在说和与同到为是会对称讲";
    /** A backend candidate right after these is a count ({@code 80余次}), not a name. */
    private static final String NUMERAL = "0123456789〇零一二三四五六七八九十百千万亿两几多余";
    /** A candidate ending with these is a place ({@code 马江镇}, {@code 曹家组}). */
    private static final String PLACE_LAST = "镇村乡县区市省州组街路坳寨庄屯";
    /** An occupation in brackets right after a name ({@code 赵卫(焊工)}). */
    private static final Pattern OCCUPATION = Pattern.compile("[（(]\\p{IsHan}{0,10}[工员师长手][）)]");
    /** What may follow the last name of a list ({@code 王沪宁、蔡奇、王毅等}). */
    private static final String LIST_END = "、等和与及";
    /** A guessed name does not start with a conjunction ({@code 检察官和民警}). */
    private static final String NOT_FIRST = "和与及同跟并";
    /** A candidate followed by these is the head of a place name ({@code 石峰区}). */
    private static final String PLACE_AFTER = "区县市省镇乡村路街港湾山江河湖桥站州";

    private final NameLexicon lex;
    private final WordAnalyzer dictionary;

    PersonRules(NameLexicon lex, WordAnalyzer dictionary) {
        this.lex = lex;
        this.dictionary = dictionary;
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
        bylines(text, backend, hits);
        credits(text, hits);
        titled(text, backend, hits);
        anonymized(text, hits);
        guessed(text, hits, words);
        standalone(sentence, backend, hits);
        for (NamedSpan span : backend) {
            if (span.type() == MentionType.PERSON && !covered(hits, span.start(), span.end())) {
                Hit hit = fromBackend(text, span, orgs);
                if (hit != null) {
                    hits.add(hit);
                }
            }
        }
        listed(text, hits, orgs);
        return hits;
    }

    /**
     * Names listed with {@code 、} next to a confirmed name ({@code 何剑波、杨英杰},
     * {@code 魏强(磨工)、李湘宁(航空发动机装配工)}) are names too.
     */
    private void listed(String text, List<Hit> hits, List<int[]> orgs) {
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
            for (int len = 3; len >= 2; len--) {
                int e = s + len;
                if (e <= text.length() && (e == text.length() || LIST_END.indexOf(text.charAt(e)) >= 0
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
            added |= addListed(text, s, e, hits, orgs);
        }
        return added;
    }

    private boolean addListed(String text, int s, int e, List<Hit> hits, List<int[]> orgs) {
        if (e - s < 2 || e - s > 3) {
            return false;
        }
        for (int[] o : orgs) {
            if (o[0] < e && s < o[1]) {
                return false;
            }
        }
        String name = text.substring(s, e);
        if (!plausibleName(name) || lex.surname(name) != 1 || PLACE_LAST.indexOf(name.charAt(name.length() - 1)) >= 0
                || !notAWord(name)) {
            return false;
        }
        hits.removeIf(h -> !h.confirmed() && h.start() < e && s < h.end());
        if (covered(hits, s, e)) {
            return false;
        }
        hits.add(new Hit(s, e, name, "", true));
        return true;
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

    private static boolean covered(List<Hit> hits, int start, int end) {
        for (Hit h : hits) {
            if (h.start() < end && start < h.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /**
     * Whether a name guessed from context alone is not an ordinary word of the backend's
     * dictionary ({@code 商量}, {@code 干部}): a known word counts only if it may be a name.
     */
    private boolean notAWord(String name) {
        return !dictionary.isOrdinaryWord(name);
    }

    /** Whether {@code name} looks like a Chinese personal name (surname + 1-2 characters). */
    boolean plausibleName(String name) {
        if (name.length() < 2 || name.length() > 4 || lex.personStop.contains(name)) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!isHan(name.charAt(i))) {
                return false;
            }
        }
        for (String stop : lex.personStopPrefixes) {
            if (name.startsWith(stop)) {
                return false;
            }
        }
        int surname = lex.surname(name);
        if (surname == 0) {
            return false;
        }
        int given = name.length() - surname;
        return given >= 1 && given <= 2;
    }

    private void bylines(String text, List<NamedSpan> backend, List<Hit> hits) {
        if (!text.contains("记者") && !text.contains("通讯员") && !text.contains("实习生") && !text.contains("评论员")) {
            return; // every byline role contains one of these
        }
        Matcher m = BYLINE_ROLE.matcher(text);
        while (m.find()) {
            int q = m.end();
            while (q < text.length() && Character.isWhitespace(text.charAt(q))) {
                q++;
            }
            boolean slash = q < text.length() && "/／:：".indexOf(text.charAt(q)) >= 0;
            if (slash) {
                q++;
                while (q < text.length() && Character.isWhitespace(text.charAt(q))) {
                    q++;
                }
            }
            if (!slash && !bylineStart(text, m.start())) {
                continue;
            }
            String role = m.group();
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
                token = CREDIT_TAIL.matcher(token).replaceAll("");
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
                int s = r;
                while (s < text.length() && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == '、')) {
                    s++;
                }
                if (s >= text.length() || BYLINE_ROLE.matcher(text).region(s, text.length()).lookingAt()) {
                    break;
                }
                int e = s;
                while (e < text.length() && isHan(text.charAt(e))) {
                    e++;
                }
                String more = CREDIT_TAIL.matcher(text.substring(s, e)).replaceAll("");
                if (more.length() > 3 || !plausibleName(more)) {
                    break;
                }
                q = s;
                first = false;
            }
        }
    }

    private boolean bylineStart(String text, int p) {
        if (p == 0) {
            return true;
        }
        char prev = text.charAt(p - 1);
        if ("（(讯》】[ 　".indexOf(prev) >= 0 || Character.isWhitespace(prev)) {
            return true;
        }
        String before = text.substring(Math.max(0, p - 3), p);
        return before.endsWith("本报") || before.endsWith("日报") || before.endsWith("晚报") || before.endsWith("报社") || before.endsWith("电视台")
                || before.endsWith("新闻网") || before.endsWith("时报");
    }

    /** Splits a byline token into names ({@code 康菊平黄文亮 → 康菊平, 黄文亮}); offsets into text. */
    private List<int[]> splitNames(String text, int at, String token, List<NamedSpan> backend) {
        List<int[]> names = new ArrayList<>();
        int len = token.length();
        if (len >= 2 && len <= 3 && plausibleName(token)) {
            names.add(new int[] {at, at + len});
        } else if (len == 4) {
            if (lex.surname(token) == 2 && plausibleName(token)) {
                names.add(new int[] {at, at + 4});
            } else if (plausibleName(token.substring(0, 2)) && plausibleName(token.substring(2))) {
                names.add(new int[] {at, at + 2});
                names.add(new int[] {at + 2, at + 4});
            } else if (plausibleName(token.substring(0, 3))) {
                names.add(new int[] {at, at + 3});
            }
        } else if (len >= 5 && len <= 6) {
            int end = at + len;
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
            for (int cut : len == 6 ? new int[] {3} : new int[] {3, 2}) {
                String a = token.substring(0, cut);
                String b = token.substring(cut);
                if (plausibleName(a) && plausibleName(b)) {
                    names.add(new int[] {at, at + cut});
                    names.add(new int[] {at + cut, end});
                    break;
                }
            }
        }
        return names;
    }

    private void credits(String text, List<Hit> hits) {
        boolean photo = text.indexOf('摄') >= 0;
        boolean writer = text.indexOf('/') >= 0 || text.indexOf('／') >= 0;
        for (Pattern p : List.of(PHOTO, WRITER)) {
            if (p == PHOTO ? !photo : !writer) {
                continue; // the pattern needs 摄, or a slash
            }
            Matcher m = p.matcher(text);
            while (m.find()) {
                String name = m.group(1);
                if (plausibleName(name) && !covered(hits, m.start(1), m.end(1))) {
                    hits.add(new Hit(m.start(1), m.end(1), name, "", true));
                }
            }
        }
    }

    private void titled(String text, List<NamedSpan> backend, List<Hit> hits) {
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
                if (text.startsWith(post, s.end()) && plausibleName(name)) {
                    hits.add(new Hit(s.start(), s.end(), name, post, true));
                    break;
                }
            }
        }
    }

    /**
     * Names the backend missed, guessed from a strict context: before a post-title
     * ({@code 习近平总书记}) or between a delimiter and a speech verb ({@code ”付如愿说}).
     */
    private void guessed(String text, List<Hit> hits, WordMemo words) {
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
                List<String> verbs = lex.guessSpeechByFirst.get(text.charAt(p));
                for (int g = 0; g < verbs.size(); g++) {
                    String verb = verbs.get(g);
                    if (text.startsWith(verb, p)) {
                        cue = verb;
                        speech = true;
                        break;
                    }
                }
            }
            if (cue == null) {
                continue;
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

    private int guessStart(String text, int end, boolean speech) {
        for (int len = 3; len >= 2; len--) {
            int start = end - len;
            if (start < 0) {
                continue;
            }
            String name = text.substring(start, end);
            if (!plausibleName(name) || lex.surname(name) != 1 || NOT_LAST.indexOf(name.charAt(len - 1)) >= 0
                    || !notAWord(name)) {
                continue;
            }
            boolean delimited = start == 0 || !isHan(text.charAt(start - 1));
            if (speech && !delimited) {
                continue;
            }
            if (len == 3 && !speech) {
                String shorter = name.substring(1);
                if (plausibleName(shorter) && lex.commonSurnames.contains(shorter.substring(0, 1))
                        && !lex.commonSurnames.contains(name.substring(0, 1))) {
                    continue;
                }
            }
            return start;
        }
        return -1;
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
            if (s.type() == MentionType.PERSON && s.start() == p && plausibleName(text.substring(p, s.end()))) {
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
        for (int len = surname + 2; len >= surname + 1; len--) {
            int e = p + len;
            if (e > text.length()) {
                continue;
            }
            String name = text.substring(p, e);
            if (plausibleName(name) && (e == text.length() || AFTER_NAME.indexOf(text.charAt(e)) >= 0)
                    && NOT_LAST.indexOf(name.charAt(name.length() - 1)) < 0
                    && NOT_FIRST.indexOf(name.charAt(0)) < 0
                    && lex.titleStartingAt(text, p) == null && lex.titleEndingAt(name, name.length()) == null
                    && notAWord(name)) {
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

    private void anonymized(String text, List<Hit> hits) {
        if (text.indexOf('某') < 0 && !text.contains("女士") && !text.contains("先生") && !text.contains("小姐")) {
            return;
        }
        Matcher m = ANONYMIZED.matcher(text);
        while (m.find()) {
            String surname = m.group(1);
            boolean placeholder = m.group(2).startsWith("某");
            boolean known = placeholder ? lex.surnames.contains(surname) : lex.commonSurnames.contains(surname);
            if (known && !covered(hits, m.start(), m.end())) {
                hits.add(new Hit(m.start(), m.end(), m.group(), "", true));
            }
        }
    }

    private void standalone(Sentence sentence, List<NamedSpan> backend, List<Hit> hits) {
        String text = sentence.text();
        String trimmed = text.strip();
        int start = text.indexOf(trimmed);
        if (trimmed.isEmpty() || !plausibleName(trimmed) || covered(hits, start, start + trimmed.length())) {
            return;
        }
        boolean byBackend = backend.stream().anyMatch(s -> s.type() == MentionType.PERSON
                && s.start() == start && s.end() == start + trimmed.length());
        if (sentence.role() == Sentence.Role.BYLINE || byBackend) {
            hits.add(new Hit(start, start + trimmed.length(), trimmed, "", true));
        }
    }

    /** A backend candidate that survives the filters, confirmed by context or not; null if rejected. */
    private Hit fromBackend(String text, NamedSpan span, List<int[]> orgs) {
        int s = span.start();
        int e = span.end();
        String name = text.substring(s, e);
        if (!plausibleName(name)) {
            return null;
        }
        if (s > 0 && NUMERAL.indexOf(text.charAt(s - 1)) >= 0) {
            return null;
        }
        for (int[] o : orgs) {
            if (o[0] < e && s < o[1]) {
                return null;
            }
        }
        if (e < text.length() && PLACE_AFTER.indexOf(text.charAt(e)) >= 0 && lex.titleStartingAt(text, e) == null) {
            return null;
        }
        if (PLACE_LAST.indexOf(name.charAt(name.length() - 1)) >= 0) {
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
                && lex.commonSurnames.contains(name.substring(0, 1)) && notAWord(name);
        return new Hit(s, e, name, "", strongGuess);
    }
}
