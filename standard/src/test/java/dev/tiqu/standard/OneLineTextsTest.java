package dev.tiqu.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiqu.core.Lexicon;
import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.pipeline.Pipeline;
import dev.tiqu.core.text.Document;
import dev.tiqu.core.text.PublicationDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: a text of one line without final punctuation (a headline, a note, a line of a
 * notice) gives the same mentions as the same line ending in 。, and mentions of every type.
 * Before the plain layout, none of these 60 lines gave a mention.
 */
class OneLineTextsTest {

    private static final Pipeline PIPELINE = StandardPipeline.builder().build();
    private static final PublicationDate DATE = PublicationDate.given(LocalDate.of(2025, 5, 20));

    @Test
    void oneLineTextsAreMinedAsIfTheyEndedASentence() {
        List<String> lines = Lexicon.lines("/dev/tiqu/standard/one-line-texts.txt");
        Map<MentionType, Integer> types = new EnumMap<>(MentionType.class);
        List<String> differ = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        for (String line : lines) {
            List<String> bare = mentions(line);
            List<String> ended = mentions(line + "。");
            if (!bare.equals(ended)) {
                differ.add(line + ": " + bare + " vs " + ended);
            }
            if (bare.isEmpty()) {
                empty.add(line);
            }
            for (Mention m : PIPELINE.process(new Document("t", line, DATE)).mentions()) {
                types.merge(m.type(), 1, Integer::sum);
            }
        }
        System.out.printf("one-line texts: %d, same mentions as with 。: %d, with no mention: %d, by type %s%n",
                lines.size(), lines.size() - differ.size(), empty.size(), types);
        assertEquals(List.of(), differ);
        // a line may hold nothing the extractors know (常德市柳叶湖旅游度假区 is not taken for an
        // organization, with or without 。): that is the names rules' business, not the layout's
        assertTrue(empty.size() <= lines.size() / 20, "lines with no mention: " + empty);
        for (MentionType t : MentionType.values()) {
            assertFalse(types.getOrDefault(t, 0) == 0, "no " + t + " among " + types);
        }
    }

    private static List<String> mentions(String text) {
        List<String> out = new ArrayList<>();
        for (Mention m : PIPELINE.process(new Document("t", text, DATE)).mentions()) {
            out.add(m.type() + " " + m.text() + " " + m.value().normalized() + " " + m.span());
        }
        return out;
    }
}
