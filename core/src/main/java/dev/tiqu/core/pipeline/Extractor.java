package dev.tiqu.core.pipeline;

import dev.tiqu.core.mention.Mention;
import java.util.List;

/**
 * Finds mentions in one article. Implementations are pure functions of their input:
 * immutable, thread-safe, no hidden state between calls; heavy resources (lexicons, models)
 * are loaded once, when the extractor is built.
 */
public interface Extractor {

    /** A short stable name, used as the mention source and in timing reports. */
    String name();

    /** The mentions in {@code context.article()}, any order; spans point into the original text. */
    List<Mention> extract(ArticleContext context);
}
