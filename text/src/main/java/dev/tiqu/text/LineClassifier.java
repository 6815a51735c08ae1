package dev.tiqu.text;

import static dev.tiqu.text.LayoutThresholds.BYLINE_MAX_CHARS;
import static dev.tiqu.text.LayoutThresholds.CAPTION_MAX_CHARS;
import static dev.tiqu.text.LayoutThresholds.COLUMN_WINDOW_LINES;
import static dev.tiqu.text.LayoutThresholds.COMMA_HEADLINE_MAX_CHARS;
import static dev.tiqu.text.LayoutThresholds.FURNITURE_MAX_CHARS;
import static dev.tiqu.text.LayoutThresholds.HEADLINE_MAX_CHARS;
import static dev.tiqu.text.LayoutThresholds.REPORTER_BRACKET_MAX_CHARS;
import static dev.tiqu.text.LayoutThresholds.SHORT_LINE_SHARE;
import static dev.tiqu.text.LayoutThresholds.TEASER_WINDOW_LINES;
import static dev.tiqu.text.LayoutThresholds.TRUNCATED_PARAGRAPH_MIN_CHARS;
import static dev.tiqu.text.LayoutThresholds.TRUNCATED_PARAGRAPH_WIDTH_RATIO;

import dev.tiqu.core.Lexicon;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what each line of a cleaned newspaper page is ({@link LineKind}): page furniture,
 * dateline such as {@code 株洲日报讯（全媒体记者/徐滔）}, byline line, author line, markdown
 * heading, continuation marker, caption, headline or body.
 *
 * <p>Headlines are told from body lines by their shape (short, no sentence punctuation,
 * narrower than the column) and by their neighbours, so they are decided after the other kinds.
 * Immutable and thread-safe; lexicons are loaded once per instance.
 */
final class LineClassifier {

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
    static final Pattern CONTINUATION = Pattern.compile("^◀*\\s*上接第?\\d+版[①-⑳\\d]*\\s*");
    private static final Pattern BRACKET = Pattern.compile(
            "^[ \\t]*[（(][^）)\\n]{0," + REPORTER_BRACKET_MAX_CHARS + "}[）)]");
    private static final Pattern PAGE_REFERENCE = Pattern.compile("^(?:第)?[A-Z]?\\d{1,2}版$");
    private static final Pattern AUTHOR_NAME = Pattern.compile("[\\p{IsHan}]{2,4}");
    /** Characters that end a paragraph: sentence ends and the closing marks that may follow them. */
    private static final String TERMINAL = "。！？!?…”’」』）)】";
    /** A headline never ends with one of these: they announce more text. */
    private static final String OPEN_ENDINGS = "，,、：:；;（(“‘《—";
    /**
     * A line ending with one of these cannot stand as a headline on its own (the test on the
     * line above a headline candidate). 、 is not among them: a headline broken after 、
     * continues on the next line.
     */
    private static final String OPEN_ENDINGS_ABOVE_HEADLINE = "，,：:；;（(“‘《—";

    private final Pattern datelines;
    private final Pattern furnitureAtStart;
    private final Pattern furnitureAnywhere;
    /** Texts every match of furnitureAnywhere starts with one of; null if not known for every expression. */
    private final List<String> furnitureAnywhereStarts;
    private final Set<String> surnames;

    LineClassifier() {
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

    /** The kind of every line of the page. */
    LineKind[] classify(List<TextCleaner.Line> lines) {
        int n = lines.size();
        LineKind[] k = new LineKind[n];
        boolean[] strongHeadline = new boolean[n];
        for (int i = 0; i < n; i++) {
            k[i] = ownKind(lines.get(i));
            strongHeadline[i] = k[i] == LineKind.HEADLINE;
        }
        markTeasers(lines, k);
        double[] width = localWidth(lines, k);
        // headline candidates depend on the next line: decide bottom-up, then re-check top-down
        for (int round = 0; round < 2; round++) {
            for (int i = n - 1; i >= 0; i--) {
                if (k[i] == LineKind.BODY || (k[i] == LineKind.HEADLINE && !strongHeadline[i])) {
                    k[i] = looksLikeHeadline(lines, k, i, width[i]) ? LineKind.HEADLINE : LineKind.BODY;
                }
            }
            for (int i = 0; i < n; i++) {
                if (k[i] == LineKind.HEADLINE && !strongHeadline[i]) {
                    int p = LineKind.previous(k, i);
                    if (p >= 0 && k[p] == LineKind.BODY && !endsParagraph(lines.get(p).string())
                            && !truncatedParagraph(lines.get(p), lines.get(i))) {
                        k[i] = LineKind.BODY;
                    }
                }
            }
        }
        markAuthors(lines, k);
        return k;
    }

    /**
     * The kind a line has by itself; {@link LineKind#HEADLINE} here only for markdown headings
     * of level 3 and more and bold lines (strong headlines), every other candidate is BODY.
     */
    private LineKind ownKind(TextCleaner.Line line) {
        String s = line.string();
        if (line.isBlank()) {
            return LineKind.BLANK;
        } else if (isFurniture(s)) {
            return LineKind.FURNITURE;
        } else if (line.headingLevel() == 1 || line.headingLevel() == 2) {
            return LineKind.HEADING;
        } else if (datelineEnd(s) > 0) {
            return LineKind.DATELINE;
        } else if (CONTINUATION.matcher(s).lookingAt()) {
            return LineKind.CONTINUATION;
        } else if (s.length() <= BYLINE_MAX_CHARS && isBylineLine(s)) {
            return s.endsWith("摄") || s.endsWith("摄影") || s.endsWith("供图") ? LineKind.CAPTION : LineKind.BYLINE;
        } else if (s.length() <= CAPTION_MAX_CHARS && isCaption(s)) {
            return LineKind.CAPTION;
        } else if (line.headingLevel() >= 3 || line.bold()) {
            return LineKind.HEADLINE;
        }
        return LineKind.BODY;
    }

    /** A short name under a headline, above the body, is the author of a commentary. */
    private void markAuthors(List<TextCleaner.Line> lines, LineKind[] k) {
        for (int i = 0; i < k.length; i++) {
            if (k[i] == LineKind.HEADLINE && isAuthorName(lines.get(i).string())) {
                int p = LineKind.previous(k, i);
                int q = LineKind.next(k, i);
                if (p >= 0 && k[p] == LineKind.HEADLINE && q >= 0 && k[q] == LineKind.BODY) {
                    k[i] = LineKind.AUTHOR;
                }
            }
        }
    }

    /** After a 导读 (in this issue) line, the lines up to the last 第N版 reference are teasers. */
    private static void markTeasers(List<TextCleaner.Line> lines, LineKind[] k) {
        for (int i = 0; i < lines.size(); i++) {
            if ((k[i] == LineKind.FURNITURE || k[i] == LineKind.TEASER) && lines.get(i).string().equals("导读")) {
                int last = -1;
                for (int j = i + 1; j < lines.size() && j <= i + TEASER_WINDOW_LINES; j++) {
                    if (PAGE_REFERENCE.matcher(lines.get(j).string()).matches()) {
                        last = j;
                    }
                }
                for (int j = i + 1; j <= last; j++) {
                    k[j] = k[j] == LineKind.BLANK ? LineKind.BLANK : LineKind.TEASER;
                }
            }
        }
    }

    /** The median raw width of the body-like lines around each line: the column width there. */
    private static double[] localWidth(List<TextCleaner.Line> lines, LineKind[] k) {
        int n = lines.size();
        int[] bodyWidths = new int[n]; // raw widths of the body lines, in order
        int[] idx = new int[n]; // their line numbers
        int bodies = 0;
        for (int i = 0; i < n; i++) {
            if (k[i] == LineKind.BODY) {
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
                int from = Math.max(0, pos - COLUMN_WINDOW_LINES);
                int to = Math.min(bodies, pos + COLUMN_WINDOW_LINES);
                int[] ws = Arrays.copyOfRange(bodyWidths, from, to);
                Arrays.sort(ws);
                median = ws.length == 0 ? 0 : ws[ws.length / 2];
                medianPos = pos;
            }
            w[i] = median;
        }
        return w;
    }

    private boolean looksLikeHeadline(List<TextCleaner.Line> lines, LineKind[] k, int i, double columnWidth) {
        TextCleaner.Line line = lines.get(i);
        String s = line.string();
        int len = s.length();
        if (len < 2 || len > HEADLINE_MAX_CHARS || s.indexOf('。') >= 0 || s.indexOf('；') >= 0 || s.indexOf(';') >= 0) {
            return false;
        }
        int q = LineKind.next(k, i);
        boolean continuesHeadline = s.charAt(len - 1) == '、' && q >= 0 && k[q] == LineKind.HEADLINE;
        if (OPEN_ENDINGS.indexOf(s.charAt(len - 1)) >= 0 && !continuesHeadline) {
            return false;
        }
        boolean isShort = columnWidth > 0 && line.rawWidth() < SHORT_LINE_SHARE * columnWidth;
        boolean comma = s.indexOf('，') >= 0 || s.indexOf(',') >= 0;
        if (comma && !(len <= COMMA_HEADLINE_MAX_CHARS && isShort)) {
            return false;
        }
        int p = LineKind.previous(k, i);
        if (p >= 0 && k[p] == LineKind.BODY && !endsParagraph(lines.get(p).string())
                && !looksLikeHeadlineText(lines.get(p).string()) && !truncatedParagraph(lines.get(p), line)) {
            return false;
        }
        boolean nextOpens = q < 0 || k[q] != LineKind.BODY;
        return nextOpens || isShort || s.indexOf(' ') > 0;
    }

    /**
     * Pages extracted one paragraph per line sometimes cut a paragraph short: a long line that
     * does not end a sentence can still be followed by a headline.
     */
    private static boolean truncatedParagraph(TextCleaner.Line previous, TextCleaner.Line line) {
        return previous.string().length() >= TRUNCATED_PARAGRAPH_MIN_CHARS
                && previous.rawWidth() >= TRUNCATED_PARAGRAPH_WIDTH_RATIO * line.rawWidth();
    }

    /** A line that could stand as a headline on its own: no sentence punctuation, not too long. */
    static boolean looksLikeHeadlineText(String s) {
        return s.length() >= 2 && s.length() <= HEADLINE_MAX_CHARS && s.indexOf('。') < 0 && s.indexOf('，') < 0
                && s.indexOf(',') < 0 && OPEN_ENDINGS_ABOVE_HEADLINE.indexOf(s.charAt(s.length() - 1)) < 0;
    }

    private boolean isAuthorName(String s) {
        if (!AUTHOR_NAME.matcher(s).matches()) {
            return false;
        }
        return surnames.contains(s.substring(0, 2)) && s.length() >= 3 || surnames.contains(s.substring(0, 1));
    }

    /** A line of reporter names. The cheap word test comes first: most lines name no reporter. */
    static boolean isBylineLine(String s) {
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
        if (s.length() > FURNITURE_MAX_CHARS) {
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

    /** Whether a line ends a paragraph: it ends with sentence punctuation or a closing mark. */
    static boolean endsParagraph(String s) {
        return !s.isEmpty() && TERMINAL.indexOf(s.charAt(s.length() - 1)) >= 0;
    }
}
