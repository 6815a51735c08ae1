package dev.tiqu.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.text.PublicationDate;
import dev.tiqu.names.hanlp.HanlpRecognizerProvider;
import dev.tiqu.text.PlainText;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The names stage's work grows linearly with the text (issue 16): a comma-only list and a list of
 * courts, doubled, cost at most a little over twice the backend work. The work of one
 * recognizer call is counted as the square of its length (HanLP's organization recognition,
 * which the default backend ran until issue 19's fourth round, re-sums the words before each
 * candidate; a backend may still cost that), so the count is the sum of the squared lengths of
 * the calls: the pieces must stay bounded whatever the backend.
 */
class LinearWorkTest {

    private static final NameRecognizer HANLP = new HanlpRecognizerProvider().create();

    /** A real HanLP recognizer that counts the work of its calls. */
    private static final class CountingRecognizer implements NameRecognizer {
        long work;
        int longest;

        @Override
        public String name() {
            return HANLP.name();
        }

        @Override
        public List<NamedSpan> recognize(String text) {
            work += (long) text.length() * text.length();
            longest = Math.max(longest, text.length());
            return HANLP.recognize(text);
        }

        @Override
        public WordAnalyzer words() {
            return HANLP.words();
        }
    }

    private static long work(String unit, int times, int expectedPerUnit, MentionType type) {
        CountingRecognizer counting = new CountingRecognizer();
        String text = unit.repeat(times);
        List<Mention> mentions = new NameExtractor(counting).extract(PlainText.context(text, PublicationDate.unknown()));
        assertEquals(expectedPerUnit * times, mentions.stream().filter(m -> m.type() == type).count(), unit);
        assertTrue(counting.longest <= BoundedRecognition.MAX_PIECE, "one call of " + counting.longest + " characters");
        return counting.work;
    }

    @Test
    void aCommaOnlyListCostsTwiceAsMuchWhenDoubled() {
        long single = work("光伏电站装机100兆瓦，", 400, 0, MentionType.PERSON);
        long doubled = work("光伏电站装机100兆瓦，", 800, 0, MentionType.PERSON);
        assertTrue(doubled <= 2.2 * single, single + " then " + doubled);
    }

    @Test
    void aLongListOfCourtsCostsTwiceAsMuchWhenDoubled() {
        long single = work("株洲市天元区人民法院、", 300, 1, MentionType.ORGANIZATION);
        long doubled = work("株洲市天元区人民法院、", 600, 1, MentionType.ORGANIZATION);
        assertTrue(doubled <= 2.2 * single, single + " then " + doubled);
    }
}
