package dev.tiqu.text;

import dev.tiqu.core.pipeline.Segmenter;
import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits a text into articles: a newspaper page (PDF-extracted text, cleaned by
 * {@link TextCleaner}) into its articles, any other text into one article ({@link Layout}).
 *
 * <p>How a page is read: every line is classified ({@link LineClassifier}: page furniture,
 * dateline such as {@code 株洲日报讯（全媒体记者/徐滔）}, byline, heading, caption, headline,
 * body…); the lines are grouped into articles ({@link ArticleAssembler}), headline lines going
 * to the article whose body they resemble ({@link TitleSimilarity}); each group becomes an
 * {@link Article} ({@link ArticleBuilder}). The numbers these rules use are in
 * {@link LayoutThresholds}.
 *
 * <p>Nothing is dropped: the lines no article takes (masthead, teasers, headlines whose body
 * is elsewhere, loose captions) follow the articles as page-level pseudo articles
 * ({@link Article.Kind}), and a text of one line is one article whatever its punctuation.
 *
 * <p>Immutable and thread-safe; lexicons are loaded once per instance.
 */
public final class NewspaperSegmenter implements Segmenter {

    private final LineClassifier classifier = new LineClassifier();
    private final Layout layout;

    /** A segmenter with the {@link Layout#AUTO} layout. */
    public NewspaperSegmenter() {
        this(Layout.AUTO);
    }

    /** A segmenter reading every text with {@code layout}. */
    public NewspaperSegmenter(Layout layout) {
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    /** The layout this segmenter reads texts with. */
    public Layout layout() {
        return layout;
    }

    @Override
    public List<Article> segment(Document document) {
        List<TextCleaner.Line> lines = TextCleaner.lines(document.text());
        if (layout == Layout.PLAIN) {
            return PlainLayout.articles(lines);
        }
        LineKind[] kinds = classifier.classify(lines);
        if (layout == Layout.AUTO && !hasNewspaperSigns(kinds)) {
            return PlainLayout.articles(lines);
        }
        PageLines page = new PageLines(lines, kinds);
        ArticleBuilder builder = new ArticleBuilder(page, classifier);
        boolean[] taken = new boolean[lines.size()];
        List<Article> out = new ArrayList<>();
        for (Draft d : new ArticleAssembler(page).drafts()) {
            Article a = builder.build(out.size(), d);
            if (a != null) {
                out.add(a);
                for (List<Integer> part : List.of(d.titles, d.bylines, d.body, d.captions)) {
                    part.forEach(i -> taken[i] = true);
                }
            }
        }
        out.addAll(PageLevelLines.articles(page, taken, out.size()));
        return out;
    }

    private static boolean hasNewspaperSigns(LineKind[] kinds) {
        for (LineKind k : kinds) {
            if (k.isNewspaperSign()) {
                return true;
            }
        }
        return false;
    }
}
