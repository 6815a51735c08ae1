package dev.tiqu.text;

import dev.tiqu.core.pipeline.Segmenter;
import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Document;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a newspaper page (PDF-extracted text, cleaned by {@link TextCleaner}) into articles.
 *
 * <p>How: every line is classified ({@link LineClassifier}: page furniture, dateline such as
 * {@code 株洲日报讯（全媒体记者/徐滔）}, byline, heading, caption, headline, body…); the lines
 * are grouped into articles ({@link ArticleAssembler}), headline lines going to the article whose
 * body they resemble ({@link TitleSimilarity}); each group becomes an {@link Article}
 * ({@link ArticleBuilder}). The numbers these rules use are in {@link LayoutThresholds}.
 *
 * <p>Immutable and thread-safe; lexicons are loaded once per instance.
 */
public final class NewspaperSegmenter implements Segmenter {

    private final LineClassifier classifier = new LineClassifier();

    /** Creates a segmenter, loading its lexicons. */
    public NewspaperSegmenter() {
        // the lexicons are loaded by the line classifier
    }

    @Override
    public List<Article> segment(Document document) {
        List<TextCleaner.Line> lines = TextCleaner.lines(document.text());
        PageLines page = new PageLines(lines, classifier.classify(lines));
        ArticleBuilder builder = new ArticleBuilder(page, classifier);
        List<Article> out = new ArrayList<>();
        for (Draft d : new ArticleAssembler(page).drafts()) {
            Article a = builder.build(out.size(), d);
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }
}
