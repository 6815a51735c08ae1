package dev.tiqu.text;

import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Sentence;
import dev.tiqu.core.text.Span;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The page-level pseudo articles: every non-blank line that no article took (masthead and
 * editor lines, teasers, headlines whose body is on another page, captions with no article),
 * one sentence per line, grouped by {@link Article.Kind}, so that nothing on a page goes unmined.
 */
final class PageLevelLines {

    private PageLevelLines() {
    }

    /**
     * The pseudo articles of the lines not in {@code taken}, numbered from {@code firstIndex},
     * in the order of {@link Article.Kind}.
     */
    static List<Article> articles(PageLines page, boolean[] taken, int firstIndex) {
        Map<Article.Kind, List<Sentence>> byKind = new EnumMap<>(Article.Kind.class);
        for (int i = 0; i < page.size(); i++) {
            TextCleaner.Line line = page.line(i);
            if (taken[i] || line.isBlank() || line.string().isBlank()) {
                continue;
            }
            Article.Kind kind = kind(page.kind(i));
            List<Sentence> sentences = byKind.computeIfAbsent(kind, k -> new ArrayList<>());
            sentences.add(new Sentence(sentences.size(), role(page.kind(i)), line.text()));
        }
        List<Article> out = new ArrayList<>();
        for (Map.Entry<Article.Kind, List<Sentence>> e : byKind.entrySet()) {
            List<Sentence> s = e.getValue();
            Span span = new Span(s.get(0).span().start(), s.get(s.size() - 1).span().end());
            out.add(new Article(firstIndex + out.size(), "", "", span, s, e.getKey()));
        }
        return out;
    }

    private static Article.Kind kind(LineKind line) {
        return switch (line) {
            case FURNITURE -> Article.Kind.MASTHEAD;
            case TEASER -> Article.Kind.TEASERS;
            case CAPTION -> Article.Kind.CAPTIONS;
            default -> Article.Kind.HEADLINES;
        };
    }

    private static Sentence.Role role(LineKind line) {
        return switch (line) {
            case FURNITURE -> Sentence.Role.PAGE;
            case CAPTION -> Sentence.Role.CAPTION;
            case BYLINE, AUTHOR, DATELINE -> Sentence.Role.BYLINE;
            default -> Sentence.Role.TITLE;
        };
    }
}
