package dev.tiqu.names;

import dev.tiqu.core.Lexicon;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a short organization name abbreviates a longer one printed on the same page. A short
 * form listed in {@code org_aliases.tsv} abbreviates only its listed full names (printed as
 * listed or with a legal form). Otherwise general rules: the long name without its party, place
 * or national prefix ({@code 中共岳阳市委 ↔ 市委}), or without its university
 * ({@code 四川大学华西医院 ↔ 华西医院}); the name without its legal form
 * ({@code 国家电网有限公司 ↔ 国家电网}), also without a generic or industry word
 * ({@code 江西铜业集团有限公司 ↔ 江西铜业}, {@code 四川长虹电器股份有限公司 ↔ 四川长虹}); a
 * contiguous tail of a company's core name ({@code 株洲中车时代电气股份有限公司 ↔ 时代电气}); a
 * company's first three characters and a selection of the rest
 * ({@code 中国海洋石油集团有限公司 ↔ 中国海油}); the short name's characters in order in the long
 * name or in the long name without its prefix, sharing its head and its type suffix, or the
 * suffix's first character for suffixes marked {@code initial} ({@code 湖南工业大学 ↔ 湖南工大},
 * {@code 河南省发展和改革委员会 ↔ 省发改委}); a place with a shortened suffix
 * ({@code 西安市人民政府 ↔ 西安市政府}).
 */
final class Abbreviations {

    /** Legal forms that end a company's name after its core name. */
    private static final List<String> LEGAL = List.of("股份有限公司", "有限责任公司", "有限公司");
    /** What a printed name may add to a listed full name ({@code 中国工商银行股份有限公司}). */
    private static final List<String> PRINTED_ENDINGS = List.of("集团股份有限公司", "集团有限公司",
            "股份有限公司", "有限责任公司", "有限公司", "集团公司", "集团");
    /** Characters shared with the full name that a company's short form starts with (中国海油). */
    private static final int COMPANY_HEAD = 3;
    /** A university whose named unit (a hospital, a school) is printed without it. */
    private static final String UNIVERSITY = "大学";
    /**
     * Characters a university's unit needs to be printed alone: a name and its suffix
     * ({@code 华西医院}); a bare suffix ({@code 医院}) is no short form.
     */
    private static final int UNIT_MIN = 4;

    private final NameLexicon lex;
    private final List<String> generic;

    Abbreviations(NameLexicon lex) {
        this.lex = lex;
        this.generic = List.copyOf(Lexicon.lines("/dev/tiqu/names/company_generic.txt"));
    }

    /**
     * Whether {@code shortName} abbreviates {@code longName}. Every general rule needs each
     * character of the short name in the long name (as a substring, a tail or a subsequence),
     * checked first.
     */
    boolean matches(String shortName, String longName) {
        if (shortName.length() < 2 || shortName.length() >= longName.length()) {
            return false;
        }
        List<String> listed = lex.aliases.get(shortName);
        if (listed != null) {
            return listed.stream().anyMatch(full -> printedAs(full, longName));
        }
        for (int i = 0; i < shortName.length(); i++) {
            if (longName.indexOf(shortName.charAt(i)) < 0) {
                return false;
            }
        }
        List<String> withoutPrefix = withoutPrefix(longName);
        if (withoutPrefix.contains(shortName) || isCoreTail(shortName, longName)
                || withoutLegalForm(shortName, longName) || companyHead(shortName, longName)) {
            return true;
        }
        if (shortName.length() < 3 || longName.contains(shortName)) {
            return false;
        }
        List<String> forms = new ArrayList<>(withoutPrefix);
        forms.add(0, longName);
        for (String form : forms) {
            if (initials(shortName, form) || shortenedSuffix(shortName, form)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The company's name without its legal form, and possibly without one generic or industry
     * word before it ({@code 国家电网有限公司 ↔ 国家电网}, {@code 江西铜业集团有限公司 ↔ 江西铜业},
     * {@code 四川长虹电器股份有限公司 ↔ 四川长虹}).
     */
    private boolean withoutLegalForm(String shortName, String longName) {
        String core = core(longName);
        if (core.equals(longName)) {
            return false;
        }
        return shortName.equals(core) || shortName.equals(withoutGeneric(core))
                || shortName.length() >= 4 && core.startsWith(shortName)
                && lex.companyWords.contains(core.substring(shortName.length()));
    }

    /** The listed short forms of a printed name: of its listed full name, or that name with a legal form. */
    List<String> listedShortForms(String printed) {
        List<String> result = new ArrayList<>(lex.shortForms.getOrDefault(printed, List.of()));
        for (String ending : PRINTED_ENDINGS) {
            if (printed.endsWith(ending) && printed.length() > ending.length()) {
                String full = printed.substring(0, printed.length() - ending.length());
                result.addAll(lex.shortForms.getOrDefault(full, List.of()));
            }
        }
        return result;
    }

    /** Whether {@code printed} is the listed full name {@code full}, possibly with a legal form. */
    private static boolean printedAs(String full, String printed) {
        return printed.equals(full)
                || printed.startsWith(full) && PRINTED_ENDINGS.contains(printed.substring(full.length()));
    }

    /**
     * A company's short form: its first {@value #COMPANY_HEAD} characters are the core name's, the
     * rest a selection of the core's later characters in order, skipping some
     * ({@code 中国海洋石油集团 ↔ 中国海油}). A bare beginning of the name is no short form by
     * itself ({@code 株洲高新} of 株洲高新新能源投资有限公司): such short forms are listed.
     */
    private boolean companyHead(String shortName, String longName) {
        String core = core(longName);
        if (core.equals(longName) || shortName.length() <= COMPANY_HEAD || core.startsWith(shortName)
                || !shortName.regionMatches(0, core, 0, COMPANY_HEAD)) {
            return false;
        }
        return subsequence(shortName.substring(COMPANY_HEAD), core.substring(COMPANY_HEAD));
    }

    /** The short name's characters in order in {@code form}, sharing its head and its suffix's ending. */
    private boolean initials(String shortName, String form) {
        String core = core(form);
        if (shortName.length() >= core.length() || shortName.charAt(0) != core.charAt(0)
                || !subsequence(shortName, core)) {
            return false;
        }
        NameLexicon.Suffix sfx = suffixOf(core);
        List<String> endings = new ArrayList<>();
        if (sfx != null) {
            endings.add(sfx.text());
            endings.add(sfx.text().substring(sfx.text().length() - 1));
            if (sfx.initial() || sfx.kind().equals("UNIVERSITY") || sfx.kind().equals("SCHOOL")) {
                endings.add(sfx.text().substring(0, 1));
            }
        }
        if (!core.equals(form)) {
            endings.add(core.substring(core.length() - 2));
            String bare = withoutGeneric(core);
            endings.add(bare.substring(bare.length() - 2));
        }
        if (endings.stream().noneMatch(shortName::endsWith)) {
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

    /**
     * The form's name before its suffix, then a shorter selection of the suffix ending with its
     * last character ({@code 西安市人民政府 ↔ 西安市政府}, {@code 市人民政府 ↔ 市政府}).
     */
    private boolean shortenedSuffix(String shortName, String form) {
        NameLexicon.Suffix sfx = suffixOf(form);
        if (sfx == null) {
            return false;
        }
        int head = form.length() - sfx.text().length();
        String rest = shortName.substring(Math.min(head, shortName.length()));
        return head > 0 && shortName.startsWith(form.substring(0, head)) && rest.length() >= 2
                && rest.length() < sfx.text().length() && subsequence(rest, sfx.text())
                && rest.charAt(rest.length() - 1) == sfx.text().charAt(sfx.text().length() - 1);
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

    /**
     * The long name without {@code 中共} and its place prefix, keeping or dropping the level
     * character, and a university's unit without the university ({@code 四川大学华西医院 ↔ 华西医院}).
     */
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
        int university = g.indexOf(UNIVERSITY);
        if (university > 0 && g.length() - university - UNIVERSITY.length() >= UNIT_MIN && suffixOf(g) != null) {
            variants.add(g.substring(university + UNIVERSITY.length()));
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

    /** The longest suffix {@code name} ends with, leaving something before it, or null. */
    private NameLexicon.Suffix suffixOf(String name) {
        List<NameLexicon.Suffix> group = lex.suffixesByLast.get(name.charAt(name.length() - 1));
        for (int g = 0; g < group.size(); g++) {
            NameLexicon.Suffix s = group.get(g);
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
