package dev.tiqu.core.pipeline;

import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.mention.Value;
import dev.tiqu.core.text.AlignedText;
import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Document;
import dev.tiqu.core.text.Page;
import dev.tiqu.core.text.PublicationDate;
import dev.tiqu.core.text.Sentence;
import dev.tiqu.core.text.SentenceSplitter;
import dev.tiqu.core.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * What an {@link Extractor} sees of one article: the page it is on (for the publication date
 * and page-wide context), the article itself, and the mentions earlier extractors of the
 * pipeline found in it (in document order).
 */
public record ArticleContext(Page page, Article article, List<Mention> earlier) {

    public ArticleContext {
        earlier = List.copyOf(earlier);
    }

    /**
     * A context for one plain text taken as a single article body: handy for applying
     * extractors to a sentence or paragraph from code and in tests. The text is split into
     * sentences but not otherwise cleaned; spans point into {@code text}.
     */
    public static ArticleContext ofText(String text, PublicationDate date) {
        List<Sentence> sentences = new ArrayList<>();
        for (AlignedText s : SentenceSplitter.split(AlignedText.of(text))) {
            sentences.add(new Sentence(sentences.size(), Sentence.Role.BODY, s));
        }
        Span span = new Span(0, text.length());
        Article article = new Article(0, "", "", span, sentences);
        Document doc = new Document("text", text, date);
        return new ArticleContext(new Page(doc, doc.publicationDate(), List.of(article)), article, List.of());
    }

    public PublicationDate publicationDate() {
        return page.publicationDate();
    }

    public List<Sentence> sentences() {
        return article.sentences();
    }

    /**
     * Creates a mention for {@code [start, end)} of {@code sentence}'s cleaned text, with its
     * span mapped to the original document.
     */
    public Mention mention(MentionType type, Sentence sentence, int start, int end, Value value, String source) {
        return new Mention(type, sentence.toOriginal(start, end),
                sentence.text().substring(start, end), value, article.index(), sentence.index(), source);
    }
}
