package dev.tiqu.names;

import dev.tiqu.names.Word.PartOfSpeech;
import java.util.List;

/**
 * Names whose parts are joined by a name dot, read over the backend's words: transliterated
 * foreign names and the names of Uyghur and other minority persons ({@code 吕克·贝松},
 * {@code 费萨尔·本·法尔汉}, {@code 买买提·吐尔逊}). Chinese names never hold a dot, so such a name
 * is a person unless a part is an ordinary word or a known place ({@code “点燃希望·爱心前行”},
 * {@code 中国·岳阳}), or it stands inside quotes or a title. Immutable and thread-safe.
 * Example: {@code 法国导演吕克·贝松携新片 → 吕克·贝松}.
 */
final class DottedNames {

    /** The longest part of a dotted name in characters ({@code 马斯卡特}, {@code 阿卜杜拉}). */
    private static final int MAX_PART = 5;

    private final NameLexicon lex;

    DottedNames(NameLexicon lex) {
        this.lex = lex;
    }

    /** Adds the dotted names of {@code text} to {@code hits}, replacing hits inside them ({@code 吕克}). */
    void dotted(String text, List<PersonRules.Hit> hits, List<int[]> orgs, WordMemo memo) {
        int dot = firstDot(text, 0);
        if (dot < 0) {
            return;
        }
        List<Word> words = memo.of(text, 0, text.length());
        int[] starts = new int[words.size() + 1];
        for (int k = 0; k < words.size(); k++) {
            starts[k + 1] = starts[k] + words.get(k).text().length();
        }
        while (dot >= 0) {
            int next = dotted(text, dot, words, starts, memo, hits, orgs);
            dot = firstDot(text, Math.max(next, dot + 1));
        }
    }

    /** The name around the dot at {@code dot}, added when it is one; returns where to look next. */
    private int dotted(String text, int dot, List<Word> words, int[] starts, WordMemo memo,
            List<PersonRules.Hit> hits, List<int[]> orgs) {
        int k = wordAt(starts, dot);
        if (k < 0 || quoted(text, dot)) {
            return dot + 1;
        }
        boolean trailing = starts[k] < dot && dot == starts[k + 1] - 1;
        if (starts[k] < dot && !trailing) {
            return wholeWord(text, words, starts, k, memo, hits, orgs);
        }
        int first = trailing ? k : k - 1;
        if (first < 0 || k + 1 >= words.size()) {
            return dot + 1;
        }
        while (first > 0 && dot - starts[first - 1] <= MAX_PART && foreignLeft(words.get(first - 1))) {
            first--;
        }
        int start = starts[first];
        int end = dot;
        int w = k;
        boolean named = namePart(text.substring(start, dot), memo);
        while (named && w + 1 < words.size() && endsWithDot(words.get(w).text())) {
            int partStart = starts[w + 1];
            int last = w + 1;
            while (last + 1 < words.size() && starts[last + 2] - partStart <= MAX_PART
                    && continuesPart(words.get(last + 1))) {
                last++;
            }
            end = starts[last + 1];
            named = namePart(text.substring(partStart, end), memo);
            w = last + 1;
        }
        if (named && end > dot) {
            add(text, start, end, hits, orgs);
        }
        return end;
    }

    /** A person name the backend gave as one word with its dots ({@code 凯文·马斯卡特}). */
    private int wholeWord(String text, List<Word> words, int[] starts, int k, WordMemo memo,
            List<PersonRules.Hit> hits, List<int[]> orgs) {
        Word word = words.get(k);
        int end = starts[k + 1];
        int first = k;
        while (first > 0 && firstDot(text, starts[first]) - starts[first - 1] <= MAX_PART
                && foreignLeft(words.get(first - 1))) {
            first--;
        }
        int start = starts[first];
        if (word.partOfSpeech() != PartOfSpeech.PERSON_NAME) {
            return end;
        }
        for (String part : text.substring(start, end).split("[·•・]", -1)) {
            if (!namePart(part, memo)) {
                return end;
            }
        }
        add(text, start, end, hits, orgs);
        return end;
    }

    private static void add(String text, int start, int end, List<PersonRules.Hit> hits, List<int[]> orgs) {
        if (overlaps(orgs, start, end)) {
            return;
        }
        hits.removeIf(h -> h.start() >= start && h.end() <= end);
        if (!NameShape.covered(hits, start, end)) {
            hits.add(new PersonRules.Hit(start, end, text.substring(start, end), "", true));
        }
    }

    /** A part of the name: Han characters, not one ordinary word of the dictionary, not a known place. */
    private boolean namePart(String part, WordMemo memo) {
        if (part.isEmpty() || part.length() > MAX_PART || lex.places.contains(part) || "中国".equals(part)) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            if (!isHan(part.charAt(i))) {
                return false;
            }
        }
        return part.length() == 1 || !memo.ordinary(part) || part.chars().allMatch(c -> lex.isTranslit((char) c));
    }

    /** A word before the first part that belongs to it: a person name or transliteration characters only ({@code 米哈}). */
    private boolean foreignLeft(Word w) {
        return w.partOfSpeech() == PartOfSpeech.PERSON_NAME || w.text().chars().allMatch(c -> lex.isTranslit((char) c));
    }

    /**
     * A word after a part's first word that continues it: a person name, or a single character
     * with no function tag (not 已, 和, 携).
     */
    private static boolean continuesPart(Word w) {
        PartOfSpeech tag = w.partOfSpeech();
        return tag == PartOfSpeech.PERSON_NAME
                || w.text().length() == 1 && isHan(w.text().charAt(0)) && tag == PartOfSpeech.OTHER;
    }

    /** The index of the word holding {@code pos}. */
    private static int wordAt(int[] starts, int pos) {
        for (int k = 0; k + 1 < starts.length; k++) {
            if (starts[k] <= pos && pos < starts[k + 1]) {
                return k;
            }
        }
        return -1;
    }

    /** Whether {@code pos} stands inside an open quote or title mark ({@code “点燃希望·爱心前行”}, {@code 《…》}). */
    private static boolean quoted(String text, int pos) {
        int open = 0;
        for (int i = 0; i < pos; i++) {
            char c = text.charAt(i);
            open += c == '“' || c == '《' ? 1 : c == '”' || c == '》' ? -1 : 0;
        }
        return open > 0;
    }

    private static boolean overlaps(List<int[]> orgs, int start, int end) {
        for (int[] o : orgs) {
            if (o[0] < end && start < o[1]) {
                return true;
            }
        }
        return false;
    }

    private static int firstDot(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (isDot(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean endsWithDot(String s) {
        return !s.isEmpty() && isDot(s.charAt(s.length() - 1));
    }

    private static boolean isDot(char c) {
        return c == '·' || c == '•' || c == '・';
    }

    private static boolean isHan(char c) {
        return NameShape.isHan(c);
    }
}
