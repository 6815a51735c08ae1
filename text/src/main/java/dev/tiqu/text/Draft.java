package dev.tiqu.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An article being assembled: the line numbers of its parts. Mutable, confined to one assembly. */
final class Draft {
    final List<Integer> titles = new ArrayList<>();
    final List<Integer> bylines = new ArrayList<>();
    final List<Integer> body = new ArrayList<>();
    final Set<Integer> subheads = new HashSet<>();
    final List<Integer> captions = new ArrayList<>();
    /** Whether a headline group already gave this draft its title. */
    boolean titledByGroup;
    boolean openedByHeading;
    /** Whether a dateline or continuation marker is in the body. */
    boolean dated;
    int bodyChars;
    /** The bigrams of the body as walked, computed on first use; see {@link ArticleAssembler}. */
    TitleSimilarity.BodyBigrams bigrams;
}
