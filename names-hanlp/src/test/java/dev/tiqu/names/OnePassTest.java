package dev.tiqu.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.text.PublicationDate;
import dev.tiqu.names.hanlp.HanlpRecognizerProvider;
import dev.tiqu.text.PlainText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one HanLP pass per sentence ({@link NameRecognizer#analyze} feeding the rules' words) finds
 * exactly the names that recognition followed by a second, dictionary segmentation found: every
 * sentence of the names corpora and of a batch where organization recognition swallows a person.
 */
class OnePassTest {

    private static final NameRecognizer HANLP = new HanlpRecognizerProvider().create();

    /** The same backend without its {@code analyze}: the rules segment with {@code words()} again. */
    private static final NameRecognizer TWO_PASS = new NameRecognizer() {
        @Override
        public String name() {
            return HANLP.name();
        }

        @Override
        public List<NamedSpan> recognize(String text) {
            return HANLP.recognize(text);
        }

        @Override
        public WordAnalyzer words() {
            return HANLP.words();
        }
    };

    @ParameterizedTest
    @ValueSource(strings = {"one_pass.txt", "persons.tsv", "persons_negative.tsv", "persons_roles.tsv",
        "organizations.tsv", "organizations_negative.tsv", "articles/changsha_signing.txt",
        "articles/xiangtan_court.txt", "articles/zhuzhou_company.txt"})
    void onePassFindsWhatTwoPassesFound(String file) throws IOException {
        List<String> sentences = sentences(file);
        NameExtractor onePass = new NameExtractor(HANLP);
        NameExtractor twoPass = new NameExtractor(TWO_PASS);
        int names = 0;
        for (String sentence : sentences) {
            List<Mention> expected = twoPass.extract(PlainText.context(sentence, PublicationDate.unknown()));
            assertEquals(expected, onePass.extract(PlainText.context(sentence, PublicationDate.unknown())), sentence);
            names += expected.size();
        }
        assertEquals(true, names > 0, file + " yields names at all");
    }

    private List<String> sentences(String file) throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/dev/tiqu/names/" + file)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> sentences = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                sentences.add(line.split("\t", 2)[0]);
            }
        }
        return sentences;
    }
}
