package dev.tiqu.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tiqu.devtools.eval.Evaluation;
import dev.tiqu.devtools.eval.GoldPage;
import dev.tiqu.devtools.eval.Score;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The name layers on the two dev-gold pages, scored by the one gold scorer: every gold person
 * found with a compatible role and no other person; every gold organization found (name or
 * alias), except the few known gaps listed here.
 */
class GoldSeedTest {

    /** Gold organizations the rules do not find, with why: kept visible rather than fitted. */
    private static final Set<String> KNOWN_GAPS = Set.of(
            "湘钢梅塞尔",   // only inside a project name, no organization cue
            "知株侠",       // masthead brand of a video channel, no cue
            "株洲新闻网");  // masthead line outside every article

    static List<GoldPage> pages() throws IOException {
        return NameMeasurementTest.goldPages();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void persons(GoldPage page) {
        Evaluation e = Evaluation.of(NameMeasurementTest.layered(page), page.annotation());
        assertEquals(List.of(), e.misses().stream().filter(m -> m.startsWith("PERSON")).toList(), page.doc());
        Score s = e.scores().get("PERSON");
        assertEquals(s.matched(), s.exact(), "every person's role is compatible with the gold's on " + page.doc());
    }

    @ParameterizedTest
    @MethodSource("pages")
    void organizations(GoldPage page) {
        Evaluation e = Evaluation.of(NameMeasurementTest.layered(page), page.annotation());
        Set<String> missing = new TreeSet<>();
        for (String miss : e.misses()) {
            if (miss.startsWith("ORGANIZATION missed: ")) {
                missing.add(miss.substring("ORGANIZATION missed: ".length()));
            }
        }
        missing.removeAll(KNOWN_GAPS);
        assertEquals(Set.of(), missing, "organizations missed on " + page.doc());
    }
}
