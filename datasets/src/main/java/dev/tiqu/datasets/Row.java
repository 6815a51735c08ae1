package dev.tiqu.datasets;

import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Page;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The row being built for one anchor: where the anchor is, the article's mentions by sentence,
 * and the column values found so far (in column order, so a rule's {@code when} can test an
 * earlier column). Mutable, confined to one evaluation.
 */
final class Row {
    final Page page;
    final Article article;
    final int sentence;
    final Located anchor;
    final List<List<Located>> bySentence;
    final Map<String, String> values = new LinkedHashMap<>();

    Row(Page page, Article article, int sentence, Located anchor, List<List<Located>> bySentence) {
        this.page = page;
        this.article = article;
        this.sentence = sentence;
        this.anchor = anchor;
        this.bySentence = bySentence;
    }

    /** The text of the anchor's sentence. */
    String text() {
        return article.sentences().get(sentence).text();
    }
}
