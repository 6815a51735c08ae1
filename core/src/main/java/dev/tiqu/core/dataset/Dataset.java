package dev.tiqu.core.dataset;

import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.text.Page;
import java.util.List;

/**
 * A table assembled from the mentions of a page (e.g. livelihood subsidy standards).
 * Implementations are immutable and thread-safe.
 */
public interface Dataset {

    /** The dataset's name; its CSV is {@code name + ".csv"}. */
    String name();

    /** The CSV columns, in order. Stable across runs. */
    List<String> columns();

    /** The rows for one page, in a deterministic order. */
    List<Record> build(Page page, List<Mention> mentions);
}
