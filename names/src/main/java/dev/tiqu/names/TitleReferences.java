package dev.tiqu.names;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A surname with a title ({@code 王局长}, {@code 李书记}, {@code 江主席}) refers to a person named
 * in full earlier in the article: the one confirmed name with that surname whose printed role
 * ends with the title. A reference with no such name, or with two, is left alone.
 * Immutable, thread-safe. Example: {@code 市生态环境局局长王建设…王局长表示 → 王局长 = 王建设}.
 */
final class TitleReferences {

    /** A reference at {@code [start, end)} of a sentence to the full name {@code name}. */
    record Reference(int start, int end, String name, String title) {
    }

    private final NameLexicon lex;
    /** The characters that are a one-character surname, checked before any title lookup. */
    private final BitSet surnameChars = new BitSet(Character.MAX_VALUE + 1);

    TitleReferences(NameLexicon lex) {
        this.lex = lex;
        for (String s : lex.surnames) {
            if (s.length() == 1) {
                surnameChars.set(s.charAt(0));
            }
        }
    }

    /**
     * The references in {@code text} to names of {@code rolesByName} (every role printed with
     * each confirmed name of the article).
     */
    List<Reference> find(String text, Map<String, Set<String>> rolesByName) {
        List<Reference> out = new ArrayList<>();
        if (rolesByName.isEmpty()) {
            return out;
        }
        for (int p = 0; p + 2 < text.length(); p++) {
            if (!surnameChars.get(text.charAt(p))) {
                continue;
            }
            String title = lex.titleStartingAt(text, p + 1);
            if (title == null || p > 0 && NameShape.isHan(text.charAt(p - 1))
                    && lex.leftStopChars.indexOf(text.charAt(p - 1)) < 0) {
                continue;
            }
            String surname = text.substring(p, p + 1);
            if (!lex.surnames.contains(surname)) {
                continue;
            }
            String name = referent(surname, title, rolesByName);
            if (name != null) {
                out.add(new Reference(p, p + 1 + title.length(), name, title));
            }
        }
        return out;
    }

    private static String referent(String surname, String title, Map<String, Set<String>> rolesByName) {
        String found = null;
        for (Map.Entry<String, Set<String>> e : rolesByName.entrySet()) {
            String name = e.getKey();
            if (!name.startsWith(surname) || name.length() < 2
                    || e.getValue().stream().noneMatch(role -> role.endsWith(title))) {
                continue;
            }
            if (found != null && !found.equals(name)) {
                return null;
            }
            found = name;
        }
        return found;
    }
}
