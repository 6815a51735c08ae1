package dev.tiqu.devtools;

import dev.tiqu.names.AliasResolver;
import dev.tiqu.names.hanlp.HanlpRecognizerProvider;
import dev.tiqu.names.NameExtractor;
import dev.tiqu.names.NameRecognizer;
import dev.tiqu.names.NamedSpan;
import dev.tiqu.devtools.eval.Accuracy;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.pipeline.DocumentResult;
import dev.tiqu.core.pipeline.Pipeline;
import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Document;
import dev.tiqu.text.NewspaperSegmenter;
import dev.tiqu.core.text.Page;
import dev.tiqu.core.text.PublicationDate;
import dev.tiqu.core.text.Sentence;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Distinct-name precision, recall and F1 per gold page (segmented by the project's
 * {@link NewspaperSegmenter}), for the raw backend and for the layered
 * {@link NameExtractor} + {@link AliasResolver}; figures go to the test report (stdout).
 */
class NameMeasurementTest {

    private static NameRecognizer hanlp;

    @BeforeAll
    static void load() {
        hanlp = new HanlpRecognizerProvider().create();
    }

    record Score(int predicted, int correct, int gold, int found, Set<String> wrong, Set<String> missed) {
        Accuracy accuracy() {
            return new Accuracy(predicted, correct, gold, found);
        }

        double precision() {
            return accuracy().precision();
        }

        double recall() {
            return accuracy().recall();
        }

        double f1() {
            return accuracy().f1();
        }

        @Override
        public String toString() {
            return String.format("P=%.3f R=%.3f F1=%.3f (pred %d, gold %d) wrong=%s missed=%s",
                    precision(), recall(), f1(), predicted, gold, wrong, missed);
        }
    }

    static Score score(Set<String> predicted, List<SeedPages.GoldName> gold) {
        int correct = 0;
        Set<String> wrong = new TreeSet<>();
        for (String p : predicted) {
            if (gold.stream().anyMatch(g -> g.matches(p))) {
                correct++;
            } else {
                wrong.add(p);
            }
        }
        int found = 0;
        Set<String> missed = new TreeSet<>();
        for (SeedPages.GoldName g : gold) {
            if (predicted.stream().anyMatch(g::matches)) {
                found++;
            } else {
                missed.add(g.name());
            }
        }
        return new Score(predicted.size(), correct, gold.size(), found, wrong, missed);
    }

    /** Distinct raw backend names over every sentence of the segmented page. */
    static Set<String> raw(Page page, MentionType type) {
        Set<String> names = new LinkedHashSet<>();
        for (Article article : page.articles()) {
            for (Sentence sentence : article.sentences()) {
                String text = sentence.text();
                for (NamedSpan s : hanlp.recognize(text)) {
                    if (s.type() == type) {
                        names.add(text.substring(s.start(), s.end()));
                    }
                }
            }
        }
        return names;
    }

    static DocumentResult layered(String page, String text, String date) {
        Pipeline pipeline = Pipeline.builder()
                .segmenter(new NewspaperSegmenter())
                .extractor(new NameExtractor(hanlp))
                .resolver(new AliasResolver())
                .build();
        return pipeline.process(new Document(page, text, PublicationDate.given(LocalDate.parse(date))));
    }

    static Set<String> names(List<Mention> mentions, MentionType type) {
        Set<String> names = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.type() == type) {
                names.add(m.name().canonical());
            }
        }
        return names;
    }

    @Test
    void layeredBeatsRawOnGoldPages() throws IOException {
        double personF1 = 0;
        double orgF1 = 0;
        double rawPersonF1 = 0;
        double rawOrgF1 = 0;
        for (String page : SeedPages.GOLD_PAGES) {
            SeedPages.Gold gold = SeedPages.gold(page);
            DocumentResult result = layered(page, SeedPages.raw(page), gold.date());
            Score rawP = score(raw(result.page(), MentionType.PERSON), gold.persons());
            Score rawO = score(raw(result.page(), MentionType.ORGANIZATION), gold.organizations());
            List<Mention> mentions = result.mentions();
            Score layP = score(names(mentions, MentionType.PERSON), gold.persons());
            Score layO = score(names(mentions, MentionType.ORGANIZATION), gold.organizations());
            System.out.println("[names] " + page + " raw PERSON " + rawP);
            System.out.println("[names] " + page + " raw ORGANIZATION " + rawO);
            System.out.println("[names] " + page + " layered PERSON " + layP);
            System.out.println("[names] " + page + " layered ORGANIZATION " + layO);
            personF1 += layP.f1() / SeedPages.GOLD_PAGES.size();
            orgF1 += layO.f1() / SeedPages.GOLD_PAGES.size();
            rawPersonF1 += rawP.f1() / SeedPages.GOLD_PAGES.size();
            rawOrgF1 += rawO.f1() / SeedPages.GOLD_PAGES.size();
        }
        System.out.printf("[names] mean F1 raw PERSON %.3f ORGANIZATION %.3f; layered PERSON %.3f ORGANIZATION %.3f%n",
                rawPersonF1, rawOrgF1, personF1, orgF1);
        assertTrue(personF1 > rawPersonF1 && orgF1 > rawOrgF1, "the rule layers must improve on the raw backend");
        assertTrue(personF1 >= 0.9, "PERSON F1 " + personF1);
        assertTrue(orgF1 >= 0.6, "ORGANIZATION F1 " + orgF1);
    }
}
