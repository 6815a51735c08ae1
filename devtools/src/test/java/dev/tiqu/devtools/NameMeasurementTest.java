package dev.tiqu.devtools;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.pipeline.DocumentResult;
import dev.tiqu.core.pipeline.Pipeline;
import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Page;
import dev.tiqu.core.text.Sentence;
import dev.tiqu.devtools.eval.Evaluation;
import dev.tiqu.devtools.eval.GoldPage;
import dev.tiqu.devtools.eval.Score;
import dev.tiqu.names.AliasResolver;
import dev.tiqu.names.NameExtractor;
import dev.tiqu.names.NameRecognizer;
import dev.tiqu.names.NamedSpan;
import dev.tiqu.names.hanlp.HanlpRecognizerProvider;
import dev.tiqu.text.NewspaperSegmenter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Distinct-name precision, recall and F1 per gold page (segmented by the project's
 * {@link NewspaperSegmenter}), for the raw HanLP backend and for the layered
 * {@link NameExtractor} + {@link AliasResolver}, scored by the one gold scorer
 * ({@link Evaluation}); figures go to the test report (stdout).
 */
class NameMeasurementTest {

    static final Path GOLD = Path.of("..", "gold");
    static final Path SEEDS = Path.of("..", "seeds");

    private static NameRecognizer hanlp;
    private static Pipeline names;

    @BeforeAll
    static void load() {
        hanlp = new HanlpRecognizerProvider().create();
        names = Pipeline.builder()
                .segmenter(new NewspaperSegmenter())
                .extractor(new NameExtractor(hanlp))
                .resolver(new AliasResolver())
                .build();
    }

    static List<GoldPage> goldPages() throws IOException {
        return GoldPage.load(GOLD, SEEDS);
    }

    /** The page through the name layers alone (segmenter, names, aliases), with the gold's date. */
    static DocumentResult layered(GoldPage page) {
        if (names == null) {
            load();
        }
        return names.process(page.document(true));
    }

    /** Distinct raw backend names of {@code type} over every sentence of the segmented page. */
    static Set<String> raw(Page page, MentionType type) {
        Set<String> found = new LinkedHashSet<>();
        for (Article article : page.articles()) {
            for (Sentence sentence : article.sentences()) {
                String text = sentence.text();
                for (NamedSpan s : hanlp.recognize(text)) {
                    if (s.type() == type) {
                        found.add(text.substring(s.start(), s.end()));
                    }
                }
            }
        }
        return found;
    }

    @Test
    void layeredBeatsRawOnGoldPages() throws IOException {
        double personF1 = 0;
        double orgF1 = 0;
        double rawPersonF1 = 0;
        double rawOrgF1 = 0;
        List<GoldPage> pages = goldPages();
        for (GoldPage page : pages) {
            DocumentResult result = layered(page);
            Map<String, String> rawPersons = new LinkedHashMap<>();
            raw(result.page(), MentionType.PERSON).forEach(n -> rawPersons.put(n, ""));
            Score rawP = Evaluation.ofPersons(rawPersons, page.annotation().path("persons")).scores().get("PERSON");
            Score rawO = Evaluation.ofOrganizations(raw(result.page(), MentionType.ORGANIZATION),
                    page.annotation().path("organizations")).scores().get("ORGANIZATION");
            Map<String, Score> layered = Evaluation.of(result, page.annotation()).scores();
            Score layP = layered.get("PERSON");
            Score layO = layered.get("ORGANIZATION");
            System.out.println("[names] " + page.doc() + " raw PERSON " + line(rawP) + "; raw ORGANIZATION " + line(rawO));
            System.out.println("[names] " + page.doc() + " layered PERSON " + line(layP)
                    + "; layered ORGANIZATION " + line(layO));
            personF1 += layP.f1() / pages.size();
            orgF1 += layO.f1() / pages.size();
            rawPersonF1 += rawP.f1() / pages.size();
            rawOrgF1 += rawO.f1() / pages.size();
        }
        System.out.printf("[names] mean F1 raw PERSON %.3f ORGANIZATION %.3f; layered PERSON %.3f ORGANIZATION %.3f%n",
                rawPersonF1, rawOrgF1, personF1, orgF1);
        assertTrue(personF1 > rawPersonF1 && orgF1 > rawOrgF1, "the rule layers must improve on the raw backend");
        assertTrue(personF1 >= 0.9, "PERSON F1 " + personF1);
        assertTrue(orgF1 >= 0.6, "ORGANIZATION F1 " + orgF1);
    }

    static String line(Score s) {
        return String.format("P=%.3f R=%.3f F1=%.3f (pred %d, gold %d)", s.precision(), s.recall(), s.f1(),
                s.predicted(), s.gold());
    }
}
