package dev.tiqu.text;

import static dev.tiqu.text.LayoutThresholds.COLUMN_LABEL_MAX_CHARS;
import static dev.tiqu.text.LayoutThresholds.DATELINE_SEARCH_CHARS;

import dev.tiqu.core.text.AlignedText;
import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Sentence;
import dev.tiqu.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an assembled {@link Draft} into an {@link Article}: title lines, byline (the byline
 * lines and the datelines cut out of the body), body sentences and captions, each aligned to
 * the original page, and the main title chosen among the headline lines.
 *
 * <p>Stateless apart from the page it reads; one instance per page.
 */
final class ArticleBuilder {

    /** A kicker line ends with a verb of saying: {@code 习近平在…时强调}. */
    private static final Pattern KICKER_END = Pattern.compile("(?:强调|表示|指出|要求|提出|说|时指出|时强调)$");
    /** A space after or before a non-ASCII character. */
    private static final Pattern NON_ASCII_SPACE = Pattern.compile("(?<=[^\\x00-\\x7F]) | (?=[^\\x00-\\x7F])");

    private final PageLines page;
    private final LineClassifier classifier;

    ArticleBuilder(PageLines page, LineClassifier classifier) {
        this.page = page;
        this.classifier = classifier;
    }

    /** The article of {@code d} at position {@code index}, or null if its body has no sentence. */
    Article build(int index, Draft d) {
        List<Sentence> sentences = new ArrayList<>();
        d.titles.sort(null);
        for (int i : d.titles) {
            sentences.add(new Sentence(sentences.size(), Sentence.Role.TITLE, page.line(i).text()));
        }
        List<AlignedText> bylineParts = new ArrayList<>();
        for (int i : d.bylines) {
            bylineParts.add(page.line(i).text());
        }
        AlignedText body = bodyWithoutDatelines(d, bylineParts);
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
            sentences.add(new Sentence(sentences.size(), Sentence.Role.CAPTION, page.line(i).text()));
        }
        return new Article(index, title(d), byline, span, sentences);
    }

    /**
     * The joined body with datelines and continuation markers cut out; the datelines are added
     * to {@code bylineParts}.
     */
    private AlignedText bodyWithoutDatelines(Draft d, List<AlignedText> bylineParts) {
        List<int[]> cuts = new ArrayList<>();
        AlignedText joined = joinBody(d, cuts);
        AlignedText.Builder kept = AlignedText.builder(joined.length());
        int from = 0;
        for (int[] cut : cuts) {
            int end = cut[0];
            if (page.kind(cut[1]) == LineKind.DATELINE) {
                end += classifier.datelineEnd(
                        joined.subSequence(cut[0], Math.min(joined.length(), cut[0] + DATELINE_SEARCH_CHARS)));
                bylineParts.add(joined.subSequence(cut[0], end));
            } else {
                Matcher m = LineClassifier.CONTINUATION.matcher(joined).region(cut[0], joined.length());
                end = m.lookingAt() ? m.end() : cut[0];
            }
            kept.append(joined, from, cut[0]);
            from = end;
        }
        kept.append(joined, from, joined.length());
        return kept.build();
    }

    private static AlignedText trim(AlignedText t) {
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
            AlignedText t = page.line(i).text();
            if (page.kind(i) == LineKind.DATELINE || page.kind(i) == LineKind.CONTINUATION) {
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
            if (page.kind(i) == LineKind.HEADING) {
                return compact(page.string(i));
            }
        }
        List<String> cands = new ArrayList<>();
        for (List<Integer> ll : page.logicalLines(d.titles)) {
            cands.add(page.join(ll));
        }
        if (cands.isEmpty()) {
            return "";
        }
        List<String> main = new ArrayList<>(cands);
        // column labels: two or more short lines after a longer one
        for (int i = 1; i < main.size(); i++) {
            int j = i;
            while (j < main.size() && main.get(j).length() <= COLUMN_LABEL_MAX_CHARS) {
                j++;
            }
            if (j - i >= 2 && main.get(i - 1).length() > COLUMN_LABEL_MAX_CHARS) {
                main.subList(i, j).clear();
            }
        }
        main.removeIf(s -> main.size() > 1 && (KICKER_END.matcher(s).find() || s.startsWith("——")));
        String chosen = main.isEmpty() ? cands.get(cands.size() - 1) : main.get(main.size() - 1);
        return compact(chosen);
    }

    /** Spaces removed except between two ASCII words. */
    private static String compact(String s) {
        return NON_ASCII_SPACE.matcher(s).replaceAll("");
    }
}
