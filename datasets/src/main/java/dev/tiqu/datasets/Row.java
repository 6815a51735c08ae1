package dev.tiqu.datasets;

import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Page;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The row being built for one anchor: where the anchor is, the article's mentions by sentence,
 * and the column values found so far (in column order, so a rule's {@code when} can test an
 * earlier column). Mutable, confined to one evaluation.
 */
final class Row {
    final PageText shared;
    final Page page;
    final Article article;
    final int sentence;
    final Located anchor;
    final List<List<Located>> bySentence;
    final Map<String, String> values = new LinkedHashMap<>();

    Row(PageText shared, Article article, int sentence, Located anchor, List<List<Located>> bySentence) {
        this.shared = shared;
        this.page = shared.page;
        this.article = article;
        this.sentence = sentence;
        this.anchor = anchor;
        this.bySentence = bySentence;
    }

    /** The same place in the text, with another mention as the anchor. */
    Row at(Located other) {
        return new Row(shared, article, sentence, other, bySentence);
    }

    /** The text of the anchor's sentence. */
    String text() {
        return article.sentences().get(sentence).text();
    }

    /** Where the anchor's sentence is read from: {@link Reach#WINDOW} characters before the anchor. */
    int windowStart() {
        return Math.max(0, anchor.start() - Reach.WINDOW);
    }

    /** Where the anchor's sentence is read up to: {@link Reach#WINDOW} characters after the anchor. */
    int windowEnd() {
        return Math.min(text().length(), anchor.end() + Reach.WINDOW);
    }

    /**
     * The mentions of sentence {@code s} within reach of the anchor: in its own sentence those
     * starting in its window, in a sentence before the last {@link Reach#WINDOW} characters, in
     * one after the first.
     */
    List<Located> near(int s) {
        List<Located> all = bySentence.get(s);
        int length = article.sentences().get(s).text().length();
        int from = s == sentence ? windowStart() : s < sentence ? length - Reach.WINDOW : 0;
        int to = s == sentence ? windowEnd() : s < sentence ? length : Reach.WINDOW;
        List<Located> out = all.subList(firstStartingAt(all, from), firstStartingAt(all, to + 1));
        shared.work.add(out.size() + 1);
        return out;
    }

    /** Index of the first mention starting at or after {@code offset} (the list is in text order). */
    private static int firstStartingAt(List<Located> list, int offset) {
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
