package dev.tiqu.names;

import dev.tiqu.names.hanlp.HanlpRecognizerProvider;
import dev.tiqu.text.PlainText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.pipeline.ArticleContext;
import dev.tiqu.core.text.PublicationDate;
import dev.tiqu.core.Lexicon;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The example corpora of the name layers (resource TSVs), run through HanLP + rules + aliases. */
class NameCorpusTest {

    private static final String BASE = "/dev/tiqu/names/";
    private static NameExtractor extractor;
    private static final AliasResolver RESOLVER = new AliasResolver();

    @BeforeAll
    static void load() {
        extractor = new NameExtractor(new HanlpRecognizerProvider().create());
    }

    static List<Mention> run(String text) {
        ArticleContext ctx = PlainText.context(text, PublicationDate.unknown());
        List<Mention> mentions = new ArrayList<>(extractor.extract(ctx));
        mentions.sort(Mention.DOCUMENT_ORDER);
        return RESOLVER.resolve(ctx.page(), mentions);
    }

    private static Stream<Arguments> rows(String file, int columns) {
        return Lexicon.lines(BASE + file).stream().map(line -> {
            String[] f = Arrays.copyOf(line.split("\t", -1), columns);
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i] == null ? "" : f[i].strip();
            }
            return Arguments.of((Object[]) f);
        });
    }

    static Stream<Arguments> persons() {
        return rows("persons.tsv", 2);
    }

    static Stream<Arguments> personNegatives() {
        return rows("persons_negative.tsv", 1);
    }

    static Stream<Arguments> personRoles() {
        return rows("persons_roles.tsv", 4);
    }

    static Stream<Arguments> organizations() {
        return rows("organizations.tsv", 2);
    }

    static Stream<Arguments> organizationNegatives() {
        return rows("organizations_negative.tsv", 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("persons")
    void persons(String sentence, String expected) {
        Map<String, String> want = new LinkedHashMap<>();
        for (String entry : expected.split("\\|")) {
            if (!entry.isBlank()) {
                String[] nr = entry.split("/", 2);
                want.put(nr[0], nr.length > 1 ? nr[1] : "");
            }
        }
        Map<String, String> got = new LinkedHashMap<>();
        for (Mention m : run(sentence)) {
            if (m.type() == MentionType.PERSON) {
                got.putIfAbsent(m.name().canonical(), m.name().role());
                assertEquals(m.text(), m.name().canonical(), "a person's canonical name is the name as printed");
            }
        }
        assertEquals(want, got, sentence);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("personNegatives")
    void noPersons(String sentence) {
        List<String> persons = run(sentence).stream().filter(m -> m.type() == MentionType.PERSON)
                .map(Mention::text).toList();
        assertEquals(List.of(), persons, sentence);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("personRoles")
    void everyOccurrenceIsAMention(String text, String name, String count, String roles) {
        List<String> got = run(text).stream()
                .filter(m -> m.type() == MentionType.PERSON && m.text().equals(name))
                .map(m -> m.name().role()).toList();
        assertEquals(Integer.parseInt(count), got.size(), text);
        assertEquals(Arrays.asList(roles.split("\\|", -1)), got, text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("organizations")
    void organizations(String sentence, String expected) {
        List<Mention> orgs = run(sentence).stream().filter(m -> m.type() == MentionType.ORGANIZATION).toList();
        for (String entry : expected.split("\\|")) {
            String[] tc = entry.split("=", 2);
            String canonical = tc.length > 1 ? tc[1] : tc[0];
            assertTrue(orgs.stream().anyMatch(m -> m.text().equals(tc[0]) && m.name().canonical().equals(canonical)),
                    () -> "missing " + entry + " in " + sentence + "; got "
                            + orgs.stream().map(m -> m.text() + "=" + m.name().canonical()).toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("organizationNegatives")
    void organizationNegatives(String sentence, String forbidden) {
        List<String> orgs = run(sentence).stream().filter(m -> m.type() == MentionType.ORGANIZATION)
                .map(Mention::text).toList();
        if (forbidden.equals("*")) {
            assertEquals(List.of(), orgs, sentence);
        } else {
            for (String f : forbidden.split("\\|")) {
                assertFalse(orgs.contains(f), () -> f + " is not an organization in " + sentence + "; got " + orgs);
            }
        }
    }
}
