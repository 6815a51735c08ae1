package dev.tiqu.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiqu.core.mention.MentionType;
import dev.tiqu.names.NameRecognizer;
import dev.tiqu.names.NameRecognizerProvider;
import dev.tiqu.names.NamedSpan;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CoreNlpRecognizerIT {

    private static final CoreNlpRecognizer RECOGNIZER = SharedRecognizer.recognizer();

    static Stream<Arguments> names() {
        return SharedRecognizer.rows("names.tsv").stream()
                .map(r -> Arguments.of(MentionType.valueOf(r[0]), r[1], r[2]));
    }

    static Stream<String> noNames() {
        return SharedRecognizer.rows("no-names.tsv").stream().map(r -> r[0]);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("names")
    void findsTheName(MentionType type, String name, String sentence) {
        List<NamedSpan> spans = RECOGNIZER.recognize(sentence);
        boolean found = spans.stream().anyMatch(s -> s.type() == type
                && sentence.substring(s.start(), s.end()).equals(name));
        assertTrue(found, "no " + type + " " + name + " in " + SharedRecognizer.show(sentence, spans));
        assertOffsetsWellFormed(sentence, spans);
    }

    @ParameterizedTest
    @MethodSource("noNames")
    void findsNoNameWhereThereIsNone(String sentence) {
        List<NamedSpan> spans = RECOGNIZER.recognize(sentence);
        assertEquals(List.of(), spans, SharedRecognizer.show(sentence, spans));
    }

    @Test
    void placesAndTitlesAreNotNames() {
        String text = "新华社电11月23日上午，国家主席习近平结束出席亚太经合组织第三十一次领导人非正式会议后乘专机回到北京。";
        List<NamedSpan> spans = RECOGNIZER.recognize(text);
        int beijing = text.indexOf("北京");
        int title = text.indexOf("国家主席");
        for (NamedSpan s : spans) {
            assertTrue(s.end() <= beijing || s.start() >= beijing + 2, "a name over 北京: " + SharedRecognizer.show(text, spans));
            assertFalse(s.start() == title, "a name starting at the title: " + SharedRecognizer.show(text, spans));
        }
        assertTrue(spans.contains(new NamedSpan(MentionType.PERSON, text.indexOf("习近平"), text.indexOf("习近平") + 3)),
                SharedRecognizer.show(text, spans));
    }

    @Test
    void offsetsAreJavaStringIndicesPastSurrogatesFullWidthAndSpaces() {
        // U+1F600 and U+20000 are surrogate pairs (two Java chars each); U+3000 is a full-width space.
        String text = "\uD83D\uDE00\uD840\uDC00\u3000ＡＢＣ　2024 年，株洲日报讯（全媒体记者/徐滔）11月22日，"
                + "湖南工业大学\u3000举行招聘会。\n市委书记曹慧泉主持并讲话。";
        List<NamedSpan> spans = RECOGNIZER.recognize(text);
        assertOffsetsWellFormed(text, spans);
        for (String[] expected : new String[][] {{"PERSON", "徐滔"}, {"ORGANIZATION", "湖南工业大学"}, {"PERSON", "曹慧泉"}}) {
            int start = text.indexOf(expected[1]);
            NamedSpan span = new NamedSpan(MentionType.valueOf(expected[0]), start, start + expected[1].length());
            assertTrue(spans.contains(span), "no " + span + " in " + SharedRecognizer.show(text, spans));
        }
    }

    @Test
    void javadocExample() {
        assertEquals(List.of(new NamedSpan(MentionType.ORGANIZATION, 0, 4), new NamedSpan(MentionType.PERSON, 12, 14)),
                RECOGNIZER.recognize("株洲日报讯（全媒体记者/徐滔）11月22日，市民政局传来喜讯。"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u3000\n\t"})
    void blankTextHasNoNames(String text) {
        assertEquals(List.of(), RECOGNIZER.recognize(text));
    }

    @Test
    void onlyPersonAndOrganizationTypesAreMapped() {
        assertEquals(MentionType.PERSON, CoreNlpRecognizer.typeOf("PERSON"));
        assertEquals(MentionType.ORGANIZATION, CoreNlpRecognizer.typeOf("ORGANIZATION"));
        for (String other : new String[] {"GPE", "LOCATION", "CITY", "STATE_OR_PROVINCE", "TITLE", "MISC", "FACILITY", "O"}) {
            assertEquals(null, CoreNlpRecognizer.typeOf(other), other);
        }
    }

    @Test
    void isFoundByServiceLoaderAndSharesTheLoadedModels() {
        SharedRecognizer.recognizer();
        List<NameRecognizerProvider> providers = ServiceLoader.load(NameRecognizerProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("corenlp"))
                .toList();
        assertEquals(1, providers.size());
        long start = System.nanoTime();
        NameRecognizer created = providers.get(0).create();
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals("corenlp", created.name());
        assertTrue(seconds < 1.0, "a second recognizer reloaded the models: " + seconds + " s");
        assertSame(CoreNlpModels.pipeline(), CoreNlpModels.pipeline());
    }

    /** Every span lies inside the text, carries no surrounding whitespace and does not overlap the next. */
    static void assertOffsetsWellFormed(String text, List<NamedSpan> spans) {
        int previousEnd = 0;
        for (NamedSpan s : spans) {
            assertTrue(s.end() <= text.length(), s.toString());
            String surface = text.substring(s.start(), s.end());
            assertEquals(surface.strip(), surface, "whitespace around " + s);
            assertFalse(Character.isLowSurrogate(text.charAt(s.start())), "span splits a surrogate pair: " + s);
            assertTrue(s.start() >= previousEnd, "overlapping spans: " + SharedRecognizer.show(text, spans));
            previousEnd = s.end();
        }
    }
}
