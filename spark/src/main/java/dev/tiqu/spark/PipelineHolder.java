package dev.tiqu.spark;

import dev.tiqu.core.pipeline.Pipeline;
import dev.tiqu.standard.StandardPipeline;
import dev.tiqu.text.NewspaperSegmenter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pipelines of this JVM, built on first use and kept for the life of the executor: HanLP's
 * dictionaries and the lexicons load once per executor, however many tasks and threads run there.
 *
 * <p>Design decision: a static holder, not a broadcast variable. A {@link Pipeline} holds a
 * names backend that cannot (and should not) be serialized; tasks carry only the small
 * {@link TiquOptions.PipelineSpec} and look the pipeline up here. Thread-safe; a pipeline is
 * shared by the task threads of the executor, as the CLI shares one among its workers.
 *
 * <pre>{@code
 * Pipeline p = PipelineHolder.get(options.pipeline());  // builds it the first time only
 * }</pre>
 */
final class PipelineHolder {

    private static final Map<TiquOptions.PipelineSpec, Pipeline> PIPELINES = new ConcurrentHashMap<>();

    private PipelineHolder() {
    }

    static Pipeline get(TiquOptions.PipelineSpec spec) {
        return PIPELINES.computeIfAbsent(spec, PipelineHolder::build);
    }

    private static Pipeline build(TiquOptions.PipelineSpec spec) {
        Pipeline.Builder builder = StandardPipeline.builder(spec.ner());
        for (TiquOptions.DatasetSpec d : spec.datasets()) {
            builder.dataset(d.load());
        }
        return builder.segmenter(new NewspaperSegmenter(spec.layout())).build();
    }
}
