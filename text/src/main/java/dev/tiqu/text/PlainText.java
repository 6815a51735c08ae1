package dev.tiqu.text;

import dev.tiqu.core.pipeline.ArticleContext;
import dev.tiqu.core.text.AlignedText;
import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Document;
import dev.tiqu.core.text.Page;
import dev.tiqu.core.text.PublicationDate;
import dev.tiqu.core.text.Sentence;
import dev.tiqu.core.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * One plain text taken as a single article body: the way to apply extractors to a sentence or
 * a paragraph from code and in tests. The text is split into sentences by the rules of the
 * plain layout ({@link Layout#PLAIN}: a line break ends a sentence, no final punctuation is
 * needed) but not cleaned, so mention texts are exactly as written; spans point into
 * {@code text}. To get what the command line gives (cleaned text, newspaper pages split into
 * articles), run a {@code Document} of the string through the pipeline. Example:
 * {@code new MoneyExtractor().extract(PlainText.context("投资3.5亿元。", PublicationDate.unknown()))}.
 */
public final class PlainText {

    private PlainText() {
    }

    /** The extraction context of {@code text} as one article of a one-article page. */
    public static ArticleContext context(String text, PublicationDate date) {
        List<Sentence> sentences = new ArrayList<>();
        for (AlignedText s : SentenceSplitter.split(AlignedText.of(text))) {
            sentences.add(new Sentence(sentences.size(), Sentence.Role.BODY, s));
        }
        Article article = new Article(0, "", "", new Span(0, text.length()), sentences);
        Document doc = new Document("text", text, date);
        return new ArticleContext(new Page(doc, doc.publicationDate(), List.of(article)), article, List.of());
    }
}
