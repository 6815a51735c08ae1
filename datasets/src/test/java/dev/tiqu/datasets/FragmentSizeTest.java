package dev.tiqu.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Fragments that stand alone count against the expansion bound by their texts, keys and nodes:
 * a list of empty words spliced into itself again and again is stopped like a long text is,
 * while a definition of ordinary size passes.
 */
class FragmentSizeTest {

    /** Ten references to the previous fragment per level: level {@code n} holds 10^n nodes. */
    private static String doubling(String first, int levels) {
        StringBuilder yaml = new StringBuilder("define:\n  l0: " + first + "\n");
        for (int level = 1; level <= levels; level++) {
            yaml.append("  l").append(level).append(": [");
            for (int i = 0; i < 10; i++) {
                yaml.append(i == 0 ? "" : ", ").append("'{{l").append(level - 1).append("}}'");
            }
            yaml.append("]\n");
        }
        return yaml + """
                name: x
                anchor: {type: MONEY, topic: {words: '{{l%d}}'}}
                columns: [{name: doc, from: doc}]
                """.formatted(levels);
    }

    @Test
    void listsOfEmptyWordsSplicedIntoThemselvesAreStopped() {
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> DefinitionParser.parse("bomb.yaml", doubling("['', '']", 8)));
        assertTrue(e.getMessage().contains("the fragments expand to more than " + Fragments.MAX_EXPANDED_CHARS),
                e.getMessage());
    }

    @Test
    void aFewThousandWordsPass() {
        Definition d = DefinitionParser.parse("words.yaml", doubling("['光伏', '风电']", 3));
        assertEquals("x", d.name());
    }
}
