package dev.tiqu.names;

import dev.tiqu.names.Word.PartOfSpeech;
import dev.tiqu.core.mention.MentionType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organization rule layers over one sentence: a suffix grammar with boundary repair
 * (extend left over the name and its place prefix, stop at verbs, numbers and punctuation),
 * party and government bodies, known organizations, company short names, and aliases
 * introduced by {@code （以下简称“…”）}.
 * Example: {@code 11月22日，市民政局传来喜讯 → 市民政局}.
 */
final class OrganizationRules {

    /**
     * An organization found in a sentence.
     *
     * @param text       the name as printed
     * @param canonical  the full name (the text itself, or what an alias stands for)
     * @param kind       the suffix class (COMPANY, GOVERNMENT…), or KNOWN / ALIAS
     * @param recurrent  true when the name counts only if it recurs in the article
     */
    record Hit(int start, int end, String text, String canonical, String kind, boolean recurrent) {
        int length() {
            return end - start;
        }
    }

    private static final Pattern ALIAS = Pattern.compile(
            "\\G\\s*[（(]\\s*(?:以下)?(?:简称|下称)\\s*[:：]?\\s*[“\"‘「『]?([^“”\"’」』（）()《》]{2,20}?)[”\"’」』]?\\s*[）)]");

    /** A named place or area with its level anywhere in a name ({@code 昆山开发区}, {@code 长沙市}). */
    private static final Pattern NAMED_AREA = Pattern.compile("\\p{IsHan}{2,4}[省市县区州]");
    /** A place name of two or three characters with its level ({@code 扎囊县}). */
    static final Pattern PLACE_WITH_LEVEL = Pattern.compile("\\p{IsHan}{2,3}[省市县区州镇乡]");
    /** A count right after a name shows a category, not an organization ({@code 合作社137家}). */
    private static final Pattern COUNTED = Pattern.compile("[0-9〇一二三四五六七八九十百千万两几多余]+(家|个|所|座|支|处|批)");
    /** The ethnic designation of an autonomous area after its place name ({@code 大理白族自治州}, {@code 湘西土家族苗族自治州}). */
    private static final Pattern AUTONOMOUS = Pattern.compile("(?:\\p{IsHan}{1,3}族)+自治");
    /** Chinese numeral characters: a name does not start after one of them with a date character. */
    static final String NUMERALS = "〇零一二三四五六七八九十百千两几";

    private final NameLexicon lex;
    private final OrganizationPatterns patterns;
    private final OrganizationChains chains;
    private final LeftExtension extension;

    OrganizationRules(NameLexicon lex) {
        this.lex = lex;
        this.patterns = new OrganizationPatterns(lex);
        this.chains = new OrganizationChains(lex);
        this.extension = new LeftExtension(lex);
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Organizations in {@code text}, non-overlapping (the longest wins). */
    List<Hit> find(String text, List<NamedSpan> backend, WordMemo words) {
        List<Hit> found = new ArrayList<>();
        suffixes(text, backend, found, words);
        known(text, backend, found, words);
        companies(text, found, words);
        patterns.find(text, found, this, words);
        List<Hit> kept = chains.chained(text, longestNonOverlapping(found));
        List<Hit> withAliases = new ArrayList<>(kept);
        for (Hit h : kept) {
            Hit latin = OrganizationPatterns.latinAlias(text, h);
            if (latin != null) {
                withAliases.add(latin);
            }
            Matcher m = ALIAS.matcher(text);
            m.region(h.end(), text.length());
            if (m.lookingAt()) {
                String alias = m.group(1).strip();
                if (!alias.equals(h.canonical())) {
                    withAliases.add(new Hit(m.start(1), m.start(1) + alias.length(), alias, h.canonical(), "ALIAS", false));
                }
            }
        }
        withAliases.sort(Comparator.comparingInt(Hit::start));
        return withAliases;
    }

    private void suffixes(String text, List<NamedSpan> backend, List<Hit> found, WordMemo words) {
        int genericUntil = 0;
        for (int i = 0; i < text.length(); i++) {
            if (i < genericUntil) {
                continue;
            }
            List<NameLexicon.Suffix> group = lex.suffixesByFirst.get(text.charAt(i));
            for (int g = 0; g < group.size(); g++) {
                NameLexicon.Suffix sfx = group.get(g);
                if (!text.startsWith(sfx.text(), i)) {
                    continue;
                }
                int end = i + sfx.text().length();
                int extended = leftExtend(text, i);
                int trimmed = trimLeadingWords(text, extended, i, words);
                if (trimmed == i && sfx.text().length() > 2) {
                    trimmed = extended;
                }
                int start = backendStart(text, trimmed, end, backend);
                String left = text.substring(start, i);
                if (sfx.minLeft() == 0 && sfx.text().endsWith("委") || sfx.text().endsWith("政府")) {
                    left = governmentPrefix(left, sfx.text());
                    if (left == null) {
                        break;
                    }
                    start = i - left.length();
                }
                boolean single = sfx.text().length() == 1;
                boolean titleFollows = single && end < text.length() && text.charAt(end) == '长';
                boolean counted = single && i > 0 && NUMERALS.indexOf(text.charAt(i - 1)) >= 0;
                boolean unplaced = sfx.administrative() && !administrativeStart(left);
                boolean truncated = quotedPrefix(text, start);
                boolean category = COUNTED.matcher(text).region(end, text.length()).lookingAt();
                boolean generic = sfx.proper() && !properPart(text, start, i, words);
                genericUntil = generic ? end : genericUntil;
                if (left.length() >= sfx.minLeft() && !titleFollows && !counted && !unplaced && !truncated && !category
                        && !generic && valid(text, start, end)
                        && namedBeyondSuffix(text.substring(start, end))) {
                    found.add(new Hit(start, end, text.substring(start, end), text.substring(start, end), sfx.kind(), false));
                }
                break;
            }
        }
    }

    /**
     * Where the backend's organization ending at {@code end} starts, when it reaches at most
     * four characters further left than the rules, over characters that are neither stop
     * characters nor stop words ({@code 团结出版社}); otherwise {@code start}.
     */
    private int backendStart(String text, int start, int end, List<NamedSpan> backend) {
        for (NamedSpan s : backend) {
            if (s.type() != MentionType.ORGANIZATION || s.end() != end || s.start() >= start) {
                continue;
            }
            boolean clean = start - s.start() <= 4;
            for (int j = s.start(); j < start && clean; j++) {
                clean = isHan(text.charAt(j)) && lex.leftStopChars.indexOf(text.charAt(j)) < 0
                        && lex.stopWordEndingAt(text, j + 1) == null;
            }
            if (clean) {
                return s.start();
            }
        }
        return start;
    }

    /**
     * The part of {@code left} that may precede a party or government suffix: nothing, a place
     * ({@code 株洲}, {@code 湖南省}) and/or {@code 中共}; for {@code 政府} the level character is
     * required ({@code 市政府}, not {@code 数字政府}). Null if no valid prefix exists.
     */
    private String governmentPrefix(String left, String suffix) {
        boolean needsLevel = suffix.endsWith("政府");
        for (int k = 0; k < left.length(); k++) {
            String cand = left.substring(k);
            String rest = placePart(cand, needsLevel);
            boolean level = rest != null && rest.length() == 1 && "市省县区州镇乡".indexOf(rest.charAt(0)) >= 0;
            if (rest != null && !rest.isEmpty() && (level || chain(rest, 0, false))) {
                return cand;
            }
        }
        String bounded = placePart(left, needsLevel);
        if (bounded != null && !bounded.isEmpty() && chain(bounded, 0, true)) {
            return left;
        }
        for (int k = 0; k <= left.length(); k++) {
            String cand = left.substring(k);
            String r = placePart(cand, needsLevel);
            if (r != null && r.isEmpty()) {
                return cand;
            }
        }
        return needsLevel ? null : "";
    }

    /**
     * Whether {@code r} from {@code pos} is a chain of administrative places: known places or
     * two-to-three-character names each followed by a level character ({@code 长沙市开福区}),
     * the last one possibly without it; an unknown name without a level character is accepted
     * only after another segment, or when the whole text was bounded by punctuation.
     */
    private boolean chain(String r, int pos, boolean unknownTail) {
        if (pos == r.length()) {
            return true;
        }
        List<String> group = pos < r.length() ? lex.placesByFirst.get(r.charAt(pos)) : List.of();
        for (int g = 0; g < group.size(); g++) {
            String place = group.get(g);
            if (r.startsWith(place, pos)) {
                int q = pos + place.length();
                if (q < r.length() && "省市区县州".indexOf(r.charAt(q)) >= 0) {
                    q++;
                }
                if (chain(r, q, true)) {
                    return true;
                }
            }
        }
        Matcher autonomous = AUTONOMOUS.matcher(r).region(pos, r.length());
        if (pos > 0 && autonomous.lookingAt()) {
            int q = autonomous.end();
            return chain(r, q < r.length() && "州县区旗".indexOf(r.charAt(q)) >= 0 ? q + 1 : q, true);
        }
        for (int n = 2; n <= 3; n++) {
            int q = pos + n;
            if (q < r.length() && "省市区县州镇乡".indexOf(r.charAt(q)) >= 0 && chain(r, q + 1, true)) {
                return true;
            }
        }
        int tail = r.length() - pos;
        return unknownTail && tail >= 2 && tail <= 3;
    }

    /** {@code cand} without {@code 中共} and, when required, its level character; null if it has none. */
    private static String placePart(String cand, boolean needsLevel) {
        String rest = cand.startsWith("中共") ? cand.substring(2) : cand;
        if (needsLevel) {
            if (rest.isEmpty() || "市省县区镇乡州".indexOf(rest.charAt(rest.length() - 1)) < 0) {
                return null;
            }
            rest = rest.substring(0, rest.length() - 1);
        }
        return rest;
    }

    /**
     * Moves {@code start} right past leading words that cannot begin a name, by the
     * backend's part-of-speech dictionary: multi-character verbs, adverbs, prepositions, conjunctions,
     * pronouns and numerals ({@code 鼓励学校}, {@code 来自芦淞区住建局}, {@code 一所废弃学校}), and the
     * particles and classifiers right after them. Single-character verbs are kept: unknown
     * place names are often tagged so ({@code 扎囊县}); so are numerals that name ({@code 九三集团}).
     */
    int trimLeadingWords(String text, int start, int end, WordMemo words) {
        if (end - start < 2) {
            return start;
        }
        int pos = start;
        boolean dropped = false;
        List<Word> terms = words.of(text, start, end);
        for (int k = 0; k < terms.size(); k++) {
            Word term = terms.get(k);
            PartOfSpeech tag = term.partOfSpeech();
            boolean function = term.text().length() >= 2 && (tag == PartOfSpeech.VERB || tag == PartOfSpeech.ADVERB
                    || tag == PartOfSpeech.PREPOSITION || tag == PartOfSpeech.CONJUNCTION
                    || tag == PartOfSpeech.PRONOUN || tag == PartOfSpeech.NUMERAL);
            boolean trailing = dropped && (tag == PartOfSpeech.PARTICLE || tag == PartOfSpeech.CLASSIFIER
                    || tag == PartOfSpeech.NUMERAL);
            PartOfSpeech next = k + 1 < terms.size() ? terms.get(k + 1).partOfSpeech() : PartOfSpeech.OTHER;
            boolean counted = tag == PartOfSpeech.NUMERAL
                    && (next == PartOfSpeech.CLASSIFIER || next == PartOfSpeech.PARTICLE);
            boolean named = tag == PartOfSpeech.NUMERAL && !counted && digitName(term.text());
            if (named || !function && !trailing && !counted) {
                break;
            }
            dropped = true;
            pos += term.text().length();
        }
        return Math.min(pos, end);
    }

    /**
     * Whether a numeral word is a name's first word: two or more plain digit characters, which
     * count nothing without a classifier or multiplier ({@code 九三集团}, {@code 三九集团}; not
     * {@code 两大集团}, {@code 三四家银行}).
     */
    private static boolean digitName(String word) {
        if (word.length() < 2) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if ("一二三四五六七八九".indexOf(word.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code [start, end)}, the words before a suffix, hold a proper-noun part: a place
     * with its level or a known place, the level of the page's city, province, county or
     * district ({@code 市红十字环保志愿服务队}; a town's or village's facility is no body), a known
     * organization, Latin letters, a personal name, a noun the dictionary does not know, or two single-character nouns in a row (an unknown name
     * split up: {@code 索/菲/特}). {@code 技术研究}, {@code 镇污水处理}, {@code 一支志愿} hold none.
     */
    private boolean properPart(String text, int start, int end, WordMemo words) {
        String left = text.substring(start, end);
        if (left.isEmpty()) {
            return false;
        }
        if (lex.placePrefix(left + "X") > 0 || NAMED_AREA.matcher(left).find()
                || "市省县区".indexOf(left.charAt(0)) >= 0) {
            return true;
        }
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c < 128 && Character.isLetter(c) || lex.knownOrgStart(text, k) >= 0) {
                return true;
            }
        }
        int singles = 0;
        for (Word w : words.of(left, 0, left.length())) {
            boolean single = w.text().length() == 1;
            boolean other = w.partOfSpeech() == PartOfSpeech.OTHER;
            singles = single && other && isHan(w.text().charAt(0)) ? singles + 1 : 0;
            if (singles >= 2 || w.partOfSpeech() == PartOfSpeech.PERSON_NAME
                    || !single && other && !words.ordinary(w.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the name at {@code start} continues a quoted part of a longer name
     * ({@code 市“三高”办指挥部}): a closing quote right before it, its opening quote right after a
     * Han character.
     */
    private static boolean quotedPrefix(String text, int start) {
        if (start == 0 || text.charAt(start - 1) != '”') {
            return false;
        }
        int open = text.lastIndexOf('“', start - 1);
        return open > 0 && start - open <= 12 && isHan(text.charAt(open - 1));
    }

    /**
     * Whether {@code left} starts with a level character, {@code 中共}, a known place or a
     * two-to-three-character place with its level ({@code 扎囊县委办}).
     */
    private boolean administrativeStart(String left) {
        return !left.isEmpty() && ("市省县区州镇乡".indexOf(left.charAt(0)) >= 0 || left.startsWith("中共")
                || lex.placeAt(left, 0) != null || PLACE_WITH_LEVEL.matcher(left).lookingAt());
    }

    /** Whether {@code cand} has a name before the longest suffix it ends with (not bare {@code 党支部}). */
    private boolean namedBeyondSuffix(String cand) {
        if (cand.isEmpty()) {
            return true;
        }
        List<NameLexicon.Suffix> group = lex.suffixesByLast.get(cand.charAt(cand.length() - 1));
        for (int g = 0; g < group.size(); g++) {
            NameLexicon.Suffix sfx = group.get(g);
            if (cand.endsWith(sfx.text())) {
                return cand.length() - sfx.text().length() >= sfx.minLeft();
            }
        }
        return true;
    }

    /** Start of the name ending at {@code i}: left over Han characters up to a stop. */
    int leftExtend(String text, int i) {
        return extension.start(text, i);
    }

    /** At least two characters, no ordinary word of org_false.txt, and not anonymized ({@code 某科技公司}). */
    private boolean valid(String text, int start, int end) {
        return end - start >= 2 && text.lastIndexOf('某', end - 1) < start && lex.plausibleOrg(text, start, end);
    }

    private void known(String text, List<NamedSpan> backend, List<Hit> found, WordMemo words) {
        boolean[] boundaries = null;
        for (int at = 0; at < text.length(); at++) {
            List<String> group = lex.knownOrgsByFirst.get(text.charAt(at));
            for (int g = 0; g < group.size(); g++) {
                String org = group.get(g);
                if (!text.startsWith(org, at)) {
                    continue;
                }
                if (org.length() <= 2) {
                    boundaries = boundaries == null ? words.boundaries(text) : boundaries;
                    if (!boundaries[at] || !boundaries[at + org.length()]) {
                        continue;
                    }
                } else if (!lex.plausibleOrg(text, at, at + org.length())) {
                    continue;
                }
                found.add(new Hit(at, at + org.length(), org, org, "KNOWN", false));
            }
        }
        for (NamedSpan s : backend) {
            if (s.type() == MentionType.ORGANIZATION) {
                String t = text.substring(s.start(), s.end());
                if (lex.knownOrgSet.contains(t)) {
                    found.add(new Hit(s.start(), s.end(), t, t, "KNOWN", false));
                }
            }
        }
    }

    private void companies(String text, List<Hit> found, WordMemo words) {
        for (int i = 0; i < text.length(); i++) {
            List<String> group = lex.companyWordsByFirst.get(text.charAt(i));
            for (int g = 0; g < group.size(); g++) {
                String word = group.get(g);
                if (!text.startsWith(word, i)) {
                    continue;
                }
                int end = i + word.length();
                int start = trimLeadingWords(text, leftExtend(text, i), i, words);
                String cand = text.substring(start, end);
                boolean continues = false;
                for (String c : lex.companyContinuations) {
                    continues |= text.startsWith(c, end);
                }
                boolean inner = containsLongSuffix(cand) || overlapsSuffixHit(found, start, end);
                if (i - start >= 2 && cand.length() >= 4 && !continues && !inner && valid(text, start, end)) {
                    found.add(new Hit(start, end, cand, cand, "COMPANY", lex.placePrefix(cand) == 0));
                }
                break;
            }
        }
    }

    /** Whether {@code s} contains an organization suffix of two or more characters. */
    private boolean containsLongSuffix(String s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            List<NameLexicon.Suffix> group = lex.suffixesByFirst.get(s.charAt(i));
            for (int g = 0; g < group.size(); g++) {
                String x = group.get(g).text();
                if (x.length() >= 2 && s.startsWith(x, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean overlapsSuffixHit(List<Hit> found, int start, int end) {
        for (Hit h : found) {
            if (!h.kind().equals("COMPANY") && h.start() < end && start < h.end()) {
                return true;
            }
        }
        return false;
    }

    private static List<Hit> longestNonOverlapping(List<Hit> hits) {
        List<Hit> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparingInt((Hit h) -> -h.length()).thenComparingInt(Hit::start));
        List<Hit> kept = new ArrayList<>();
        for (Hit h : sorted) {
            boolean clash = false;
            for (Hit k : kept) {
                clash |= h.start() < k.end() && k.start() < h.end();
            }
            if (!clash) {
                kept.add(h);
            }
        }
        kept.sort(Comparator.comparingInt(Hit::start));
        return kept;
    }
}
