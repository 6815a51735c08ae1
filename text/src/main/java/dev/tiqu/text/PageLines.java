package dev.tiqu.text;

import static dev.tiqu.text.LayoutThresholds.HEADLINE_TAIL_MAX_CHARS;

import java.util.ArrayList;
import java.util.List;

/**
 * The cleaned lines of one page with the kind of each, as the article assembly reads them.
 *
 * @param lines the cleaned lines, in page order
 * @param kinds the kind of each line, same indices
 */
record PageLines(List<TextCleaner.Line> lines, LineKind[] kinds) {

    int size() {
        return lines.size();
    }

    TextCleaner.Line line(int i) {
        return lines.get(i);
    }

    String string(int i) {
        return lines.get(i).string();
    }

    LineKind kind(int i) {
        return kinds[i];
    }

    /** The cleaned texts of the lines at {@code indices}, joined without separators. */
    String join(List<Integer> indices) {
        StringBuilder b = new StringBuilder();
        for (int i : indices) {
            b.append(string(i));
        }
        return b.toString();
    }

    /**
     * Headline lines as printed may break a headline: a line ending in 、 continues on the
     * next line, and a very short line ends the line above it.
     */
    List<List<Integer>> logicalLines(List<Integer> group) {
        List<List<Integer>> out = new ArrayList<>();
        List<Integer> cur = new ArrayList<>();
        for (int i : group) {
            String s = string(i);
            if (cur.isEmpty() && s.length() <= HEADLINE_TAIL_MAX_CHARS && !out.isEmpty()) {
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
}
