package dev.tiqu.text;

import dev.tiqu.core.pipeline.ArticleContext;
import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Document;
import dev.tiqu.core.text.Page;
import dev.tiqu.core.text.PublicationDate;
import dev.tiqu.core.text.Span;
import java.util.List;

/**
 * One plain text taken as a single article body: the way to apply extractors to a sentence or
 * a paragraph from code and in tests. The text goes through the same cleaning and the same
 * rules as a text read with {@link Layout#PLAIN} by the pipeline, so code gets the mentions the
 * command line gives; spans point into {@code text}. Example:
 * {@code new MoneyExtractor().extract(PlainText.context("投资3.5亿元", PublicationDate.unknown()))}.
 */
public final class PlainText {

    private static final NewspaperSegmenter PLAIN = new NewspaperSegmenter(Layout.PLAIN);

    private PlainText() {
    }

    /** The extraction context of {@code text} as one article of a one-article page. */
    public static ArticleContext context(String text, PublicationDate date) {
        Document doc = new Document("text", text, date);
        List<Article> articles = PLAIN.segment(doc);
        Article article = articles.isEmpty() ? new Article(0, "", "", new Span(0, 0), List.of()) : articles.get(0);
        return new ArticleContext(new Page(doc, doc.publicationDate(), List.of(article)), article, List.of());
    }
}
