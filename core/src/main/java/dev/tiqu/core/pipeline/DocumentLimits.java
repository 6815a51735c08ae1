package dev.tiqu.core.pipeline;

import dev.tiqu.core.Lexicon;
import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Sentence;
import dev.tiqu.core.text.Span;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Bounds on the work one document may cause, applied by {@link Pipeline} after segmentation and
 * before the extractors, so that a pathological page costs time in proportion to its length.
 *
 * <p>Contract: a sentence longer than {@code maxSentenceChars} is cut into consecutive pieces of
 * at most that many characters, each ending after the last comma, semicolon, enumeration comma
 * or space of its window when there is one in the window's second half (otherwise at the limit,
 * never inside a surrogate pair); an article whose sentences hold more than {@code
 * maxArticleChars} characters is split at sentence boundaries into continuation articles that
 * keep its title and byline. Nothing is dropped: every character still reaches the extractors,
 * and all offsets still point into the original. A document still being processed after {@code
 * timeout} fails with {@link DocumentTimeoutException} (checked between articles and stages).
 * The defaults, and why, are in {@code /dev/tiqu/core/limits.txt}. Immutable.
 * Example: {@code DocumentLimits.defaults().withTimeout(Duration.ofSeconds(30))}.
 *
 * @param maxSentenceChars longest sentence handed to an extractor, at least 16
 * @param maxArticleChars  most characters of sentences in one article, at least {@code maxSentenceChars}
 * @param timeout          time one document may take, positive
 */
public record DocumentLimits(int maxSentenceChars, int maxArticleChars, Duration timeout) {

    private static final String RESOURCE = "/dev/tiqu/core/limits.txt";
    private static final String CUT_AFTER = "，,；;、 \u3000";

    public DocumentLimits {
        if (maxSentenceChars < 16 || maxArticleChars < maxSentenceChars) {
            throw new IllegalArgumentException("invalid limits: sentence " + maxSentenceChars + ", article "
                    + maxArticleChars);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive: " + timeout);
        }
    }

    /** The default limits, read from {@code /dev/tiqu/core/limits.txt}. */
    public static DocumentLimits defaults() {
        Map<String, String> p = Lexicon.pairs(RESOURCE);
        return new DocumentLimits(Integer.parseInt(p.get("max_sentence_chars")),
                Integer.parseInt(p.get("max_article_chars")),
                Duration.ofSeconds(Long.parseLong(p.get("timeout_seconds"))));
    }

    /** These limits with another timeout. */
    public DocumentLimits withTimeout(Duration newTimeout) {
        return new DocumentLimits(maxSentenceChars, maxArticleChars, newTimeout);
    }

    /**
     * The articles with long sentences cut and long articles split, renumbered in order; the
     * same list when nothing exceeds the limits.
     */
    public List<Article> apply(List<Article> articles) {
        if (articles.stream().allMatch(this::within)) {
            return articles;
        }
        List<Article> out = new ArrayList<>();
        for (Article a : articles) {
            if (within(a)) {
                out.add(new Article(out.size(), a.title(), a.byline(), a.span(), a.sentences()));
            } else {
                split(a, out);
            }
        }
        return out;
    }

    private boolean within(Article a) {
        int chars = 0;
        for (Sentence s : a.sentences()) {
            if (s.text().length() > maxSentenceChars) {
                return false;
            }
            chars += s.text().length();
        }
        return chars <= maxArticleChars;
    }

    /** Adds {@code a} to {@code out} as one or more articles of cut sentences. */
    private void split(Article a, List<Article> out) {
        List<Sentence> part = new ArrayList<>();
        int partChars = 0;
        for (Sentence s : a.sentences()) {
            for (Sentence piece : cut(s)) {
                if (partChars + piece.text().length() > maxArticleChars && !part.isEmpty()) {
                    out.add(article(out.size(), a, part));
                    part = new ArrayList<>();
                    partChars = 0;
                }
                part.add(new Sentence(part.size(), piece.role(), piece.aligned()));
                partChars += piece.text().length();
            }
        }
        out.add(article(out.size(), a, part));
    }

    /** {@code s} in pieces of at most {@code maxSentenceChars}. */
    List<Sentence> cut(Sentence s) {
        String text = s.text();
        if (text.length() <= maxSentenceChars) {
            return List.of(s);
        }
        List<Sentence> pieces = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + maxSentenceChars);
            if (end < text.length()) {
                end = cutPoint(text, start, end);
            }
            pieces.add(new Sentence(s.index(), s.role(), s.aligned().subSequence(start, end)));
            start = end;
        }
        return pieces;
    }

    private int cutPoint(String text, int start, int end) {
        for (int i = end; i > start + maxSentenceChars / 2; i--) {
            if (CUT_AFTER.indexOf(text.charAt(i - 1)) >= 0) {
                return i;
            }
        }
        return Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
    }

    private static Article article(int index, Article from, List<Sentence> sentences) {
        int start = Integer.MAX_VALUE;
        int end = 0;
        for (Sentence s : sentences) {
            start = Math.min(start, s.span().start());
            end = Math.max(end, s.span().end());
        }
        Span span = start <= end ? new Span(start, end) : from.span();
        return new Article(index, from.title(), from.byline(), span, sentences);
    }
}
