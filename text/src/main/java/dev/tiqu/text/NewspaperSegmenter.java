package dev.tiqu.text;

import dev.tiqu.core.text.AlignedText;
import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Document;
import dev.tiqu.core.text.Sentence;
import dev.tiqu.core.text.Span;
import dev.tiqu.core.Lexicon;
import dev.tiqu.core.pipeline.Segmenter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a newspaper page (PDF-extracted text, cleaned by {@link TextCleaner}) into articles.
 *
 * <p>How: every line is classified (page furniture, dateline such as {@code 株洲日报讯（全媒体记者/徐滔）},
 * byline line, author line, markdown heading, continuation marker, caption, headline, body).
 * Datelines, byline lines, author lines, level-1/2 headings and continuation markers open an
 * article. Headline lines are grouped; a group right before an opener, or at the end of the
 * page, holds titles, and each title line goes to the article whose body it resembles most
 * (shared Han bigrams): on these pages a headline may be printed before its body, after it
 * (004), or in a cluster far from it (000). A group between two body paragraphs of one article
 * is a subhead and stays in the body.
 *
 * <p>Immutable and thread-safe; lexicons are loaded once per instance.
 */
public final class NewspaperSegmenter implements Segmenter {

    private enum Kind { BLANK, FURNITURE, DATELINE, BYLINE, AUTHOR, HEADING, CONTINUATION, CAPTION, HEADLINE, BODY }

    private static final String RES = "/dev/tiqu/text/";
    /**
     * Every dateline ends with 讯 (report) or 电 (dispatch), so a line without either has none.
     * The expressions in datelines.txt must keep to this: NewspaperSegmenterTest checks it.
     */
    static final String DATELINE_LAST_CHARS = "讯电";
    /** The roles of the shared lexicon, longest first, as one alternation. */
    private static final List<String> REPORTER_ROLES = Lexicon.lines(Lexicon.REPORTER_ROLES).stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    private static final String REPORTER_ROLE = "(?:" + String.join("|", REPORTER_ROLES) + ")";
    private static final String NAME = "[\\p{IsHan}·]{2,5}";
    private static final Pattern BYLINE_LINE = Pattern.compile(
            "^(?:[\\p{IsHan}·]{0,16}?)" + REPORTER_ROLE + "\\s?[/／:：]?\\s?" + NAME + "(?:[ 、，,]" + NAME + ")*"
                    + "(?:\\s?" + REPORTER_ROLE + "\\s?[/／:：]?\\s?" + NAME + "(?:[ 、，,]" + NAME + ")*)*"
                    + "(?:\\s?(?:摄影?|供图|报道))?$");
    private static final Pattern CAPTION = Pattern.compile("^(?:图为|图[：:/]|（图|\\(图)|(?:供图|摄影?|图片由.{1,20}提供)[)）]?$");
    /** Every CAPTION alternative contains one of these characters: a line without any cannot match it. */
    private static final String CAPTION_CHARS = "图摄";
    private static final Pattern CONTINUATION = Pattern.compile("^◀*\\s*上接第?\\d+版[①-⑳\\d]*\\s*");
    private static final Pattern BRACKET = Pattern.compile("^[ \\t]*[（(][^）)\\n]{0,80}[）)]");
    private static final Pattern KICKER_END = Pattern.compile("(?:强调|表示|指出|要求|提出|说|时指出|时强调)$");
    private static final Pattern AUTHOR_NAME = Pattern.compile("[\\p{IsHan}]{2,4}");
    /** A space after or before a non-ASCII character. */
    private static final Pattern NON_ASCII_SPACE = Pattern.compile("(?<=[^\\x00-\\x7F]) | (?=[^\\x00-\\x7F])");
    private static final String TERMINAL = "。！？!?…”’」』）)】";

    private final Pattern datelines;
    private final Pattern furnitureAtStart;
    private final Pattern furnitureAnywhere;
    /** Texts every match of furnitureAnywhere starts with one of; null if not known for every expression. */
    private final List<String> furnitureAnywhereStarts;
    private final Set<String> surnames;

    public NewspaperSegmenter() {
        this.datelines = anyOf(Lexicon.lines(RES + "datelines.txt"));
        // expressions anchored with ^ are tried at the line start only, the others everywhere
        List<String> furniture = Lexicon.lines(RES + "furniture.txt");
        this.furnitureAtStart = anyOf(furniture.stream().filter(e -> e.startsWith("^")).map(e -> e.substring(1)).toList());
        List<String> anywhere = furniture.stream().filter(e -> !e.startsWith("^")).toList();
        this.furnitureAnywhere = anyOf(anywhere);
        this.furnitureAnywhereStarts = literalPrefixes(anywhere);
        this.surnames = Set.copyOf(Lexicon.words(Lexicon.SURNAMES));
    }

    /**
     * The literal text each expression's matches start with (its leading run of plain
     * characters), or null if some expression has none: then a line that contains none of
     * them cannot match any of the expressions.
     */
    private static List<String> literalPrefixes(List<String> expressions) {
        List<String> out = new ArrayList<>();
        for (String e : expressions) {
            int end = 0;
            while (end < e.length() && "\\^$.|?*+()[]{}".indexOf(e.charAt(end)) < 0) {
                end++;
            }
            if (end < e.length() && "?*{".indexOf(e.charAt(end)) >= 0) {
                end--; // a quantifier makes the last character optional
            }
            if (end <= 0 || e.indexOf('|') >= 0) {
                return null; // no leading literal, or an alternative may start differently
            }
            out.add(e.substring(0, end));
        }
        return out;
    }

    /** One pattern matching any of the lexicon's expressions, so each line is scanned once. */
    private static Pattern anyOf(List<String> expressions) {
        return Pattern.compile(String.join("|", expressions.stream().map(e -> "(?:" + e + ")").toList()));
    }

    @Override
    public List<Article> segment(Document document) {
        List<TextCleaner.Line> lines = TextCleaner.lines(document.text());
        Kind[] kinds = classify(lines);
        return new Assembly(lines, kinds).articles();
    }

    // ------------------------------------------------------------------ line classification

    private Kind[] classify(List<TextCleaner.Line> lines) {
        int n = lines.size();
        Kind[] k = new Kind[n];
        boolean[] strongHeadline = new boolean[n];
        for (int i = 0; i < n; i++) {
            TextCleaner.Line line = lines.get(i);
            String s = line.string();
            if (line.isBlank()) {
                k[i] = Kind.BLANK;
            } else if (isFurniture(s)) {
                k[i] = Kind.FURNITURE;
            } else if (line.headingLevel() == 1 || line.headingLevel() == 2) {
                k[i] = Kind.HEADING;
            } else if (datelineEnd(s) > 0) {
                k[i] = Kind.DATELINE;
            } else if (CONTINUATION.matcher(s).lookingAt()) {
                k[i] = Kind.CONTINUATION;
            } else if (s.length() <= 60 && isBylineLine(s)) {
                k[i] = s.endsWith("摄") || s.endsWith("摄影") || s.endsWith("供图") ? Kind.CAPTION : Kind.BYLINE;
            } else if (s.length() <= 120 && isCaption(s)) {
                k[i] = Kind.CAPTION;
            } else if (line.headingLevel() >= 3 || line.bold()) {
                k[i] = Kind.HEADLINE;
                strongHeadline[i] = true;
            } else {
                k[i] = Kind.BODY;
            }
        }
        markTeasers(lines, k);
        double[] width = localWidth(lines, k);
        // headline candidates depend on the next line: decide bottom-up, then re-check top-down
        for (int round = 0; round < 2; round++) {
            for (int i = n - 1; i >= 0; i--) {
                if (k[i] == Kind.BODY || (k[i] == Kind.HEADLINE && !strongHeadline[i])) {
                    k[i] = looksLikeHeadline(lines, k, i, width[i]) ? Kind.HEADLINE : Kind.BODY;
                }
            }
            for (int i = 0; i < n; i++) {
                if (k[i] == Kind.HEADLINE && !strongHeadline[i]) {
                    int p = previous(k, i);
                    if (p >= 0 && k[p] == Kind.BODY && !endsParagraph(lines.get(p).string())
                            && !truncatedParagraph(lines.get(p), lines.get(i))) {
                        k[i] = Kind.BODY;
                    }
                }
            }
        }
        // a short name under a headline, above the body, is the author of a commentary
        for (int i = 0; i < n; i++) {
            if (k[i] == Kind.HEADLINE && isAuthorName(lines.get(i).string())) {
                int p = previous(k, i);
                int q = next(k, i);
                if (p >= 0 && k[p] == Kind.HEADLINE && q >= 0 && k[q] == Kind.BODY) {
                    k[i] = Kind.AUTHOR;
                }
            }
        }
        return k;
    }

    /** After a 导读 (in this issue) line, teasers up to the 第N版 reference are furniture. */
    private static void markTeasers(List<TextCleaner.Line> lines, Kind[] k) {
        for (int i = 0; i < lines.size(); i++) {
            if (k[i] == Kind.FURNITURE && lines.get(i).string().equals("导读")) {
                int last = -1;
                for (int j = i + 1; j < lines.size() && j <= i + 12; j++) {
                    if (lines.get(j).string().matches("^(?:第)?[A-Z]?\\d{1,2}版$")) {
                        last = j;
                    }
                }
                for (int j = i + 1; j <= last; j++) {
                    k[j] = k[j] == Kind.BLANK ? Kind.BLANK : Kind.FURNITURE;
                }
            }
        }
    }

    /** The median raw width of the body-like lines around each line: the column width there. */
    private static double[] localWidth(List<TextCleaner.Line> lines, Kind[] k) {
        int n = lines.size();
        int[] bodyWidths = new int[n]; // raw widths of the body lines, in order
        int[] idx = new int[n]; // their line numbers
        int bodies = 0;
        for (int i = 0; i < n; i++) {
            if (k[i] == Kind.BODY) {
                bodyWidths[bodies] = lines.get(i).rawWidth();
                idx[bodies++] = i;
            }
        }
        double[] w = new double[n];
        int pos = 0;
        int medianPos = -1; // the window of w[i] depends on pos only: lines with the same pos share it
        double median = 0;
        for (int i = 0; i < n; i++) {
            while (pos < bodies && idx[pos] < i) {
                pos++;
            }
            if (pos != medianPos) {
                int from = Math.max(0, pos - 8);
                int to = Math.min(bodies, pos + 8);
                int[] ws = Arrays.copyOfRange(bodyWidths, from, to);
                Arrays.sort(ws);
                median = ws.length == 0 ? 0 : ws[ws.length / 2];
                medianPos = pos;
            }
            w[i] = median;
        }
        return w;
    }

    private boolean looksLikeHeadline(List<TextCleaner.Line> lines, Kind[] k, int i, double columnWidth) {
        TextCleaner.Line line = lines.get(i);
        String s = line.string();
        int len = s.length();
        if (len < 2 || len > 64 || s.indexOf('。') >= 0 || s.indexOf('；') >= 0 || s.indexOf(';') >= 0) {
            return false;
        }
        int q = next(k, i);
        boolean continuesHeadline = s.charAt(len - 1) == '、' && q >= 0 && k[q] == Kind.HEADLINE;
        if ("，,、：:；;（(“‘《—".indexOf(s.charAt(len - 1)) >= 0 && !continuesHeadline) {
            return false;
        }
        boolean isShort = columnWidth > 0 && line.rawWidth() < 0.7 * columnWidth;
        boolean comma = s.indexOf('，') >= 0 || s.indexOf(',') >= 0;
        if (comma && !(len <= 12 && isShort)) {
            return false;
        }
        int p = previous(k, i);
        if (p >= 0 && k[p] == Kind.BODY && !endsParagraph(lines.get(p).string())
                && !looksLikeHeadlineText(lines.get(p).string()) && !truncatedParagraph(lines.get(p), line)) {
            return false;
        }
        boolean nextOpens = q < 0 || k[q] != Kind.BODY;
        return nextOpens || isShort || s.indexOf(' ') > 0;
    }

    /**
     * Pages extracted one paragraph per line sometimes cut a paragraph short: a long line that
     * does not end a sentence can still be followed by a headline.
     */
    private static boolean truncatedParagraph(TextCleaner.Line previous, TextCleaner.Line line) {
        return previous.string().length() >= 40 && previous.rawWidth() >= 2 * line.rawWidth();
    }

    /** A line that could stand as a headline on its own: no sentence punctuation, not too long. */
    private static boolean looksLikeHeadlineText(String s) {
        return s.length() >= 2 && s.length() <= 64 && s.indexOf('。') < 0 && s.indexOf('，') < 0
                && s.indexOf(',') < 0 && "，,：:；;（(“‘《—".indexOf(s.charAt(s.length() - 1)) < 0;
    }

    private boolean isAuthorName(String s) {
        if (!AUTHOR_NAME.matcher(s).matches()) {
            return false;
        }
        return surnames.contains(s.substring(0, 2)) && s.length() >= 3 || surnames.contains(s.substring(0, 1));
    }

    /** A line of reporter names. The cheap word test comes first: most lines name no reporter. */
    private static boolean isBylineLine(String s) {
        return containsAny(s, REPORTER_ROLES) && BYLINE_LINE.matcher(s).matches();
    }

    private static boolean isCaption(String s) {
        return containsAnyChar(s, CAPTION_CHARS) && CAPTION.matcher(s).find();
    }

    private static boolean containsAnyChar(String s, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (s.indexOf(chars.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String s, List<String> words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private boolean isFurniture(String s) {
        if (s.length() > 160) {
            return false;
        }
        if (furnitureAtStart.matcher(s).lookingAt()) {
            return true;
        }
        // searching the whole line is the costly part: skip lines where no expression can start
        return (furnitureAnywhereStarts == null || containsAny(s, furnitureAnywhereStarts))
                && furnitureAnywhere.matcher(s).find();
    }

    /** End of the dateline at the start of {@code s} (reporter bracket included), or 0. */
    int datelineEnd(CharSequence s) {
        if (!containsAnyChar(s.toString(), DATELINE_LAST_CHARS)) {
            return 0; // most lines: no expression can match, and trying them all is costly
        }
        Matcher m = datelines.matcher(s);
        if (!m.lookingAt()) {
            return 0;
        }
        int end = m.end();
        Matcher b = BRACKET.matcher(s).region(end, s.length());
        return b.lookingAt() ? b.end() : end;
    }

    private static boolean endsParagraph(String s) {
        return !s.isEmpty() && TERMINAL.indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    private static int previous(Kind[] k, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (k[j] != Kind.BLANK && k[j] != Kind.FURNITURE) {
                return j;
            }
        }
        return -1;
    }

    private static int next(Kind[] k, int i) {
        for (int j = i + 1; j < k.length; j++) {
            if (k[j] != Kind.BLANK && k[j] != Kind.FURNITURE) {
                return j;
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------ article assembly

    /** An article being assembled: line numbers of its parts. */
    private static final class Draft {
        final List<Integer> titles = new ArrayList<>();
        final List<Integer> bylines = new ArrayList<>();
        final List<Integer> body = new ArrayList<>();
        final Set<Integer> subheads = new HashSet<>();
        final List<Integer> captions = new ArrayList<>();
        boolean titledByGroup;
        boolean openedByHeading;
        boolean dated;
        int bodyChars;
        BigramSet bigrams; // of the body as walked; see Assembly.bodyBigrams(Draft)
    }

    /** A run of headline lines, with the articles before and after it. */
    private record Group(List<Integer> lines, Draft prev, Draft next) {
    }

    private final class Assembly {
        private final List<TextCleaner.Line> lines;
        private final Kind[] kinds;
        private final List<Draft> drafts = new ArrayList<>();
        private final List<Group> groups = new ArrayList<>();
        private final List<int[]> captions = new ArrayList<>(); // {line, index of previous draft or -1}

        Assembly(List<TextCleaner.Line> lines, Kind[] kinds) {
            this.lines = lines;
            this.kinds = kinds;
        }

        List<Article> articles() {
            walk();
            for (Group g : groups) {
                assign(g);
            }
            for (int[] c : captions) {
                Draft prev = c[1] >= 0 ? drafts.get(c[1]) : null;
                String caption = lines.get(c[0]).string();
                boolean credit = isBylineLine(caption);
                Draft best = credit && prev != null ? prev : best(bigrams(caption), drafts, 0.5);
                Draft target = best != null ? best : prev != null ? prev : drafts.isEmpty() ? null : drafts.get(0);
                if (target != null) {
                    target.captions.add(c[0]);
                }
            }
            List<Draft> kept = new ArrayList<>();
            for (Draft d : drafts) {
                if (!d.body.isEmpty()) {
                    kept.add(d);
                }
            }
            kept.sort(Comparator.comparingInt(d -> d.body.get(0)));
            List<Article> out = new ArrayList<>();
            for (Draft d : kept) {
                Article a = build(out.size(), d);
                if (a != null) {
                    out.add(a);
                }
            }
            return out;
        }

        private void walk() {
            Draft cur = null;
            boolean fresh = false; // cur has no body yet
            List<Integer> pending = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                switch (kinds[i]) {
                    case BLANK, FURNITURE -> {
                    }
                    case HEADLINE -> pending.add(i);
                    case CAPTION -> captions.add(new int[] {i, cur == null ? -1 : drafts.indexOf(cur)});

                    case HEADING -> {
                        if (!pending.isEmpty()) {
                            groups.add(new Group(List.copyOf(pending), cur, null));
                            pending.clear();
                        }
                        cur = open();
                        cur.titles.add(i);
                        cur.titledByGroup = true;
                        cur.openedByHeading = true;
                        fresh = true;
                    }
                    case DATELINE, BYLINE, AUTHOR, CONTINUATION -> {
                        boolean introOnly = cur != null && cur.openedByHeading && !cur.dated
                                && cur.bylines.isEmpty() && cur.bodyChars < 150;
                        if (kinds[i] == Kind.DATELINE && introOnly && !fresh) {
                            // a feature opens with a heading, a quote or lead-in, then its dateline
                            cur.body.addAll(pending);
                            cur.subheads.addAll(pending);
                        } else if (cur != null && fresh) {
                            cur.titles.addAll(pending);
                            cur.titledByGroup |= !pending.isEmpty();
                        } else {
                            Draft d = open();
                            if (!pending.isEmpty()) {
                                groups.add(new Group(List.copyOf(pending), cur, d));
                            }
                            cur = d;
                            fresh = true;
                        }
                        pending.clear();
                        if (kinds[i] == Kind.DATELINE || kinds[i] == Kind.CONTINUATION) {
                            cur.body.add(i);
                            cur.dated = true;
                            cur.bodyChars += lines.get(i).string().length();
                            fresh = false;
                        } else {
                            cur.bylines.add(i);
                        }
                    }
                    case BODY -> {
                        if (cur == null) {
                            cur = open();
                            fresh = true;
                        }
                        if (!pending.isEmpty()) {
                            if (fresh) {
                                cur.titles.addAll(pending);
                                cur.titledByGroup = true;
                            } else {
                                cur.body.addAll(pending);
                                cur.subheads.addAll(pending);
                            }
                            pending.clear();
                        }
                        cur.body.add(i);
                        cur.bodyChars += lines.get(i).string().length();
                        fresh = false;
                    }
                }
            }
            if (!pending.isEmpty()) {
                groups.add(new Group(List.copyOf(pending), cur, null));
            }
        }

        private Draft open() {
            Draft d = new Draft();
            drafts.add(d);
            return d;
        }

        /**
         * Gives the lines of a headline group to articles. A line that clearly resembles an
         * untitled article elsewhere on the page goes there; the rest split in reading order:
         * a first part for the article above (a title printed after its body), the remainder for
         * the article below, at the split that best matches both bodies.
         */
        private void assign(Group g) {
            List<List<Integer>> logical = logicalLines(g.lines());
            List<List<Integer>> local = new ArrayList<>();
            for (List<Integer> ll : logical) {
                List<Draft> others = new ArrayList<>();
                for (Draft d : drafts) {
                    if (d != g.prev() && d != g.next() && d.titles.isEmpty() && !d.titledByGroup) {
                        others.add(d);
                    }
                }
                int[] t = bigrams(join(ll));
                Draft far = best(t, others, 0.5);
                if (far != null && score(t, far) > Math.max(score(t, g.prev()), score(t, g.next()))) {
                    far.titles.addAll(ll);
                    far.titledByGroup = true;
                } else {
                    local.add(ll);
                }
            }
            int n = local.size();
            double discount = g.prev() != null && g.prev().titledByGroup ? 0.5 : 1.0;
            int split = g.next() == null ? n : 0;
            if (g.prev() != null && g.next() != null) {
                double[] prevScore = new double[n];
                double[] nextScore = new double[n];
                for (int j = 0; j < n; j++) {
                    int[] t = bigrams(join(local.get(j)));
                    prevScore[j] = score(t, g.prev());
                    nextScore[j] = score(t, g.next());
                }
                double bestScore = -1;
                for (int k = 0; k <= n; k++) {
                    double total = 0;
                    for (int j = 0; j < n; j++) {
                        total += j < k ? discount * prevScore[j] : nextScore[j];
                    }
                    if (total > bestScore + 1e-9) {
                        bestScore = total;
                        split = k;
                    }
                }
            }
            if (split > 0 && g.prev() != null) {
                Draft target = g.prev();
                String text = join(local.get(0));
                if (target.titledByGroup && g.next() == null) {
                    Draft tail = splitTrailing(target, text);
                    if (tail != null) {
                        target = tail;
                    }
                }
                for (int j = 0; j < split; j++) {
                    target.titles.addAll(local.get(j));
                }
                target.titledByGroup = true;
            }
            if (split < n && g.next() != null) {
                for (int j = split; j < n; j++) {
                    g.next().titles.addAll(local.get(j));
                }
                g.next().titledByGroup = true;
            }
        }

        private double score(int[] titleBigrams, Draft d) {
            return d == null ? 0 : coverage(titleBigrams, bodyBigrams(d));
        }

        /**
         * The bigrams of the first 1200 characters of the body as walked, which titles are
         * matched against. Computed on first use: many drafts are never compared with a title.
         */
        private BigramSet bodyBigrams(Draft d) {
            if (d.bigrams == null) {
                StringBuilder b = new StringBuilder();
                for (int k = 0; k < d.body.size() && b.length() < 1200; k++) {
                    b.append(lines.get(d.body.get(k)).string());
                }
                b.setLength(Math.min(b.length(), 1200));
                d.bigrams = BigramSet.of(b);
            }
            return d.bigrams;
        }

        /**
         * A title printed after an article that already has one may belong to a short piece at
         * the end of its body (a photo story): split from the first paragraph it resembles.
         */
        private Draft splitTrailing(Draft d, String title) {
            int[] t = bigrams(title);
            List<List<Integer>> paragraphs = new ArrayList<>();
            List<Integer> cur = new ArrayList<>();
            for (int i : d.body) {
                cur.add(i);
                if (endsParagraph(lines.get(i).string())) {
                    paragraphs.add(cur);
                    cur = new ArrayList<>();
                }
            }
            if (!cur.isEmpty()) {
                paragraphs.add(cur);
            }
            if (paragraphs.size() < 2 || coverage(t, BigramSet.of(join(paragraphs.get(0)))) >= 0.34) {
                return null;
            }
            for (int p = 1; p < paragraphs.size(); p++) {
                StringBuilder rest = new StringBuilder();
                for (int q = p; q < paragraphs.size(); q++) {
                    rest.append(join(paragraphs.get(q)));
                }
                if (coverage(t, BigramSet.of(join(paragraphs.get(p)))) >= 0.5) {
                    Draft tail = open();
                    for (int q = p; q < paragraphs.size(); q++) {
                        tail.body.addAll(paragraphs.get(q));
                    }
                    bodyBigrams(d); // before the body shrinks: titles are still matched against all of it
                    d.body.removeAll(tail.body);
                    tail.bigrams = BigramSet.of(rest);
                    return tail;
                }
            }
            return null;
        }

        private Draft best(int[] t, List<Draft> candidates, double threshold) {
            Draft best = null;
            double bestScore = threshold;
            for (Draft d : candidates) {
                double c = coverage(t, bodyBigrams(d));
                if (c >= bestScore && (best == null || c > bestScore)) {
                    best = d;
                    bestScore = c;
                }
            }
            return best;
        }

        /**
         * Headline lines as printed may break a headline: a line ending in 、 continues on the
         * next line, and a line of three characters or fewer ends the line above it.
         */
        private List<List<Integer>> logicalLines(List<Integer> group) {
            List<List<Integer>> out = new ArrayList<>();
            List<Integer> cur = new ArrayList<>();
            for (int i : group) {
                String s = lines.get(i).string();
                if (cur.isEmpty() && s.length() <= 3 && !out.isEmpty()) {
                    out.get(out.size() - 1).add(i);
                    continue;
                }
                cur.add(i);
                if (!s.endsWith("、")) {
                    out.add(cur);
                    cur = new ArrayList<>();
                }
            }
            if (!cur.isEmpty()) {
                out.add(cur);
            }
            return out;
        }

        private String join(List<Integer> idx) {
            StringBuilder b = new StringBuilder();
            for (int i : idx) {
                b.append(lines.get(i).string());
            }
            return b.toString();
        }

        private Article build(int index, Draft d) {
            List<Sentence> sentences = new ArrayList<>();
            d.titles.sort(null);
            for (int i : d.titles) {
                sentences.add(new Sentence(sentences.size(), Sentence.Role.TITLE, lines.get(i).text()));
            }
            List<AlignedText> bylineParts = new ArrayList<>();
            for (int i : d.bylines) {
                bylineParts.add(lines.get(i).text());
            }
            List<int[]> cuts = new ArrayList<>();
            AlignedText joined = joinBody(d, cuts);
            AlignedText.Builder kept = AlignedText.builder(joined.length());
            int from = 0;
            for (int[] cut : cuts) {
                int end = cut[0];
                if (kinds[cut[1]] == Kind.DATELINE) {
                    end += datelineEnd(joined.subSequence(cut[0], Math.min(joined.length(), cut[0] + 160)));
                    bylineParts.add(joined.subSequence(cut[0], end));
                } else {
                    Matcher m = CONTINUATION.matcher(joined).region(cut[0], joined.length());
                    end = m.lookingAt() ? m.end() : cut[0];
                }
                kept.append(joined, from, cut[0]);
                from = end;
            }
            kept.append(joined, from, joined.length());
            AlignedText body = kept.build();
            String byline = "";
            for (AlignedText b : bylineParts) {
                String s = b.text().strip();
                if (!s.isEmpty()) {
                    sentences.add(new Sentence(sentences.size(), Sentence.Role.BYLINE, trim(b)));
                    byline = byline.isEmpty() ? s : byline + " " + s;
                }
            }
            List<AlignedText> split = SentenceSplitter.split(body);
            if (split.isEmpty()) {
                return null;
            }
            Span span = new Span(split.get(0).originalSpan().start(), split.get(split.size() - 1).originalSpan().end());
            for (AlignedText s : split) {
                sentences.add(new Sentence(sentences.size(), Sentence.Role.BODY, s));
            }
            for (int i : d.captions) {
                sentences.add(new Sentence(sentences.size(), Sentence.Role.CAPTION, lines.get(i).text()));
            }
            return new Article(index, title(d), byline, span, sentences);
        }

        private AlignedText trim(AlignedText t) {
            int s = 0;
            int e = t.length();
            while (s < e && Character.isWhitespace(t.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
                e--;
            }
            return t.subSequence(s, e);
        }

        /**
         * Body lines joined without separators, a line break kept around subheads; the offsets
         * where datelines and continuation markers start are added to {@code cuts} as
         * {@code {offset, line}}.
         */
        private AlignedText joinBody(Draft d, List<int[]> cuts) {
            AlignedText.Builder b = AlignedText.builder(256);
            for (int k = 0; k < d.body.size(); k++) {
                int i = d.body.get(k);
                AlignedText t = lines.get(i).text();
                if (kinds[i] == Kind.DATELINE || kinds[i] == Kind.CONTINUATION) {
                    cuts.add(new int[] {b.length(), i});
                }
                b.append(t, 0, t.length());
                boolean nextIsSubhead = k + 1 < d.body.size() && d.subheads.contains(d.body.get(k + 1));
                if (t.length() > 0 && (d.subheads.contains(i) || nextIsSubhead)) {
                    b.appendReplacing('\n', t, t.length() - 1);
                }
            }
            return b.build();
        }

        /**
         * The main headline line: kicker lines (…强调) and column labels (a run of short lines
         * under the headline) are left out; of the rest, the last line before the body.
         */
        private String title(Draft d) {
            for (int i : d.titles) {
                if (kinds[i] == Kind.HEADING) {
                    return compact(lines.get(i).string());
                }
            }
            List<String> cands = new ArrayList<>();
            for (List<Integer> ll : logicalLines(d.titles)) {
                cands.add(join(ll));
            }
            if (cands.isEmpty()) {
                return "";
            }
            List<String> main = new ArrayList<>(cands);
            // column labels: two or more short lines after a longer one
            for (int i = 1; i < main.size(); i++) {
                int j = i;
                while (j < main.size() && main.get(j).length() <= 10) {
                    j++;
                }
                if (j - i >= 2 && main.get(i - 1).length() > 10) {
                    main.subList(i, j).clear();
                }
            }
            main.removeIf(s -> main.size() > 1 && (KICKER_END.matcher(s).find() || s.startsWith("——")));
            String chosen = main.isEmpty() ? cands.get(cands.size() - 1) : main.get(main.size() - 1);
            return compact(chosen);
        }

        /** Spaces removed except between two ASCII words. */
        private String compact(String s) {
            return NON_ASCII_SPACE.matcher(s).replaceAll("");
        }
    }

    // ------------------------------------------------------------------ similarity

    /** The distinct Han (and digit) character bigrams of a title, each packed into an int, sorted. */
    private static int[] bigrams(String s) {
        int[] out = new int[Math.max(0, s.length() - 1)];
        int n = 0;
        for (int i = 0; i + 1 < s.length(); i++) {
            char a = s.charAt(i);
            char b = s.charAt(i + 1);
            if (isBigramChar(a) && isBigramChar(b)) {
                out[n++] = a << 16 | b;
            }
        }
        Arrays.sort(out, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || out[i] != out[distinct - 1]) {
                out[distinct++] = out[i];
            }
        }
        return Arrays.copyOf(out, distinct);
    }

    private static boolean isBigramChar(char c) {
        return TextCleaner.isHan(c) || Character.isDigit(c);
    }

    /**
     * The distinct Han (and digit) character bigrams of a body, packed as in {@link #bigrams},
     * for membership tests. A hash set (open addressing, linear probing): bodies are long, and
     * building it takes one pass where sorting the bigrams took most of the assembly's time.
     */
    private static final class BigramSet {
        private final int[] slots; // 0 marks a free slot: no bigram packs to 0
        private final int size;

        private BigramSet(int[] slots, int size) {
            this.slots = slots;
            this.size = size;
        }

        static BigramSet of(CharSequence s) {
            int capacity = 16;
            while (capacity < 2 * s.length()) {
                capacity <<= 1;
            }
            int[] slots = new int[capacity];
            int size = 0;
            for (int i = 0; i + 1 < s.length(); i++) {
                char a = s.charAt(i);
                char b = s.charAt(i + 1);
                if (isBigramChar(a) && isBigramChar(b)) {
                    int bigram = a << 16 | b;
                    int slot = find(slots, bigram);
                    if (slots[slot] == 0) {
                        slots[slot] = bigram;
                        size++;
                    }
                }
            }
            return new BigramSet(slots, size);
        }

        boolean isEmpty() {
            return size == 0;
        }

        boolean contains(int bigram) {
            return slots[find(slots, bigram)] == bigram;
        }

        /** The slot holding {@code bigram}, or the free slot where it would go. */
        private static int find(int[] slots, int bigram) {
            int mask = slots.length - 1;
            int h = bigram * 0x9E3779B9;
            int slot = (h ^ h >>> 16) & mask;
            while (slots[slot] != 0 && slots[slot] != bigram) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }
    }

    /** The share of the title's bigrams found in the body. */
    private static double coverage(int[] title, BigramSet body) {
        if (title.length < 2 || body == null || body.isEmpty()) {
            return 0;
        }
        int hit = 0;
        for (int b : title) {
            if (body.contains(b)) {
                hit++;
            }
        }
        return hit / (double) title.length;
    }
}
