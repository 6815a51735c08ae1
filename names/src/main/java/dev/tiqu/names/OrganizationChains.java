package dev.tiqu.names;

import dev.tiqu.names.OrganizationRules.Hit;
import java.util.ArrayList;
import java.util.List;

/**
 * Nested organization names: a unit printed right after the organization it belongs to joins
 * it into one name, and so do a place before a known organization and a branch word after it
 * ({@code org_branches.txt}, {@code places.txt}). Immutable, thread-safe.
 * Example: {@code 共青团 + 江西省委 → 共青团江西省委}, {@code 美国 + 众议院 → 美国众议院}.
 */
final class OrganizationChains {

    private final NameLexicon lex;

    OrganizationChains(NameLexicon lex) {
        this.lex = lex;
    }

    /**
     * Adjacent organizations joined into one when the second is a unit of the first: it starts
     * with a place ({@code 中国银行股份有限公司广东省分行}, {@code 共青团江西省委}) or ends with a
     * branch word ({@code 山东大学经济学院}); a place right before a known organization and a
     * branch word right after it join it too ({@code 美国众议院}, {@code 民革中央}).
     */
    List<Hit> chained(String text, List<Hit> kept) {
        List<Hit> out = new ArrayList<>();
        for (Hit h : kept) {
            Hit prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.end() == h.start() && !prev.kind().equals("ALIAS") && unitOf(h.text())) {
                String joined = text.substring(prev.start(), h.end());
                out.set(out.size() - 1, new Hit(prev.start(), h.end(), joined, joined, h.kind(), false));
            } else if (h.kind().equals("KNOWN")) {
                out.add(withPlace(text, h));
            } else {
                out.add(h);
            }
        }
        return out;
    }

    private boolean unitOf(String second) {
        if (lex.placePrefix(second) > 0 && !second.startsWith("中") && !second.startsWith("国家")
                || OrganizationRules.PLACE_WITH_LEVEL.matcher(second).lookingAt()) {
            return true;
        }
        for (String branch : lex.orgBranches) {
            if (second.endsWith(branch) && second.length() > branch.length()) {
                return true;
            }
        }
        return false;
    }

    private Hit withPlace(String text, Hit known) {
        Hit h = known;
        for (String branch : lex.orgBranches) {
            if (text.startsWith(branch, h.end())) {
                String joined = text.substring(h.start(), h.end() + branch.length());
                h = new Hit(h.start(), h.end() + branch.length(), joined, joined, h.kind(), false);
                break;
            }
        }
        List<String> places = h.start() > 0 ? lex.placesByLast.get(text.charAt(h.start() - 1)) : List.of();
        for (int g = 0; g < places.size(); g++) {
            String place = places.get(g);
            int start = h.start() - place.length();
            if (start >= 0 && text.startsWith(place, start) && (start == 0 || !NameShape.isHan(text.charAt(start - 1)))) {
                String joined = text.substring(start, h.end());
                return new Hit(start, h.end(), joined, joined, h.kind(), false);
            }
        }
        return h;
    }
}
