package dev.tiqu.core.pipeline;

import dev.tiqu.core.dataset.Record;
import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.text.Page;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the pipeline produced for one document.
 *
 * @param page       the document, its publication date and its articles
 * @param mentions   all mentions in document order (article, then offset)
 * @param records    dataset name → rows, in the pipeline's dataset order
 * @param stageNanos stage name (cleaning and segmentation, each extractor, resolver and
 *                   dataset by name) → nanoseconds spent on this document
 */
public record DocumentResult(Page page, List<Mention> mentions, Map<String, List<Record>> records,
                             Map<String, Long> stageNanos) {

    public DocumentResult {
        mentions = List.copyOf(mentions);
        Map<String, List<Record>> r = new LinkedHashMap<>();
        records.forEach((k, v) -> r.put(k, List.copyOf(v)));
        records = Collections.unmodifiableMap(r);
        stageNanos = Collections.unmodifiableMap(new LinkedHashMap<>(stageNanos));
    }
}
