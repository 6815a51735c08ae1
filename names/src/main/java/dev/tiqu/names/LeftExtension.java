package dev.tiqu.names;

/**
 * Where an organization name ending at a suffix starts: left over Chinese characters and a bracketed
 * place inside the name, up to a stop character, a stop word or a date, over the stop characters of
 * an internal phrase and of a known organization. Immutable, thread-safe.
 * Example: {@code 公司全资子公司华能（酒泉）新能源有限公司 → 华能（酒泉）新能源 before 有限公司}.
 */
final class LeftExtension {

    private final NameLexicon lex;

    LeftExtension(NameLexicon lex) {
        this.lex = lex;
    }

    /** Start of the name ending at {@code i}: left over Han characters up to a stop. */
    int start(String text, int i) {
        int j = i;
        while (j > 0 && i - j < 24) {
            char c = text.charAt(j - 1);
            if (!NameShape.isHan(c)) {
                int open = bracketedPart(text, j);
                if (open < 0) {
                    break;
                }
                j = open;
                continue;
            }
            if (lex.leftStopChars.indexOf(c) >= 0 && !lex.insideInternalPhrase(text, j - 1)
                    || lex.stopWordEndingAt(text, j) != null && !placeAfterLevel(text, j)) {
                int known = lex.knownOrgStart(text, j - 1);
                if (known < 0) {
                    break;
                }
                j = known;
                continue;
            }
            if ("年月日号".indexOf(c) >= 0 && j >= 2 && (Character.isDigit(text.charAt(j - 2))
                    || OrganizationRules.NUMERALS.indexOf(text.charAt(j - 2)) >= 0)) {
                break;
            }
            j--;
        }
        return j;
    }

    /**
     * Where the bracketed part of a name closing right before {@code j} opens, or -1: a place or a
     * line of business of two to six Chinese characters in brackets between two parts of a name
     * ({@code 腾讯科技（深圳）有限公司}, {@code 华能（酒泉）新能源有限公司}, {@code 某某（集团）有限公司}); not a
     * bracket holding other characters, a stop character or nothing before it.
     */
    private int bracketedPart(String text, int j) {
        char close = text.charAt(j - 1);
        char opening = close == '）' ? '（' : close == ')' ? '(' : 0;
        if (opening == 0) {
            return -1;
        }
        int k = j - 2;
        while (k >= 0 && j - 2 - k < 6 && NameShape.isHan(text.charAt(k)) && lex.leftStopChars.indexOf(text.charAt(k)) < 0) {
            k--;
        }
        boolean named = k >= 1 && text.charAt(k) == opening && j - 2 - k >= 2 && NameShape.isHan(text.charAt(k - 1))
                && lex.leftStopChars.indexOf(text.charAt(k - 1)) < 0;
        return named ? k : -1;
    }

    /**
     * Whether the stop word ending at {@code j} is a level character and the first character of a
     * known place ({@code 吉林省长春市}, {@code 湖南省长沙市}: not 省长, the title).
     */
    private boolean placeAfterLevel(String text, int j) {
        return j >= 2 && "省市".indexOf(text.charAt(j - 2)) >= 0 && lex.placeAt(text, j - 1) != null;
    }
}
