package dev.tiqu.devtools;

import dev.tiqu.cli.Tiqu;
import dev.tiqu.core.pipeline.DocumentResult;
import dev.tiqu.core.pipeline.Pipeline;
import dev.tiqu.datasets.Datasets;
import dev.tiqu.devtools.eval.Evaluation;
import dev.tiqu.devtools.eval.GoldPage;
import dev.tiqu.devtools.eval.Score;
import dev.tiqu.standard.StandardPipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tiqu evaluate --gold DIR --pages DIR}: runs the pipeline on every page that has a gold
 * annotation and prints precision, recall and F1 per type (and per dataset), plus the share of
 * matches whose details (qualifier, per, role) are exactly right.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = Tiqu.Version.class,
        description = "Score the pipeline against gold annotations (JSON, see gold/README.md).")
public final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "DIR", description = "Folder of gold *.json files (default: gold).")
    Path gold = Path.of("gold");

    @Option(names = "--pages", paramLabel = "DIR", description = "Folder of the pages the gold names (default: seeds).")
    Path pages = Path.of("seeds");

    @Option(names = "--infer-dates", description = "Infer publication dates from the pages instead of using the gold's.")
    boolean inferDates;

    @Option(names = "--ner", paramLabel = "BACKEND", description = "Names backend to score: hanlp (default) or corenlp.")
    String ner = StandardPipeline.DEFAULT_BACKEND;

    @Option(names = {"-v", "--verbose"}, description = "List every miss and extra.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try {
            GoldPage.load(gold, pages);
        } catch (NoSuchFileException e) {
            spec.commandLine().getErr().println("tiqu-devtools evaluate: " + e.getFile() + ": " + e.getReason());
            return Tiqu.USAGE;
        }
        Pipeline.Builder builder = StandardPipeline.builder(ner);
        Datasets.builtInNames().forEach(n -> builder.dataset(Datasets.builtIn(n)));
        Map<String, Score> total = evaluate(builder.build(), gold, pages, inferDates, verbose ? out : null);
        out.println(table(total));
        out.flush();
        return 0;
    }

    /** Scores {@code pipeline} on every gold page; misses are printed to {@code misses} when not null. */
    public static Map<String, Score> evaluate(Pipeline pipeline, Path goldDir, Path pagesDir, boolean inferDates,
                                              PrintWriter misses) throws IOException {
        Map<String, Score> total = new LinkedHashMap<>();
        for (GoldPage page : GoldPage.load(goldDir, pagesDir)) {
            DocumentResult result = pipeline.process(page.document(!inferDates));
            Evaluation e = Evaluation.of(result, page.annotation());
            e.scores().forEach((k, v) -> total.merge(k, v, Score::plus));
            if (misses != null) {
                misses.println("== " + page.doc());
                e.misses().forEach(misses::println);
            }
        }
        return total;
    }

    /** The scores as an aligned text table. */
    public static String table(Map<String, Score> scores) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-18s %6s %6s %6s %7s %7s %7s %7s", "category", "gold", "pred", "match",
                "P", "R", "F1", "exact"));
        for (Score s : scores.values()) {
            lines.add(String.format("%-18s %6d %6d %6d %7.3f %7.3f %7.3f %7.3f", s.category(), s.gold(), s.predicted(),
                    s.matched(), s.precision(), s.recall(), s.f1(), s.exactShare()));
        }
        return String.join(System.lineSeparator(), lines);
    }
}
