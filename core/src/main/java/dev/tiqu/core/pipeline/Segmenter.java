package dev.tiqu.core.pipeline;

import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Document;
import java.util.List;

/** Cleans a page and splits it into articles with titles, bylines and sentences. Thread-safe. */
public interface Segmenter {

    List<Article> segment(Document document);
}
