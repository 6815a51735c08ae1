package dev.tiqu.core.pipeline;

import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.text.Page;
import java.util.List;

/**
 * Page-level post-processing of all mentions found by the extractors: removing overlaps,
 * resolving aliases to canonical names, merging duplicates. Pure and thread-safe.
 */
public interface Resolver {

    String name();

    /** The resolved mentions; the input list is in document order and must not be modified. */
    List<Mention> resolve(Page page, List<Mention> mentions);
}
