package dev.tiqu.formats;

import dev.tiqu.core.dataset.Dataset;
import dev.tiqu.core.mention.Amount;
import dev.tiqu.core.mention.DateValue;
import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.mention.NameValue;
import dev.tiqu.core.pipeline.DocumentResult;
import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Sentence;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * The HTML view of one document: each article's sentences with their mentions highlighted by
 * type (a tooltip gives the normalized value), then the document's dataset rows, each linking
 * to its sentence. Static and self-contained: the style sheet is inline, there is no script.
 *
 * <p>Every mention becomes a {@code <mark class="m TYPE" data-start data-end>} around its text;
 * a mention inside another is nested in it; one crossing another's end is cut at that end
 * ({@code data-cut}). Example: {@code new HtmlPage(result, datasets).html()}.
 */
final class HtmlPage {

    private final DocumentResult result;
    private final List<Dataset> datasets;
    private final StringBuilder out = new StringBuilder(1 << 16);

    HtmlPage(DocumentResult result, List<Dataset> datasets) {
        this.result = result;
        this.datasets = datasets;
    }

    /** The whole page. */
    String html() {
        String doc = result.page().document().id();
        out.append("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.escape(doc)).append(" · tiqu</title><style>")
                .append(Html.STYLE).append("</style></head><body>\n");
        out.append("<nav><a href=\"index.html\">← all documents</a></nav>\n<h1>").append(Html.escape(doc))
                .append("</h1>\n<p class=\"meta\">publication date: ")
                .append(result.page().publicationDate().isKnown()
                        ? result.page().publicationDate().date().toString() : "unknown")
                .append(" (").append(result.page().publicationDate().source().label()).append(')')
                .append(" · articles: ").append(result.page().articles().size())
                .append(" · mentions: ").append(result.mentions().size()).append("</p>\n");
        out.append(Html.legend());
        for (Article a : result.page().articles()) {
            article(a);
        }
        new HtmlRecords(result, datasets, out).write();
        out.append("</body></html>\n");
        return out.toString();
    }

    private void article(Article a) {
        out.append("<article id=\"a-").append(a.index()).append("\">\n");
        List<Mention> ms = new ArrayList<>();
        for (Mention m : result.mentions()) {
            if (m.article() == a.index()) {
                ms.add(m);
            }
        }
        ms.sort(Mention.DOCUMENT_ORDER);
        List<List<Mention>> bySentence = new ArrayList<>();
        for (int i = 0; i < a.sentences().size(); i++) {
            bySentence.add(new ArrayList<>());
        }
        for (Mention m : ms) {
            bySentence.get(m.sentence()).add(m);
        }
        for (Sentence s : a.sentences()) {
            sentence(a, s, bySentence.get(s.index()));
        }
        out.append("</article>\n");
    }

    private void sentence(Article a, Sentence s, List<Mention> mentions) {
        String tag = s.role() == Sentence.Role.TITLE ? "h2" : "p";
        out.append('<').append(tag).append(" id=\"s-").append(a.index()).append('-').append(s.index())
                .append("\" class=\"").append(s.role().name().toLowerCase(Locale.ROOT)).append("\">");
        String text = result.page().document().text();
        int pos = s.span().start();
        int end = s.span().end();
        Deque<Integer> open = new ArrayDeque<>();
        for (Mention m : mentions) {
            int ms = Math.max(m.span().start(), pos);
            while (!open.isEmpty() && open.peek() <= ms) {
                pos = closeMark(text, pos, open.pop());
            }
            int me = m.span().end();
            boolean cut = !open.isEmpty() && me > open.peek();
            if (cut) {
                me = open.peek();
            }
            if (ms >= me || me > end) {
                continue;
            }
            plain(text, pos, ms);
            pos = ms;
            openMark(m, cut);
            open.push(me);
        }
        while (!open.isEmpty()) {
            pos = closeMark(text, pos, open.pop());
        }
        plain(text, pos, end);
        out.append("</").append(tag).append(">\n");
    }

    private int closeMark(String text, int pos, int markEnd) {
        plain(text, pos, markEnd);
        out.append("</mark>");
        return markEnd;
    }

    private void openMark(Mention m, boolean cut) {
        out.append("<mark class=\"m ").append(m.type().name()).append("\" data-start=\"").append(m.span().start())
                .append("\" data-end=\"").append(m.span().end()).append('"');
        if (cut) {
            out.append(" data-cut=\"true\"");
        }
        out.append(" title=\"").append(Html.escape(tooltip(m))).append("\">");
    }

    /** Original text without line breaks (the cleaned sentence has none either). */
    private void plain(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\r') {
                Html.escape(c, out);
            }
        }
    }

    /** What the tooltip says: the type and the normalized value. */
    static String tooltip(Mention m) {
        return label(m.type()) + ": " + describe(m);
    }

    static String describe(Mention m) {
        if (m.value() instanceof Amount a) {
            StringBuilder b = new StringBuilder(Amount.plain(a.value()));
            if (a.max() != null) {
                b.append(" – ").append(Amount.plain(a.max()));
            }
            b.append(' ').append(a.unit());
            if (!a.per().isEmpty()) {
                b.append(" per ").append(a.per());
            }
            if (!a.qualifier().label().isEmpty()) {
                b.append(" (").append(a.qualifier().label()).append(')');
            }
            if (a.canonicalValue() != null) {
                b.append(" = ").append(a.normalized());
            }
            return b.toString();
        }
        if (m.value() instanceof DateValue d) {
            DateBounds b = DateBounds.of(d);
            return d.iso() + " (" + b.startText() + " to " + b.endText() + ", " + b.granularity() + ")";
        }
        NameValue n = (NameValue) m.value();
        return n.canonical() + (n.role().isEmpty() ? "" : " (" + n.role() + ")");
    }

    static String label(MentionType t) {
        return t.name().charAt(0) + t.name().substring(1).toLowerCase(Locale.ROOT);
    }
}
