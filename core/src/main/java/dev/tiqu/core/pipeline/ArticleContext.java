package dev.tiqu.core.pipeline;

import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.mention.Value;
import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Page;
import dev.tiqu.core.text.PublicationDate;
import dev.tiqu.core.text.Sentence;
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
