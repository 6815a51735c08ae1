package dev.tiqu.names;

import dev.tiqu.core.Lexicon;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The resources of the name rule layers (surnames, titles, organization suffixes, stop lists,
 * aliases), loaded once from {@code /dev/tiqu/names/} into immutable structures.
 * Example: {@code surname("欧阳娜娜") → 2}.
 */
final class NameLexicon {

    private static final String BASE = "/dev/tiqu/names/";

    /**
     * One organization suffix with its class, the minimum number of characters before it,
     * whether the name must start with an administrative level or place ({@code 市文明办}, not
     * {@code 大操大办}), whether it needs a proper-noun part ({@code 技术研究中心} is no name) and
     * whether short forms end with its first character ({@code 委员会} in {@code 发改委}).
     */
    record Suffix(String text, String kind, int minLeft, boolean administrative, boolean proper, boolean initial) {
    }

    private static final NameLexicon INSTANCE = new NameLexicon();

    final Set<String> surnames;
    final Set<String> commonSurnames;
    final List<String> titles;
    final Set<String> personStop;
    final List<String> personStopPrefixes;
    final List<Suffix> suffixes;
    final Set<String> orgFalse;
    final String leftStopChars;
    final List<String> leftStopWords;
    final List<String> internalPhrases;
    /**
     * Organizations recognized by name alone: {@code org_known.txt}, and the short forms and
     * full names of {@link #aliases} (a listed full name holds words that would stop the suffix
     * grammar's left extension: 中国联合网络通信集团有限公司).
     */
    final List<String> knownOrgs;
    /** Short forms with the full names they may stand for ({@code org_aliases.tsv}), in file order. */
    final Map<String, List<String>> aliases;
    /** The listed full names of {@link #aliases} with their short forms. */
    final Map<String, List<String>> shortForms;
    final List<String> companyWords;
    final List<String> places;
    /** Endings of a unit inside the organization printed before it ({@code org_branches.txt}). */
    final List<String> orgBranches;
    final String translitChars;
    final List<String> speech;
    /** {@link #speech} as a set, for the shape check of every candidate name. */
    final Set<String> speechSet;
    final List<String> guessSpeech;
    final List<String> postTitles;
    final List<String> guessPost;
    final Set<String> noRole;
    final Set<String> foreignTitles;
    /** Prefixes of a familiar name before a common surname ({@code person_cues.tsv}, kind {@code familiar}: 老王). */
    final Set<String> familiarPrefixes;
    final List<String> companyContinuations;
    /** The character classes of the person rules ({@code person_chars.tsv}), by class name. */
    final PersonChars personChars;
    /** Words every reporter role contains ({@code bylines.tsv}, kind {@code marker}). */
    final List<String> bylineMarkers;
    /** Words a byline's reporter role may follow ({@code bylines.tsv}, kind {@code source}). */
    final List<String> bylineSources;
    /** Credit words after the names of a byline ({@code bylines.tsv}, kind {@code tail}), in file order. */
    final List<String> creditTails;
    /** Editors' roles before a colon and a name ({@code bylines.tsv}, kind {@code editor}). */
    final List<String> editorRoles;
    private final CharIndex<String> orgFalseByLast;
    private final CharIndex<String> orgFalseByFirst;
    private final int orgFalseMaxLength;
    private final CharIndex<String> titlesByLast;
    private final CharIndex<String> titlesByFirst;
    private final CharIndex<String> leftStopWordsByLast;
    private final CharIndex<String> internalPhrasesByChar;
    private final int knownOrgMaxLength;
    /** {@link #knownOrgs} by first character, longest first. */
    final CharIndex<String> knownOrgsByFirst;
    /** {@link #knownOrgs} as a set. */
    final Set<String> knownOrgSet;
    /** {@link #places} by first character, longest first. */
    final CharIndex<String> placesByFirst;
    /** {@link #places} by last character, longest first. */
    final CharIndex<String> placesByLast;
    /** {@link #suffixes} by first character, longest first. */
    final CharIndex<Suffix> suffixesByFirst;
    /** {@link #suffixes} by last character, longest first. */
    final CharIndex<Suffix> suffixesByLast;
    /** {@link #companyWords} by first character, longest first. */
    final CharIndex<String> companyWordsByFirst;
    /** {@link #guessPost} by first character, longest first. */
    final CharIndex<String> guessPostByFirst;
    /** {@link #guessSpeech} by first character, longest first. */
    final CharIndex<String> guessSpeechByFirst;

    private NameLexicon() {
        List<String> surnameList = Lexicon.words(Lexicon.SURNAMES);
        surnames = Set.copyOf(surnameList);
        commonSurnames = Set.copyOf(surnameList.subList(0, Math.min(100, surnameList.size())));
        titles = longestFirst(Lexicon.lines(BASE + "titles.txt"));
        List<String> stops = Lexicon.lines(BASE + "person_stop.txt");
        personStop = Set.copyOf(stops.stream().filter(l -> l.startsWith("=")).map(l -> l.substring(1)).toList());
        personStopPrefixes = stops.stream().filter(l -> !l.startsWith("=")).toList();
        suffixes = loadSuffixes();
        orgFalse = Set.copyOf(Lexicon.lines(BASE + "org_false.txt"));
        List<String> leftStops = Lexicon.lines(BASE + "org_left_stops.txt");
        leftStopChars = leftStops.stream().filter(l -> l.startsWith("chars\t"))
                .map(l -> l.substring("chars\t".length()).strip()).reduce("", (a, b) -> b);
        leftStopWords = longestFirst(leftStops.stream().filter(l -> !l.startsWith("chars\t")).toList());
        internalPhrases = List.copyOf(Lexicon.lines(BASE + "org_internal.txt"));
        aliases = fullNames(Lexicon.pairs(BASE + "org_aliases.tsv"));
        shortForms = shortForms(aliases);
        List<String> known = new ArrayList<>(Lexicon.lines(BASE + "org_known.txt"));
        known.addAll(aliases.keySet());
        known.addAll(shortForms.keySet());
        knownOrgs = longestFirst(known);
        companyWords = longestFirst(Lexicon.lines(BASE + "company_words.txt"));
        places = longestFirst(Lexicon.words(BASE + "places.txt"));
        orgBranches = longestFirst(Lexicon.lines(BASE + "org_branches.txt"));
        translitChars = String.join("", Lexicon.words(BASE + "translit_chars.txt"));
        Map<String, String> cues = Lexicon.pairs(BASE + "person_cues.tsv");
        speech = cues(cues, "speech");
        speechSet = Set.copyOf(speech);
        guessSpeech = cues(cues, "guess-speech");
        postTitles = cues(cues, "post-title");
        guessPost = cues(cues, "guess-post");
        noRole = Set.copyOf(cues(cues, "no-role"));
        foreignTitles = Set.copyOf(cues(cues, "foreign"));
        familiarPrefixes = Set.copyOf(cues(cues, "familiar"));
        companyContinuations = List.copyOf(Lexicon.lines(BASE + "company_continuations.txt"));
        personChars = new PersonChars(Lexicon.pairs(BASE + "person_chars.tsv"));
        Map<String, String> bylines = Lexicon.pairs(BASE + "bylines.tsv");
        bylineMarkers = ofKind(bylines, "marker");
        bylineSources = ofKind(bylines, "source");
        creditTails = ofKind(bylines, "tail");
        editorRoles = ofKind(bylines, "editor");
        List<String> falseWords = List.copyOf(orgFalse);
        orgFalseByLast = CharIndex.byLast(falseWords, f -> f);
        orgFalseByFirst = CharIndex.byFirst(falseWords, f -> f);
        orgFalseMaxLength = falseWords.stream().mapToInt(String::length).max().orElse(0);
        titlesByLast = CharIndex.byLast(titles, t -> t);
        titlesByFirst = CharIndex.byFirst(titles, t -> t);
        leftStopWordsByLast = CharIndex.byLast(leftStopWords, w -> w);
        internalPhrasesByChar = CharIndex.byAnyChar(internalPhrases, p -> p);
        knownOrgMaxLength = knownOrgs.stream().mapToInt(String::length).max().orElse(0);
        knownOrgsByFirst = CharIndex.byFirst(knownOrgs, o -> o);
        knownOrgSet = Set.copyOf(knownOrgs);
        placesByFirst = CharIndex.byFirst(places, p -> p);
        placesByLast = CharIndex.byLast(places, p -> p);
        suffixesByFirst = CharIndex.byFirst(suffixes, Suffix::text);
        suffixesByLast = CharIndex.byLast(suffixes, Suffix::text);
        companyWordsByFirst = CharIndex.byFirst(companyWords, w -> w);
        guessPostByFirst = CharIndex.byFirst(guessPost, w -> w);
        guessSpeechByFirst = CharIndex.byFirst(guessSpeech, w -> w);
    }

    private static List<Suffix> loadSuffixes() {
        List<Suffix> sfx = new ArrayList<>();
        for (String line : Lexicon.lines(BASE + "org_suffixes.tsv")) {
            String[] f = line.split("\t");
            List<String> flags = f.length > 3 ? List.of(f[3].split(",")) : List.of();
            sfx.add(new Suffix(f[0], f[1], Integer.parseInt(f[2]), flags.contains("administrative"),
                    flags.contains("proper"), flags.contains("initial")));
        }
        sfx.sort(Comparator.comparingInt((Suffix s) -> -s.text().length()));
        return List.copyOf(sfx);
    }

    private static Map<String, List<String>> fullNames(Map<String, String> pairs) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        pairs.forEach((shortForm, names) -> result.put(shortForm, List.of(names.split("\\|"))));
        return Collections.unmodifiableMap(result);
    }

    private static Map<String, List<String>> shortForms(Map<String, List<String>> aliases) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        aliases.forEach((shortForm, names) -> names.forEach(
                name -> result.computeIfAbsent(name, k -> new ArrayList<>()).add(shortForm)));
        result.replaceAll((name, forms) -> List.copyOf(forms));
        return Collections.unmodifiableMap(result);
    }

    private static List<String> cues(Map<String, String> cues, String kind) {
        List<String> result = new ArrayList<>();
        cues.forEach((cue, kinds) -> {
            if (Arrays.asList(kinds.split(",")).contains(kind)) {
                result.add(cue);
            }
        });
        return longestFirst(result);
    }

    private static List<String> ofKind(Map<String, String> words, String kind) {
        List<String> result = new ArrayList<>();
        words.forEach((word, k) -> {
            if (List.of(k.split(",")).contains(kind)) {
                result.add(word);
            }
        });
        return List.copyOf(result);
    }

    static NameLexicon get() {
        return INSTANCE;
    }

    private static List<String> longestFirst(List<String> entries) {
        List<String> sorted = new ArrayList<>(new LinkedHashSet<>(entries));
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(sorted);
    }

    /** Length of the surname {@code name} starts with (2 for compound surnames), 0 if none. */
    int surname(String name) {
        if (name.length() >= 3 && surnames.contains(name.substring(0, 2))) {
            return 2;
        }
        return !name.isEmpty() && surnames.contains(name.substring(0, 1)) ? 1 : 0;
    }

    boolean isTranslit(char c) {
        return translitChars.indexOf(c) >= 0;
    }

    /** The title ending exactly at {@code end} of {@code text}, or null. */
    String titleEndingAt(String text, int end) {
        if (end <= 0 || end > text.length()) {
            return null;
        }
        List<String> group = titlesByLast.get(text.charAt(end - 1));
        for (int g = 0; g < group.size(); g++) {
            String t = group.get(g);
            if (end >= t.length() && text.startsWith(t, end - t.length())) {
                return t;
            }
        }
        return null;
    }

    /** The title starting exactly at {@code start} of {@code text}, or null. */
    String titleStartingAt(String text, int start) {
        if (start < 0 || start >= text.length()) {
            return null;
        }
        List<String> group = titlesByFirst.get(text.charAt(start));
        for (int g = 0; g < group.size(); g++) {
            String t = group.get(g);
            if (text.startsWith(t, start)) {
                return t;
            }
        }
        return null;
    }

    /**
     * The left-extension stop word ending exactly at {@code end}, or null; a word that begins an
     * organization suffix there is no stop ({@code 组织} in {@code 组织部}).
     */
    String stopWordEndingAt(String text, int end) {
        if (end <= 0 || end > text.length()) {
            return null;
        }
        List<String> group = leftStopWordsByLast.get(text.charAt(end - 1));
        for (int g = 0; g < group.size(); g++) {
            String w = group.get(g);
            int start = end - w.length();
            if (start >= 0 && text.startsWith(w, start) && !beginsSuffix(text, start, w.length())) {
                return w;
            }
        }
        return null;
    }

    private boolean beginsSuffix(String text, int start, int length) {
        List<Suffix> group = suffixesByFirst.get(text.charAt(start));
        for (int g = 0; g < group.size(); g++) {
            Suffix sfx = group.get(g);
            if (sfx.text().length() > length && text.startsWith(sfx.text(), start)) {
                return true;
            }
        }
        return false;
    }

    /** Whether position {@code i} of {@code text} lies inside an internal phrase (人力资源和社会保障). */
    boolean insideInternalPhrase(String text, int i) {
        List<String> group = internalPhrasesByChar.get(text.charAt(i));
        for (int g = 0; g < group.size(); g++) {
            String p = group.get(g);
            for (int from = Math.max(0, i - p.length() + 1); from <= i; from++) {
                if (text.startsWith(p, from)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code candidate} is, or ends with, a known non-organization word. */
    boolean isFalseOrg(String candidate) {
        if (candidate.isEmpty()) {
            return false;
        }
        List<String> group = orgFalseByLast.get(candidate.charAt(candidate.length() - 1));
        for (int g = 0; g < group.size(); g++) {
            String f = group.get(g);
            if (candidate.endsWith(f)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code [start, end)} of {@code text} may be an organization name: it is not, and
     * does not end with, a known non-organization word ({@code 布局}), and no such word crosses
     * its end ({@code 部署}, {@code 大学生}).
     */
    boolean plausibleOrg(String text, int start, int end) {
        if (isFalseOrg(text.substring(start, end))) {
            return false;
        }
        for (int q = end - 1; q >= start && q > end - orgFalseMaxLength; q--) {
            List<String> group = orgFalseByFirst.get(text.charAt(q));
            for (int g = 0; g < group.size(); g++) {
                String f = group.get(g);
                if (f.length() > end - q && text.startsWith(f, q)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Start of a known organization covering position {@code i} ({@code 华为} in 华为技术有限公司), or -1:
     * the leftmost start, found by the first characters before {@code i} (most have no entry).
     */
    int knownOrgStart(String text, int i) {
        for (int from = Math.max(0, i - knownOrgMaxLength + 1); from <= i; from++) {
            List<String> group = knownOrgsByFirst.get(text.charAt(from));
            for (int g = 0; g < group.size(); g++) {
                String org = group.get(g);
                if (from + org.length() > i && text.startsWith(org, from)) {
                    return from;
                }
            }
        }
        return -1;
    }

    /** Length of the place prefix {@code name} starts with (湖南省, 株洲市, 石峰区, 株洲), 0 if none. */
    int placePrefix(String name) {
        for (int len = 2; len <= 4 && len < name.length(); len++) {
            char c = name.charAt(len);
            if ("省市区县州".indexOf(c) >= 0 && len + 1 < name.length()) {
                String head = name.substring(0, len);
                if (places.contains(head) || len <= 3) {
                    return len + 1;
                }
            }
        }
        String p = placeAt(name, 0);
        return p != null && name.length() > p.length() ? p.length() : 0;
    }

    /** The longest known place starting at {@code pos} of {@code text}, or null. */
    String placeAt(String text, int pos) {
        if (pos >= text.length()) {
            return null;
        }
        List<String> group = placesByFirst.get(text.charAt(pos));
        for (int g = 0; g < group.size(); g++) {
            if (text.startsWith(group.get(g), pos)) {
                return group.get(g);
            }
        }
        return null;
    }
}
