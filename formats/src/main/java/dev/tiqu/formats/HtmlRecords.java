package dev.tiqu.formats;

import dev.tiqu.core.dataset.Dataset;
import dev.tiqu.core.dataset.Record;
import dev.tiqu.core.pipeline.DocumentResult;
import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Sentence;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The dataset rows of one document as HTML tables, key columns first; the {@code sentence}
 * column becomes a link to the sentence in the page (found by the row's article and start offset),
 * with the sentence as its tooltip.
 */
final class HtmlRecords {

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?");

    private final DocumentResult result;
    private final List<Dataset> datasets;
    private final StringBuilder out;

    HtmlRecords(DocumentResult result, List<Dataset> datasets, StringBuilder out) {
        this.result = result;
        this.datasets = datasets;
        this.out = out;
    }

    void write() {
        for (Dataset d : datasets) {
            List<Record> records = result.records().getOrDefault(d.name(), List.of());
            out.append("<section class=\"dataset\" id=\"d-").append(Html.escape(d.name())).append("\"><h2>")
                    .append(Html.escape(d.name())).append(" (").append(records.size()).append(" rows)</h2>\n");
            if (!records.isEmpty()) {
                table(d, records);
            }
            out.append("</section>\n");
        }
    }

    private void table(Dataset d, List<Record> records) {
        List<String> columns = d.columns();
        int[] order = Tables.keyColumnsFirst(columns);
        out.append("<div class=\"wide\"><table><tr>");
        for (int i : order) {
            out.append("<th>").append(Html.escape(columns.get(i))).append("</th>");
        }
        out.append("</tr>\n");
        for (Record r : records) {
            out.append("<tr>");
            for (int i : order) {
                String c = columns.get(i);
                String v = r.get(c);
                String anchor = "sentence".equals(c) ? sentenceAnchor(r) : null;
                out.append(NUMBER.matcher(v).matches() ? "<td class=\"n\">" : "<td>");
                if (anchor != null) {
                    out.append("<a class=\"row-link\" href=\"#").append(anchor).append("\" title=\"")
                            .append(Html.escape(v)).append("\">→ sentence</a>");
                } else {
                    out.append(Html.escape(v));
                }
                out.append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</table></div>\n");
    }

    /** The id of the sentence a row comes from: the one of its article containing its start offset. */
    private String sentenceAnchor(Record r) {
        try {
            int article = Integer.parseInt(r.get("article"));
            int start = Integer.parseInt(r.get("start"));
            if (article < 0 || article >= result.page().articles().size()) {
                return null;
            }
            Article a = result.page().articles().get(article);
            for (Sentence s : a.sentences()) {
                if (s.span().start() <= start && start < s.span().end()) {
                    return "s-" + article + "-" + s.index();
                }
            }
            return null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
