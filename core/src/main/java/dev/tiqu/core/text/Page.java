package dev.tiqu.core.text;

import java.util.List;
import java.util.Objects;

/**
 * A document split into articles, with the publication date in force for it (given, or
 * inferred from the page).
 */
public record Page(Document document, PublicationDate publicationDate, List<Article> articles) {

    public Page {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(publicationDate, "publicationDate");
        articles = List.copyOf(articles);
    }
}
