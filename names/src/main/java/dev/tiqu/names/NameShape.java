package dev.tiqu.names;

import java.util.List;

/**
 * The shape checks every person rule shares: whether a string looks like a Chinese personal
 * name, is an ordinary word of the backend's dictionary, and whether a span is already taken by
 * a hit. Immutable and thread-safe. Example: {@code plausible("欧阳娜娜")} is true,
 * {@code plausible("占比达")} false.
 */
final class NameShape {

    private final NameLexicon lex;
    private final WordAnalyzer dictionary;

    NameShape(NameLexicon lex, WordAnalyzer dictionary) {
        this.lex = lex;
        this.dictionary = dictionary;
    }

    NameLexicon lexicon() {
        return lex;
    }

    /**
     * Whether {@code name} looks like a Chinese personal name (surname + 1-2 characters), not a
     * surname with a title ({@code 李书记}: see {@link TitleReferences}) nor a surname with a
     * speech verb ({@code 常说}, {@code 干部常说}).
     */
    boolean plausible(String name) {
        if (name.length() < 2 || name.length() > 4 || lex.personStop.contains(name)) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!isHan(name.charAt(i))) {
                return false;
            }
        }
        for (String stop : lex.personStopPrefixes) {
            if (name.startsWith(stop)) {
                return false;
            }
        }
        int surname = lex.surname(name);
        if (surname == 0) {
            return false;
        }
        int given = name.length() - surname;
        String title = lex.titleStartingAt(name, surname);
        boolean surnameAndTitle = title != null && title.length() == given;
        boolean surnameAndVerb = lex.speechSet.contains(name.substring(surname));
        return given >= 1 && given <= 2 && !surnameAndTitle && !surnameAndVerb;
    }

    /**
     * Whether a name guessed from context alone is not an ordinary word of the backend's
     * dictionary ({@code 商量}, {@code 干部}): a known word counts only if it may be a name.
     */
    boolean notAWord(String name) {
        return !dictionary.isOrdinaryWord(name);
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Whether a hit overlaps {@code [start, end)}. */
    static boolean covered(List<PersonRules.Hit> hits, int start, int end) {
        for (PersonRules.Hit h : hits) {
            if (h.start() < end && start < h.end()) {
                return true;
            }
        }
        return false;
    }
}
