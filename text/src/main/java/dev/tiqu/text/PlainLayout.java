package dev.tiqu.text;

import static dev.tiqu.text.LayoutThresholds.SHORT_LINE_SHARE;
import static dev.tiqu.text.LayoutThresholds.WRAPPED_LINE_MIN_CHARS;

import dev.tiqu.core.text.AlignedText;
import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Sentence;
import dev.tiqu.core.text.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a text as one article: every non-blank line is in it. The first line is the title
 * when it reads as one (short, no sentence punctuation) and more lines follow; the others are
 * the body. A line break ends a sentence unless the line was wrapped: it does not end with
 * sentence punctuation, is neither short nor narrow, and the next line is not blank. So
 * {@code 公司去年净利润达3.5亿元} alone is one body sentence, {@code 宁波发放消费券
宁波市昨日发放…}
 * a title and a body, and a paragraph wrapped at a fixed width is joined again.
 */
final class PlainLayout {

    private PlainLayout() {
    }

    /** The one article of {@code lines}, or no article if every line is blank. */
    static List<Article> articles(List<TextCleaner.Line> lines) {
        double width = medianWidth(lines);
        int title = titleLine(lines);
        AlignedText.Builder b = AlignedText.builder(256);
        for (int i = title + 1; i < lines.size(); i++) {
            TextCleaner.Line line = lines.get(i);
            AlignedText t = line.text();
            if (line.isBlank()) {
                continue;
            }
            b.append(t, 0, t.length());
            boolean wrapped = i + 1 < lines.size() && !lines.get(i + 1).isBlank()
                    && !LineClassifier.endsParagraph(line.string()) && line.string().length() >= WRAPPED_LINE_MIN_CHARS
                    && line.rawWidth() >= SHORT_LINE_SHARE * width;
            if (!wrapped) {
                b.appendReplacing('\n', t, t.length() - 1);
            }
        }
        List<Sentence> sentences = new ArrayList<>();
        if (title >= 0) {
            sentences.add(new Sentence(0, Sentence.Role.TITLE, lines.get(title).text()));
        }
        for (AlignedText s : SentenceSplitter.split(b.build())) {
            sentences.add(new Sentence(sentences.size(), Sentence.Role.BODY, s));
        }
        if (sentences.isEmpty()) {
            return List.of();
        }
        Span span = new Span(sentences.get(0).span().start(), sentences.get(sentences.size() - 1).span().end());
        String titleText = title >= 0 ? lines.get(title).string().strip() : "";
        return List.of(new Article(0, titleText, "", span, sentences));
    }

    /** The line number of the title: the first non-blank line if it reads as a title and more follow; else -1. */
    private static int titleLine(List<TextCleaner.Line> lines) {
        int first = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                if (first >= 0) {
                    return LineClassifier.looksLikeHeadlineText(lines.get(first).string().strip()) ? first : -1;
                }
                first = i;
            }
        }
        return -1;
    }

    /** The median raw width of the non-blank lines: the width of a full line if the text is wrapped. */
    private static double medianWidth(List<TextCleaner.Line> lines) {
        int[] widths = lines.stream().filter(l -> !l.isBlank()).mapToInt(TextCleaner.Line::rawWidth).toArray();
        Arrays.sort(widths);
        return widths.length == 0 ? 0 : widths[widths.length / 2];
    }
}
