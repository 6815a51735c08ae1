package dev.tiqu.names;

import dev.tiqu.core.Lexicon;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls a {@link NameRecognizer} on pieces of bounded length, so that the backend's work grows
 * linearly with the text: a text longer than {@code max-piece} ({@code recognition.tsv}) is cut
 * at the last clause mark ({@code ，；：、} or a space) before the limit, or at the limit when
 * there is none, and the pieces' spans are shifted back to offsets in the whole text.
 * Stateless and thread-safe. Example: a 30,000-character comma list is recognized in about 120
 * calls of at most 256 characters, each span with its offset in the list.
 */
final class BoundedRecognition {

    /** The longest text passed to the backend in one call. */
    static final int MAX_PIECE = Integer.parseInt(Lexicon.pairs("/dev/tiqu/names/recognition.tsv").get("max-piece"));
    private static final String CLAUSE_MARKS = "，,；;：:、 　";

    private BoundedRecognition() {
    }

    /**
     * The recognizer's analysis of {@code text}, from calls of at most {@link #MAX_PIECE}
     * characters: the spans shifted to offsets in {@code text}, the pieces' words in order (none
     * when a piece yields none, so that the rules segment on their own).
     */
    static Analysis analyze(NameRecognizer recognizer, String text) {
        if (text.length() <= MAX_PIECE) {
            return recognizer.analyze(text);
        }
        List<NamedSpan> spans = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        boolean everyPieceHasWords = true;
        int from = 0;
        while (from < text.length()) {
            int to = cut(text, from);
            Analysis piece = recognizer.analyze(text.substring(from, to));
            for (NamedSpan s : piece.names()) {
                spans.add(new NamedSpan(s.type(), s.start() + from, s.end() + from));
            }
            everyPieceHasWords &= !piece.words().isEmpty();
            words.addAll(piece.words());
            from = to;
        }
        return new Analysis(spans, everyPieceHasWords ? words : List.of());
    }

    /** The end of the piece starting at {@code from}: after the last clause mark within the limit. */
    static int cut(String text, int from) {
        int limit = from + MAX_PIECE;
        if (limit >= text.length()) {
            return text.length();
        }
        for (int i = limit - 1; i > from + MAX_PIECE / 2; i--) {
            if (CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }
}
