package dev.tiqu.datasets;

import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Page;
import dev.tiqu.core.text.Sentence;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the rows of one page share: the page, the work count, and the text of each article and
 * of the whole page (sentences joined by line breaks), built once and not once per row.
 * Example: {@code article(a)} is {@code 第一句。\n第二句。\n}. Confined to one build.
 */
final class PageText {

    final Page page;
    final WorkCount work;
    private final Map<Integer, Joined> articles = new HashMap<>();
    private Joined whole;

    PageText(Page page, WorkCount work) {
        this.page = page;
        this.work = work;
    }

    /** The article's sentences joined, with where each starts. */
    Joined article(Article article) {
        return articles.computeIfAbsent(article.index(), i -> join(List.of(article)));
    }

    /** The page's sentences joined, with where each starts. */
    Joined page() {
        if (whole == null) {
            whole = join(page.articles());
        }
        return whole;
    }

    private Joined join(List<Article> list) {
        StringBuilder sb = new StringBuilder();
        Map<Long, Integer> starts = new HashMap<>();
        for (Article a : list) {
            for (Sentence s : a.sentences()) {
                starts.put(key(a.index(), s.index()), sb.length());
                sb.append(s.text()).append('\n');
            }
        }
        work.add(sb.length());
        return new Joined(sb.toString(), starts);
    }

    private static long key(int article, int sentence) {
        return ((long) article << 32) | (sentence & 0xffffffffL);
    }

    /** Joined text and the offset where each (article, sentence) begins in it. */
    record Joined(String text, Map<Long, Integer> starts) {
        /** Where the sentence begins, or -1 if it is not part of this text. */
        int start(int article, int sentence) {
            return starts.getOrDefault(key(article, sentence), -1);
        }
    }
}
