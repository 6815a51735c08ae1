package dev.tiqu.names;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiqu.core.Lexicon;
import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The general-news batches through HanLP + rules + aliases: precision, recall and F1 per type
 * over distinct names per row, printed with every miss and extra, and held above floors.
 * {@code general_news.tsv} (issue 14) was written before any rule was tuned; first run: PERSON
 * P 0.976 R 0.800 F1 0.879, ORGANIZATION P 0.841 R 0.617 F1 0.712; after the rules: PERSON
 * F1 0.980, ORGANIZATION F1 0.924. {@code general_news_blind.tsv} was written after the rules and
 * run once: PERSON P 1.000 R 0.864 F1 0.927, ORGANIZATION P 0.825 R 0.846 F1 0.835; three faults it
 * showed were then fixed (企业家 closing a list, a numeral-led company cut, the 公司 ending).
 * {@code general_news_lexicons.tsv} (issue 14, third round: short forms of national bodies,
 * companies and universities, and short forms that are ordinary words) was written before the
 * lexicons changed and run once: PERSON F1 1.000, ORGANIZATION P 0.954 R 0.860 F1 0.904, aliases
 * 9 of 40; after the alias lexicon and rules: ORGANIZATION F1 0.983, aliases 38 of 40.
 * {@code general_news_lexicons_blind.tsv} was written after them and run once: PERSON F1 0.857
 * (3 of 4), ORGANIZATION P 0.953 R 0.891 F1 0.921, aliases 17 of 21; two faults it showed were
 * then fixed (listed full names recognized whole: 中国联合网络通信集团有限公司; a company's name
 * without an industry word: 四川长虹), giving ORGANIZATION F1 0.967, aliases 20 of 21.
 * {@code general_news_fourth.tsv} (issue 14, fourth round: 49 articles of sports, courts,
 * companies, hospitals, party and government bodies, foreign news, bylines, 老王/小李 and
 * negatives) was committed before it was first run: PERSON P 0.920 R 0.730 F1 0.814,
 * ORGANIZATION P 0.878 R 0.847 F1 0.862, aliases 11 of 14; after the rules of that round:
 * PERSON F1 0.976, ORGANIZATION F1 0.951, aliases 13 of 14.
 * {@code general_news_recognizers.tsv} (issue 19, fourth round: foreign persons, organizations of
 * every kind) was written to decide whether HanLP's own translated-name and organization
 * recognition pay, and run once with both, without the one and without the other: the same in all
 * three, PERSON P 1.000 R 0.919 F1 0.958, ORGANIZATION P 0.886 R 0.886 F1 0.886, aliases 7 of 8.
 * Organization recognition was then left out and the affiliated-hospital suffix (附院) added, the
 * one thing it had found that the rules did not (郑大一附院): ORGANIZATION F1 0.909, aliases 8 of 8.
 */
class GeneralNewsMeasurementTest {


    private static final class Score {
        int tp;
        int fp;
        int fn;

        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        void add(Set<String> want, Set<String> got, String text, StringBuilder errors, String type) {
            for (String w : want) {
                if (got.contains(w)) {
                    tp++;
                } else {
                    fn++;
                    errors.append(type).append(" miss  ").append(w).append("  in ").append(text).append('\n');
                }
            }
            for (String g : got) {
                if (!want.contains(g)) {
                    fp++;
                    errors.append(type).append(" extra ").append(g).append("  in ").append(text).append('\n');
                }
            }
        }
    }

    /**
     * Expected normalized names ({@code short=full}): every mention printed as the short form
     * must carry that canonical name ({@code short=short}: none invented), and one must exist.
     */
    private static final class AliasScore {
        int right;
        int total;

        double accuracy() {
            return total == 0 ? 1 : (double) right / total;
        }

        void add(Set<String> expected, List<Mention> mentions, String text, StringBuilder errors) {
            for (String entry : expected) {
                String[] sf = entry.split("=", 2);
                total++;
                Set<String> got = new LinkedHashSet<>();
                for (Mention m : mentions) {
                    if (m.type() == MentionType.ORGANIZATION && m.text().equals(sf[0])) {
                        got.add(m.name().canonical());
                    }
                }
                if (got.equals(Set.of(sf[1]))) {
                    right++;
                } else {
                    errors.append("ALIAS wrong ").append(entry).append(" got ").append(got)
                            .append("  in ").append(text).append('\n');
                }
            }
        }
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

    /** Floors a little below the figures reached, so that a regression fails. */
    @Test
    void generalNewsScoresAboveTheFloors() {
        score("general_news.tsv", 0.95, 0.92);
    }

    @Test
    void theBlindBatchScoresAboveTheFloors() {
        score("general_news_blind.tsv", 0.95, 0.92);
    }

    /**
     * The lexicon batch (issue 14, third round): short forms of ministries, companies and
     * universities, and short forms that are ordinary words; its fourth column is scored too.
     */
    @Test
    void theLexiconBatchScoresAboveTheFloors() {
        score("general_news_lexicons.tsv", 0.95, 0.95, 0.90);
    }

    /** The blind check of the lexicon batch: written after the rules, run once. */
    @Test
    void theLexiconBlindBatchScoresAboveTheFloors() {
        score("general_news_lexicons_blind.tsv", 0.85, 0.95, 0.90);
    }

    /**
     * The fourth round's batch (issue 14): general news of many provinces and registers, written
     * and committed before it was first run; floors a little below the figures after the rules.
     */
    @Test
    void theFourthBatchScoresAboveTheFloors() {
        score("general_news_fourth.tsv", 0.95, 0.93, 0.90);
    }

    /**
     * The recognizer batch (issue 19, fourth round): foreign persons and organizations of every
     * kind, written to decide which of HanLP's own recognizers the configuration keeps; floors a
     * little below the figures with the 附院 suffix and without organization recognition.
     */
    @Test
    void theRecognizerBatchScoresAboveTheFloors() {
        score("general_news_recognizers.tsv", 0.95, 0.90, 0.85);
    }

    /**
     * Company announcements, court and procurement notices: bracketed places inside company names
     * (腾讯科技（深圳）有限公司), relations (全资子公司, 控股股东) and parties (申请人) before a company,
     * 公司 alone, a branch after a company's legal form, 某 names. Written before its first run:
     * PERSON P 0.667 R 1.000 F1 0.800, ORGANIZATION P 0.320 R 0.421 F1 0.364 (0.435 counting the
     * aliases as printed, the convention of the other batches, which the batch first forgot); after
     * the rules 1.000 and 0.977.
     */
    @Test
    void theAnnouncementBatchScoresAboveTheFloors() {
        score("general_news_announcements.tsv", 0.95, 0.95, 1.0);
    }

    /**
     * The announcement forms in other wordings, written after the rules of the batch above: first
     * run PERSON 1.000, ORGANIZATION 0.900 (国有资本 inside a name stopped the left extension at 有);
     * after 国有资本 joined the internal phrases, 1.000.
     */
    @Test
    void theAnnouncementCheckBatchScoresAboveTheFloors() {
        score("general_news_announcements_check.tsv", 0.95, 0.95);
    }

    private static void score(String file, double personFloor, double organizationFloor) {
        score(file, personFloor, organizationFloor, 0);
    }

    private static void score(String file, double personFloor, double organizationFloor, double aliasFloor) {
        NameCorpusTest.load();
        Score persons = new Score();
        Score orgs = new Score();
        StringBuilder errors = new StringBuilder();
        AliasScore aliases = new AliasScore();
        for (String line : Lexicon.lines("/dev/tiqu/names/" + file)) {
            String[] f = Arrays.copyOf(line.split("\t", -1), 4);
            String text = f[0];
            List<Mention> mentions = NameCorpusTest.run(text);
            Set<String> gotPersons = new LinkedHashSet<>();
            Set<String> gotOrgs = new LinkedHashSet<>();
            for (Mention m : mentions) {
                if (m.type() == MentionType.PERSON) {
                    gotPersons.add(m.name().canonical());
                } else if (m.type() == MentionType.ORGANIZATION) {
                    gotOrgs.add(m.text());
                }
            }
            persons.add(split(f[1] == null ? "" : f[1]), gotPersons, text, errors, "PERSON");
            aliases.add(split(f[3] == null ? "" : f[3]), mentions, text, errors);
            orgs.add(split(f[2] == null ? "" : f[2]), gotOrgs, text, errors, "ORGANIZATION");
        }
        System.err.print(errors);
        System.err.printf(file + " PERSON P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)%n",
                persons.precision(), persons.recall(), persons.f1(), persons.tp, persons.fp, persons.fn);
        System.err.printf(file + " ORGANIZATION P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)%n",
                orgs.precision(), orgs.recall(), orgs.f1(), orgs.tp, orgs.fp, orgs.fn);
        if (aliases.total > 0) {
            System.err.printf(file + " ALIASES %d of %d normalized as expected (%.3f)%n",
                    aliases.right, aliases.total, aliases.accuracy());
        }
        assertTrue(aliases.accuracy() >= aliasFloor, file + " alias accuracy " + aliases.accuracy());
        assertTrue(persons.f1() >= personFloor, file + " PERSON F1 " + persons.f1());
        assertTrue(orgs.f1() >= organizationFloor, file + " ORGANIZATION F1 " + orgs.f1());
    }
}
