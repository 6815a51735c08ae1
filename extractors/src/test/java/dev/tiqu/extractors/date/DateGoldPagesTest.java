package dev.tiqu.extractors.date;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.pipeline.Pipeline;
import dev.tiqu.core.text.Document;
import dev.tiqu.text.NewspaperSegmenter;
import dev.tiqu.core.text.PublicationDate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scores the extractor on the whole development pages against their gold dates
 * ({@code date_gold.tsv}), the way the held-out pages are scored: a gold date is found when a
 * mention has the same ISO value and overlapping text. The pages go through the real cleaner and
 * segmenter, with the gold publication date given.
 */
class DateGoldPagesTest {

    private static final Pipeline PIPELINE = Pipeline.builder()
            .segmenter(new NewspaperSegmenter())
            .extractor(new DateExtractor())
            .build();

    @ParameterizedTest
    @ValueSource(strings = {"000_0b260c43b3846790.txt", "001_0a2b328eef8e1e59.txt"})
    void scoresOnTheDevelopmentPage(String doc) throws IOException {
        List<String[]> gold = DateExtractorTest.rows("date_gold.tsv", 4).stream()
                .filter(r -> r[0].equals(doc)).toList();
        String raw = Files.readString(seeds().resolve(doc), StandardCharsets.UTF_8);
        PublicationDate pub = PublicationDate.given(LocalDate.parse(gold.get(0)[1]));
        List<Mention> found = new ArrayList<>(PIPELINE.process(new Document(doc, raw, pub)).mentions().stream()
                .filter(m -> m.type() == MentionType.DATE).toList());
        int predicted = found.size();
        List<String> missed = new ArrayList<>();
        for (String[] g : gold) {
            Mention hit = found.stream()
                    .filter(m -> m.date().iso().equals(g[3]) && (m.text().contains(g[2]) || g[2].contains(m.text())))
                    .findFirst().orElse(null);
            if (hit == null) {
                missed.add(g[2] + "=" + g[3]);
            } else {
                found.remove(hit);
            }
        }
        int correct = gold.size() - missed.size();
        double recall = correct / (double) gold.size();
        double precision = predicted == 0 ? 0 : correct / (double) predicted;
        String report = doc + ": recall " + correct + "/" + gold.size() + ", precision " + correct + "/" + predicted
                + ", missed " + missed + ", extra " + found.stream().map(m -> m.text() + "=" + m.date().iso()).toList();
        assertTrue(recall >= 0.9 && precision >= 0.9, report);
    }

    private static Path seeds() {
        return Stream.of(Path.of("seeds"), Path.of("..", "seeds"))
                .filter(Files::isDirectory).findFirst()
                .orElseThrow(() -> new IllegalStateException("seeds/ directory not found"));
    }
}
