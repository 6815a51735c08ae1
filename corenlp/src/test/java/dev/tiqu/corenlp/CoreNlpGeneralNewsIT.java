package dev.tiqu.corenlp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.pipeline.ArticleContext;
import dev.tiqu.core.text.PublicationDate;
import dev.tiqu.devtools.eval.Score;
import dev.tiqu.names.AliasResolver;
import dev.tiqu.names.NameExtractor;
import dev.tiqu.names.NamedSpan;
import dev.tiqu.text.PlainText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code --ner corenlp} on general news: the four general-news batches the name rules are measured
 * on with HanLP (news of other provinces and years, government reports, company announcements,
 * résumés, foreign news; written for issue 14, two of them blind), run through CoreNLP + tiqu's
 * rules + aliases, scored as distinct names per row. Issue 14's bar for this backend is PERSON F1
 * ≥ 0.95 on news sentences; through the rules CoreNLP must also never score below raw CoreNLP.
 */
class CoreNlpGeneralNewsIT {

    private static final Path BATCHES = Path.of("..", "names-hanlp", "src", "test", "resources", "dev", "tiqu", "names");
    private static final List<String> FILES = List.of("general_news.tsv", "general_news_blind.tsv",
            "general_news_lexicons.tsv", "general_news_lexicons_blind.tsv");

    /** Issue 14's bar for PERSON; ORGANIZATION a floor a little under the 0.961 measured at merge. */
    private static final double MIN_PERSON_F1 = 0.95;
    private static final double MIN_ORGANIZATION_F1 = 0.90;

    @Test
    void throughTheRulesPersonsReachTheBarAndBeatRawCoreNlp() throws IOException {
        NameExtractor extractor = new NameExtractor(SharedRecognizer.recognizer());
        AliasResolver aliases = new AliasResolver();
        Tally persons = new Tally();
        Tally organizations = new Tally();
        Tally rawPersons = new Tally();
        Tally rawOrganizations = new Tally();
        for (String[] row : rows()) {
            ArticleContext ctx = PlainText.context(row[0], PublicationDate.unknown());
            List<Mention> mentions = new ArrayList<>(extractor.extract(ctx));
            mentions.sort(Mention.DOCUMENT_ORDER);
            mentions = aliases.resolve(ctx.page(), mentions);
            persons.add(split(row[1]), names(mentions, MentionType.PERSON, true));
            organizations.add(split(row[2]), names(mentions, MentionType.ORGANIZATION, false));
            Set<String> rawP = new LinkedHashSet<>();
            Set<String> rawO = new LinkedHashSet<>();
            for (NamedSpan s : SharedRecognizer.recognizer().recognize(row[0])) {
                (s.type() == MentionType.PERSON ? rawP : rawO).add(row[0].substring(s.start(), s.end()));
            }
            rawPersons.add(split(row[1]), rawP);
            rawOrganizations.add(split(row[2]), rawO);
        }
        System.out.println("[corenlp] general news PERSON through the rules: " + persons + ", raw: " + rawPersons);
        System.out.println("[corenlp] general news ORGANIZATION through the rules: " + organizations
                + ", raw: " + rawOrganizations);
        assertTrue(persons.score().f1() >= MIN_PERSON_F1, "PERSON " + persons);
        assertTrue(organizations.score().f1() >= MIN_ORGANIZATION_F1, "ORGANIZATION " + organizations);
        assertTrue(persons.score().f1() >= rawPersons.score().f1(), persons + " vs raw " + rawPersons);
        assertTrue(organizations.score().f1() >= rawOrganizations.score().f1(), organizations + " vs raw " + rawOrganizations);
    }

    private static List<String[]> rows() throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String file : FILES) {
            for (String line : Files.readAllLines(BATCHES.resolve(file), StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = Arrays.copyOf(line.split("\t", -1), 3);
                    rows.add(new String[] {f[0], f[1] == null ? "" : f[1], f[2] == null ? "" : f[2]});
                }
            }
        }
        assertTrue(rows.size() >= 200, "the general-news batches: " + rows.size() + " rows");
        return rows;
    }

    private static Set<String> names(List<Mention> mentions, MentionType type, boolean canonical) {
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.type() == type) {
                out.add(canonical ? m.name().canonical() : m.text());
            }
        }
        return out;
    }

    private static Set<String> split(String column) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : column.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** Distinct-name counts per row, summed. */
    private static final class Tally {
        private int tp;
        private int fp;
        private int fn;

        void add(Set<String> want, Set<String> got) {
            for (String w : want) {
                if (got.contains(w)) {
                    tp++;
                } else {
                    fn++;
                }
            }
            for (String g : got) {
                if (!want.contains(g)) {
                    fp++;
                }
            }
        }

        Score score() {
            return new Score("", tp + fn, tp + fp, tp, tp);
        }

        @Override
        public String toString() {
            Score s = score();
            return String.format(java.util.Locale.ROOT, "P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)",
                    s.precision(), s.recall(), s.f1(), tp, fp, fn);
        }
    }
}
