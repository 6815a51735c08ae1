package dev.tiqu.text;

import dev.tiqu.core.text.AlignedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Cleans PDF-extracted newspaper text line by line, keeping every character aligned to the
 * original: folds full-width digits, letters and symbols ({@code １２％ → 12%}), strips markdown
 * residue ({@code ##}, {@code **}, list bullets), and removes the spaces PDF extraction puts
 * between Han characters and between numbers and units ({@code 儿 童 福 利 → 儿童福利},
 * {@code 11 月 22 日 → 11月22日}). A space between two multi-character Han words is kept as one
 * space: it separates headline parts and byline names ({@code 通讯员/康菊平 黄文亮}).
 *
 * <p>Stateless and thread-safe. Joining lines broken mid-sentence is the segmenter's job: it
 * needs the line structure to find headlines.
 */
public final class TextCleaner {

    /** One cleaned line and the markdown structure it had. */
    public record Line(AlignedText text, int headingLevel, boolean bold, boolean bullet, int rawWidth) {

        public String string() {
            return text.text();
        }

        public boolean isBlank() {
            return text.length() == 0;
        }
    }

    private TextCleaner() {
    }

    /** Splits the original text into lines ({@code \n}, {@code \r\n} or {@code \r}) and cleans each. */
    public static List<Line> lines(String original) {
        List<Line> out = new ArrayList<>();
        forEachLine(original, (start, end) -> out.add(cleanLine(original, start, end)));
        return out;
    }

    /** Cleans the whole text; each line break is kept as one {@code \n}, blank lines included. */
    public static AlignedText clean(String original) {
        AlignedText.Builder b = AlignedText.builder(original.length());
        forEachLine(original, (start, end) -> {
            AlignedText t = cleanLine(original, start, end).text();
            b.append(t, 0, t.length());
            if (end < original.length()) {
                b.append('\n', end, end + 1);
            }
        });
        return b.build();
    }

    private interface LineVisitor {
        void line(int start, int end);
    }

    /** Visits {@code [start, end)} of every line; {@code end} is the index of its line break. */
    private static void forEachLine(String s, LineVisitor visitor) {
        int start = 0;
        int n = s.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || s.charAt(i) == '\n' || s.charAt(i) == '\r') {
                visitor.line(start, i);
                if (i < n - 1 && s.charAt(i) == '\r' && s.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
    }

    /** Cleans {@code [start, end)} of {@code original}; offsets are those of {@code original}. */
    private static Line cleanLine(String original, int start, int end) {
        // 1. fold widths and control characters, character by character
        AlignedText.Builder folded = AlignedText.builder(end - start);
        int rawWidth = 0;
        for (int i = start; i < end; i++) {
            char c = original.charAt(i);
            char f = fold(c);
            if (f == 0) {
                continue;
            }
            rawWidth += isWide(f) ? 2 : 1;
            folded.append(f, i, i + 1);
        }
        AlignedText t = folded.build();

        // 2. markdown residue: heading marks, bullets, quote marks, bold/italic markers
        String s = t.text();
        int from = 0;
        while (from < s.length() && s.charAt(from) == ' ') {
            from++;
        }
        int heading = 0;
        while (from + heading < s.length() && s.charAt(from + heading) == '#' && heading < 6) {
            heading++;
        }
        if (heading > 0 && (from + heading == s.length() || s.charAt(from + heading) == ' ')) {
            from += heading;
        } else {
            heading = 0;
        }
        boolean bullet = false;
        if (from + 1 < s.length() && "-*+>".indexOf(s.charAt(from)) >= 0 && s.charAt(from + 1) == ' ') {
            bullet = s.charAt(from) != '>';
            from += 2;
        }
        // bold: the rest of the line, stripped, is longer than 4 and starts and ends with **
        int restStart = from;
        int restEnd = s.length();
        while (restStart < restEnd && Character.isWhitespace(s.charAt(restStart))) {
            restStart++;
        }
        while (restEnd > restStart && Character.isWhitespace(s.charAt(restEnd - 1))) {
            restEnd--;
        }
        boolean bold = restEnd - restStart > 4 && s.startsWith("**", restStart) && s.startsWith("**", restEnd - 2);
        AlignedText m = from == 0 && s.indexOf("**") < 0 && s.indexOf("__") < 0 ? t : stripMarkers(t, from);

        // 3. spaces: drop letter-spacing and number/unit gaps, keep one space between words
        return new Line(spaces(m), heading, bold, bullet, rawWidth);
    }

    /** {@code t} from {@code from} on, without the {@code **} and {@code __} markers. */
    private static AlignedText stripMarkers(AlignedText t, int from) {
        String s = t.text();
        AlignedText.Builder md = AlignedText.builder(s.length());
        for (int i = from; i < s.length(); i++) {
            if (i + 1 < s.length() && ((s.charAt(i) == '*' && s.charAt(i + 1) == '*')
                    || (s.charAt(i) == '_' && s.charAt(i + 1) == '_'))) {
                i++;
                continue;
            }
            md.append(t, i);
        }
        return md.build();
    }

    private static AlignedText spaces(AlignedText m) {
        String s = m.text();
        if (s.indexOf(' ') < 0) {
            return m; // most lines: nothing to do
        }
        AlignedText.Builder b = AlignedText.builder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n && s.charAt(i) == ' ') {
            i++;
        }
        int tokenStart = i;
        while (i < n) {
            char c = s.charAt(i);
            if (c != ' ') {
                b.append(m, i);
                i++;
                continue;
            }
            int gapStart = i;
            while (i < n && s.charAt(i) == ' ') {
                i++;
            }
            if (i == n) {
                break;
            }
            int nextSpace = s.indexOf(' ', i);
            int nextEnd = nextSpace < 0 ? n : nextSpace;
            char before = s.charAt(gapStart - 1);
            char after = s.charAt(i);
            int leftLen = gapStart - tokenStart;
            int rightLen = nextEnd - i;
            boolean keep = (isAsciiAlnum(before) && isAsciiAlnum(after))
                    || (isHan(before) && isHan(after) && leftLen >= 2 && rightLen >= 2);
            if (keep) {
                b.append(m, gapStart);
            }
            tokenStart = i;
        }
        return b.build();
    }

    /** Folds one character; 0 means drop it. */
    static char fold(char c) {
        if (c >= '\uFF10' && c <= '\uFF19' || c >= '\uFF21' && c <= '\uFF3A' || c >= '\uFF41' && c <= '\uFF5A') {
            return (char) (c - 0xFEE0);
        }
        switch (c) {
            case '％': return '%';
            case '．': return '.';
            case '／': return '/';
            case '＋': return '+';
            case '－': return '-';
            case '～': return '~';
            case '＝': return '=';
            case '＜': return '<';
            case '＞': return '>';
            case '＃': return '#';
            case '＆': return '&';
            case '＊': return '*';
            case '＠': return '@';
            case '\u3000', '\u00A0', '\u2002', '\u2003', '\u2009', '\t', '\u200B', '\u202F': return ' ';
            case '\uFEFF', '\u00AD', '\u200C', '\u200D', '\u2060': return 0;
            default:
                if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
                    return 0; // control characters, NUL included
                }
                return c;
        }
    }

    /** Whether {@code c} is a Han character ({@code 〇} included). */
    public static boolean isHan(char c) {
        return c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF' || c >= '\uF900' && c <= '\uFAFF'
                || c == '〇' || (c >= '\u2E80' && c <= '\u2FDF') || c == '\u3005' || c == '\u3007';
    }

    static boolean isAsciiAlnum(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    static boolean isWide(char c) {
        return c >= 0x1100 && (isHan(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)
                || c == '“' || c == '”' || c == '‘' || c == '’' || c == '—' || c == '…');
    }
}
