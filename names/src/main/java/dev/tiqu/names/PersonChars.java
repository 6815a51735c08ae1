package dev.tiqu.names;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character classes of the person rules, read from {@code person_chars.tsv}: which
 * characters may follow a guessed name, may not end or start one, mark a count or a place.
 * Immutable. Example: {@code placeLast(text, '镇')} is true ({@code 马江镇} is a place).
 */
final class PersonChars {

    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

    private final String afterName;
    private final String notLast;
    private final String notFirst;
    private final String numeral;
    private final String placeLast;
    private final String placeAfter;
    private final String listEnd;
    private final String bylineOpen;

    PersonChars(Map<String, String> classes) {
        afterName = get(classes, "after-name");
        notLast = get(classes, "not-last");
        notFirst = get(classes, "not-first");
        numeral = get(classes, "numeral");
        placeLast = get(classes, "place-last");
        placeAfter = get(classes, "place-after");
        listEnd = get(classes, "list-end");
        bylineOpen = get(classes, "byline-open");
    }

    private static String get(Map<String, String> classes, String name) {
        String chars = classes.get(name);
        if (chars == null) {
            throw new IllegalStateException("person_chars.tsv: missing class " + name);
        }
        Matcher m = ESCAPE.matcher(chars);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Whether {@code c} may follow a name guessed after a title. */
    boolean afterName(char c) {
        return afterName.indexOf(c) >= 0;
    }

    /** Whether a guessed name may not end with {@code c}. */
    boolean notLast(char c) {
        return notLast.indexOf(c) >= 0;
    }

    /** Whether a guessed name may not start with {@code c}. */
    boolean notFirst(char c) {
        return notFirst.indexOf(c) >= 0;
    }

    /** Whether {@code c} before a candidate makes it a count. */
    boolean numeral(char c) {
        return numeral.indexOf(c) >= 0;
    }

    /** Whether a candidate ending with {@code c} is a place. */
    boolean placeLast(char c) {
        return placeLast.indexOf(c) >= 0;
    }

    /** Whether a candidate followed by {@code c} heads a place name. */
    boolean placeAfter(char c) {
        return placeAfter.indexOf(c) >= 0;
    }

    /** Whether {@code c} may follow the last name of a list. */
    boolean listEnd(char c) {
        return listEnd.indexOf(c) >= 0;
    }

    /** Whether a reporter's role right after {@code c} starts a byline. */
    boolean bylineOpen(char c) {
        return bylineOpen.indexOf(c) >= 0;
    }
}
