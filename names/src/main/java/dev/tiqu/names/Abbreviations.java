package dev.tiqu.names;

import dev.tiqu.core.Lexicon;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a short organization name abbreviates a longer one printed on the same page. Three
 * general rules: the long name without its party/place prefix ({@code 中共株洲市委 ↔ 市委},
 * {@code 芦淞区建设街道 ↔ 建设街道}); a contiguous tail of a company's core name
 * ({@code 株洲中车时代电气股份有限公司 ↔ 时代电气}); the short name's characters in order in the
 * long name, sharing its head and its type suffix ({@code 湖南工业大学 ↔ 湖南工大},
 * {@code 中车株洲电力机车研究所有限公司 ↔ 中车株洲所}).
 */
final class Abbreviations {

    private static final List<String> LEGAL = List.of("股份有限公司", "有限责任公司", "有限公司");

    private final NameLexicon lex;
    private final List<String> generic;

    Abbreviations(NameLexicon lex) {
        this.lex = lex;
        this.generic = List.copyOf(Lexicon.lines("/dev/tiqu/names/company_generic.txt"));
    }

    /**
     * Whether {@code shortName} abbreviates {@code longName}. Every rule needs each character of
     * the short name in the long name (as a substring, a tail or a subsequence), checked first.
     */
    boolean matches(String shortName, String longName) {
        if (shortName.length() < 2 || shortName.length() >= longName.length()) {
            return false;
        }
        for (int i = 0; i < shortName.length(); i++) {
            if (longName.indexOf(shortName.charAt(i)) < 0) {
                return false;
            }
        }
        if (withoutPrefix(longName).contains(shortName) || isCoreTail(shortName, longName)) {
            return true;
        }
        if (shortName.length() < 3 || longName.contains(shortName)) {
            return false;
        }
        String core = core(longName);
        if (shortName.charAt(0) != core.charAt(0) || !subsequence(shortName, core)) {
            return false;
        }
        NameLexicon.Suffix sfx = suffixOf(core);
        List<String> endings = new ArrayList<>();
        if (sfx != null) {
            endings.add(sfx.text());
            endings.add(sfx.text().substring(sfx.text().length() - 1));
            if (sfx.kind().equals("UNIVERSITY") || sfx.kind().equals("SCHOOL")) {
                endings.add(sfx.text().substring(0, 1));
            }
        }
        if (!core.equals(longName)) {
            endings.add(core.substring(core.length() - 2));
            String bare = withoutGeneric(core);
            endings.add(bare.substring(bare.length() - 2));
        }
        boolean endsWell = endings.stream().anyMatch(shortName::endsWith);
        if (!endsWell) {
            return false;
        }
        int head = lex.placePrefix(core);
        int tail = sfx == null ? 0 : sfx.text().length();
        String middle = core.substring(Math.max(1, head), Math.max(Math.max(1, head), core.length() - tail));
        for (int i = 1; i < shortName.length(); i++) {
            if (middle.indexOf(shortName.charAt(i)) >= 0
                    && (sfx == null || sfx.text().indexOf(shortName.charAt(i)) < 0)) {
                return true;
            }
        }
        return false;
    }

    private boolean isCoreTail(String shortName, String longName) {
        String core = core(longName);
        if (core.equals(longName) || shortName.length() < 4) {
            return false;
        }
        String bare = withoutGeneric(core);
        return (core.endsWith(shortName) && !core.equals(shortName))
                || (bare.endsWith(shortName) && !bare.equals(shortName) && bare.length() > shortName.length());
    }

    /** The long name without {@code 中共} and its place prefix, keeping or dropping the level character. */
    List<String> withoutPrefix(String name) {
        List<String> variants = new ArrayList<>();
        String g = name.startsWith("中共") ? name.substring(2) : name;
        if (!g.equals(name)) {
            variants.add(g);
        }
        int place = lex.placePrefix(g);
        if (place > 0 && place < g.length()) {
            variants.add(g.substring(place));
            if ("省市区县州".indexOf(g.charAt(place - 1)) >= 0) {
                variants.add(g.substring(place - 1));
            }
        }
        variants.removeIf(v -> v.length() < 2);
        return variants;
    }

    private static String core(String name) {
        for (String legal : LEGAL) {
            if (name.endsWith(legal) && name.length() > legal.length() + 1) {
                return name.substring(0, name.length() - legal.length());
            }
        }
        return name;
    }

    private String withoutGeneric(String core) {
        for (String g : generic) {
            if (core.endsWith(g) && core.length() > g.length() + 2) {
                return core.substring(0, core.length() - g.length());
            }
        }
        return core;
    }

    private NameLexicon.Suffix suffixOf(String name) {
        for (NameLexicon.Suffix s : lex.suffixes) {
            if (name.endsWith(s.text()) && name.length() > s.text().length()) {
                return s;
            }
        }
        return null;
    }

    private static boolean subsequence(String shortName, String longName) {
        int j = 0;
        for (int i = 0; i < longName.length() && j < shortName.length(); i++) {
            if (longName.charAt(i) == shortName.charAt(j)) {
                j++;
            }
        }
        return j == shortName.length();
    }
}
