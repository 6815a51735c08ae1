package dev.tiqu.names;

import dev.tiqu.core.Lexicon;
import dev.tiqu.names.OrganizationRules.Hit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organizations found by their context rather than a suffix: the members of a coordination list
 * closed by {@code 等N家企业}, {@code N家企业} (or another organization head), a periodical in {@code 《》}
 * ({@code 《求是》杂志}, {@code 《中国青年报》}), a quoted app or platform ({@code “学习强国”平台}) and
 * a Latin-letter name in brackets right after an organization ({@code 汇丰银行（HSBC）}).
 * Words from {@code org_patterns.tsv}. Immutable, thread-safe.
 * Example: {@code 恒达医疗、金鹏精密等2家企业 → 恒达医疗, 金鹏精密}.
 */
final class OrganizationPatterns {

    /** What closes a list before its head: 等 and an optional count, or a count of 家 alone (…、南方阀门3家企业). */
    private static final Pattern LIST_COUNT = Pattern.compile(
            "等[0-9一二三四五六七八九十百几多]*[家个所]?|(?<=[\\p{IsHan}A-Za-z])[0-9一二三四五六七八九十]+家");
    private static final Pattern LATIN_ALIAS = Pattern.compile("\\G[（(]([A-Za-z][A-Za-z&.]{1,11})[）)]");
    private static final Pattern ITEM = Pattern.compile("[\\p{IsHan}A-Za-z0-9]{2,12}");

    private final NameLexicon lex;
    private final List<String> listHeads;
    private final Pattern periodical;
    private final Pattern press;
    private final Pattern platform;

    OrganizationPatterns(NameLexicon lex) {
        this.lex = lex;
        Map<String, String> words = Lexicon.pairs("/dev/tiqu/names/org_patterns.tsv");
        listHeads = kind(words, "list-head");
        periodical = Pattern.compile("《(\\p{IsHan}{2,12})》(?:" + String.join("|", kind(words, "periodical")) + ")");
        press = Pattern.compile("《(\\p{IsHan}{0,11}报)(?<!" + String.join("|", kind(words, "not-press")) + ")》");
        platform = Pattern.compile("“([\\p{IsHan}A-Za-z0-9]{2,10})”(?:" + String.join("|", kind(words, "platform")) + ")");
    }

    private static List<String> kind(Map<String, String> words, String kind) {
        List<String> out = new ArrayList<>();
        words.forEach((w, k) -> {
            if (k.equals(kind)) {
                out.add(w);
            }
        });
        return List.copyOf(out);
    }

    /** Adds the organizations of every pattern in {@code text} to {@code found}. */
    void find(String text, List<Hit> found, OrganizationRules rules, WordMemo words) {
        // a list is closed by 等 or by a count of 家 (LIST_COUNT): without either there is none to scan for
        if (text.indexOf('、') >= 0 && (text.indexOf('等') >= 0 || text.indexOf('家') >= 0)) {
            lists(text, found, rules, words);
        }
        if (text.indexOf('《') >= 0) {
            group(periodical, text, found, "MEDIA");
            group(press, text, found, "MEDIA");
        }
        if (text.indexOf('“') >= 0) {
            group(platform, text, found, "MEDIA");
        }
    }

    private static void group(Pattern p, String text, List<Hit> found, String kind) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            found.add(new Hit(m.start(1), m.end(1), name, name, kind, false));
        }
    }

    /** The items of each list closed by {@code 等} with a count and an organization head. */
    private void lists(String text, List<Hit> found, OrganizationRules rules, WordMemo words) {
        Matcher m = LIST_COUNT.matcher(text);
        while (m.find()) {
            if (!closedByHead(text, m.end())) {
                continue;
            }
            int end = m.start();
            List<int[]> items = new ArrayList<>();
            while (end > 0) {
                int start = end;
                while (start > 0 && isItemChar(text.charAt(start - 1))) {
                    start--;
                }
                if (start > 0 && text.charAt(start - 1) == '、') {
                    items.add(new int[] {start, end});
                    end = start - 1;
                    continue;
                }
                int extended = Math.max(start, rules.leftExtend(text, end));
                int first = end - extended <= 4 ? extended : rules.trimLeadingWords(text, extended, end, words);
                items.add(new int[] {first, end});
                break;
            }
            if (items.size() < 2) {
                continue;
            }
            for (int[] item : items) {
                String name = text.substring(item[0], item[1]);
                if (ITEM.matcher(name).matches() && lex.plausibleOrg(text, item[0], item[1])) {
                    found.add(new Hit(item[0], item[1], name, name, "LIST", false));
                }
            }
        }
    }

    private static boolean isItemChar(char c) {
        return c < 128 ? Character.isLetterOrDigit(c) : Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /**
     * Whether an organization head follows at {@code at}, after at most two modifier characters,
     * and is not the start of a word for people ({@code 企业家}).
     */
    private boolean closedByHead(String text, int at) {
        for (int skip = 0; skip <= 2 && at + skip < text.length(); skip++) {
            if (skip > 0 && "的地".indexOf(text.charAt(at + skip - 1)) >= 0) {
                return false;
            }
            for (String head : listHeads) {
                int after = at + skip + head.length();
                if (text.startsWith(head, at + skip)
                        && (after >= text.length() || "家人者".indexOf(text.charAt(after)) < 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A Latin-letter alias in brackets right after {@code hit} ({@code 汇丰银行（HSBC）}), or null. */
    static Hit latinAlias(String text, Hit hit) {
        Matcher m = LATIN_ALIAS.matcher(text);
        m.region(hit.end(), text.length());
        if (!m.lookingAt()) {
            return null;
        }
        return new Hit(m.start(1), m.end(1), m.group(1), m.group(1), "LATIN", false);
    }
}
