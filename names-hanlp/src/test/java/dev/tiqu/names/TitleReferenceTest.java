package dev.tiqu.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Surnames with a title ({@code 王局长}) linked to the full name earlier in the article ({@code title_references.tsv}). */
class TitleReferenceTest {

    static Stream<Arguments> references() {
        return dev.tiqu.core.Lexicon.lines("/dev/tiqu/names/title_references.tsv").stream().map(line -> {
            String[] f = java.util.Arrays.copyOf(line.split("\t", -1), 3);
            return Arguments.of(f[0], f[1], f[2] == null ? "" : f[2].strip());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void aSurnameWithATitleIsTheFullName(String text, String reference, String fullName) {
        NameCorpusTest.load();
        List<String> got = NameCorpusTest.run(text).stream()
                .filter(m -> m.type() == MentionType.PERSON && m.text().equals(reference))
                .map((Mention m) -> m.name().canonical()).toList();
        assertEquals(fullName.isEmpty() ? List.of() : List.of(fullName), got, text);
    }
}
