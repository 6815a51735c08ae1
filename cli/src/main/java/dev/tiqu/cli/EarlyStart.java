package dev.tiqu.cli;

import dev.tiqu.core.dataset.Dataset;
import dev.tiqu.core.pipeline.Pipeline;
import dev.tiqu.datasets.Datasets;
import dev.tiqu.standard.StandardPipeline;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Starts the slow parts of an {@code extract} run with the default pipeline (the names backend and
 * the extractors' lexicons, the built-in dataset definitions) on their own threads as soon as
 * {@code main} sees the command, while the command line is parsed.
 *
 * <p>Contract: {@link #begin} looks only at the words of the command line: the first must be
 * {@code extract}; the pipeline is started unless a {@code --ner} option is given, the datasets
 * unless {@code --dataset} or {@code --no-datasets} is. What it started is taken once
 * ({@link #builder}, {@link #builtInDatasets}); whatever is not taken (a usage error, a help
 * request) is left to the daemon threads and the JVM's exit. Example:
 * {@code begin(new String[] {"extract", "pages", "--out", "out"})}, then {@code builder("hanlp")}
 * returns the builder being made.
 *
 * <p>Design decision: parsing the command line takes about 0.2 s of a one-page run (picocli's
 * classes cannot be held in the class-data-sharing archive), time in which the second core was idle.
 */
final class EarlyStart {

    private static final AtomicReference<CompletableFuture<Pipeline.Builder>> BUILDER = new AtomicReference<>();
    private static final AtomicReference<CompletableFuture<List<Dataset>>> DATASETS = new AtomicReference<>();

    private EarlyStart() {
    }

    /** Starts what the words of {@code args} say an extract run will need. */
    static void begin(String[] args) {
        if (args.length == 0 || !args[0].equals("extract")) {
            return;
        }
        if (!given(args, "--ner")) {
            BUILDER.set(CompletableFuture.supplyAsync(StandardPipeline::builder));
        }
        if (!given(args, "--dataset") && !given(args, "--no-datasets")) {
            DATASETS.set(CompletableFuture.supplyAsync(() -> Datasets.builtInNames().stream()
                    .map(name -> (Dataset) Datasets.builtIn(name)).toList()));
        }
    }

    /** The default pipeline's builder started by {@link #begin} for {@code backend}, once; else null. */
    static CompletableFuture<Pipeline.Builder> builder(String backend) {
        return backend.equals(StandardPipeline.DEFAULT_BACKEND) ? BUILDER.getAndSet(null) : null;
    }

    /** The built-in datasets started by {@link #begin}, once, when every built-in is asked for; else null. */
    static CompletableFuture<List<Dataset>> builtInDatasets(boolean none, List<String> names) {
        return !none && names.isEmpty() ? DATASETS.getAndSet(null) : null;
    }

    private static boolean given(String[] args, String option) {
        for (String a : args) {
            if (a.equals(option) || a.startsWith(option + "=")) {
                return true;
            }
        }
        return false;
    }
}
