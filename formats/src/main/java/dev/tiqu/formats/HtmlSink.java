package dev.tiqu.formats;

import dev.tiqu.core.dataset.Dataset;
import dev.tiqu.core.dataset.Record;
import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.pipeline.DocumentResult;
import dev.tiqu.core.pipeline.ResultSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The HTML report of a run, in the folder {@code report/}: one static page per document with
 * its mentions highlighted by type (see {@link HtmlPage}) and an {@code index.html} with the
 * counts by type and dataset per document, the totals and a small bar chart.
 *
 * <p>Self-contained: no script, no network, styles inline; open {@code report/index.html} in any
 * browser. Pages are written as documents arrive; the index on {@link #close()}.
 * Example: {@code try (HtmlSink h = new HtmlSink(dir, datasets)) { h.accept(result); }}
 */
public final class HtmlSink implements ResultSink {

    /** The folder of the report, inside the output folder. */
    public static final String FOLDER = "report";

    /** Longest part of a document's name kept in its page's file name. */
    private static final int NAME_CHARS = 60;

    /** One line of the index. */
    private record Entry(String doc, String file, int articles, long[] byType, int[] byDataset) {
    }

    private final Path dir;
    private final List<Dataset> datasets;
    private final List<Entry> entries = new ArrayList<>();

    /** A report in {@code dir/report} ({@code dir} must exist). */
    public HtmlSink(Path dir, List<Dataset> datasets) throws IOException {
        this.dir = Files.createDirectories(dir.resolve(FOLDER));
        this.datasets = List.copyOf(datasets);
    }

    @Override
    public void accept(DocumentResult result) throws IOException {
        String doc = result.page().document().id();
        String file = String.format(Locale.ROOT, "%05d_%s.html", entries.size() + 1, safe(doc));
        Files.writeString(dir.resolve(file), new HtmlPage(result, datasets).html(), StandardCharsets.UTF_8);
        long[] byType = new long[MentionType.values().length];
        for (Mention m : result.mentions()) {
            byType[m.type().ordinal()]++;
        }
        int[] byDataset = new int[datasets.size()];
        for (int i = 0; i < datasets.size(); i++) {
            byDataset[i] = result.records().getOrDefault(datasets.get(i).name(), List.<Record>of()).size();
        }
        entries.add(new Entry(doc, file, result.page().articles().size(), byType, byDataset));
    }

    /** A file-name-safe form of a document name: letters, digits, {@code .-_}, at most 60 of them. */
    static String safe(String doc) {
        String s = doc.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return s.length() > NAME_CHARS ? s.substring(0, NAME_CHARS) : s;
    }

    @Override
    public void close() throws IOException {
        long[] types = new long[MentionType.values().length];
        long[] rows = new long[datasets.size()];
        for (Entry e : entries) {
            for (int i = 0; i < types.length; i++) {
                types[i] += e.byType()[i];
            }
            for (int i = 0; i < rows.length; i++) {
                rows[i] += e.byDataset()[i];
            }
        }
        StringBuilder b = new StringBuilder(4096 + entries.size() * 256);
        b.append("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>tiqu report</title><style>")
                .append(Html.STYLE).append("</style></head><body>\n<h1>tiqu report</h1>\n<p class=\"meta\">")
                .append(entries.size()).append(" documents · ").append(sum(types)).append(" mentions · ")
                .append(sum(rows)).append(" dataset rows</p>\n");
        b.append(chart(types, rows));
        b.append(Html.legend());
        table(b);
        b.append("</body></html>\n");
        Files.writeString(dir.resolve("index.html"), b.toString(), StandardCharsets.UTF_8);
    }

    private void table(StringBuilder b) {
        b.append("<table id=\"documents\"><tr><th>document</th><th>articles</th>");
        for (MentionType t : MentionType.values()) {
            b.append("<th class=\"").append(t.name()).append("\">").append(HtmlPage.label(t)).append("</th>");
        }
        for (Dataset d : datasets) {
            b.append("<th>").append(Html.escape(d.name())).append("</th>");
        }
        b.append("</tr>\n");
        for (Entry e : entries) {
            b.append("<tr><td><a href=\"").append(Html.escape(e.file())).append("\">").append(Html.escape(e.doc()))
                    .append("</a></td><td class=\"n\">").append(e.articles()).append("</td>");
            for (long n : e.byType()) {
                b.append("<td class=\"n\">").append(n).append("</td>");
            }
            for (int n : e.byDataset()) {
                b.append("<td class=\"n\">").append(n).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n");
    }

    /** A horizontal bar chart (inline SVG) of the mentions by type and the rows by dataset. */
    private String chart(long[] types, long[] rows) {
        int bars = types.length + rows.length;
        int barHeight = 22;
        long max = 1;
        for (long n : types) {
            max = Math.max(max, n);
        }
        for (long n : rows) {
            max = Math.max(max, n);
        }
        StringBuilder b = new StringBuilder("<svg id=\"chart\" role=\"img\" aria-label=\"counts\" width=\"640\" height=\"")
                .append(bars * barHeight + 8).append("\" font-size=\"13\">");
        for (int i = 0; i < bars; i++) {
            boolean type = i < types.length;
            long n = type ? types[i] : rows[i - types.length];
            String label = type ? HtmlPage.label(MentionType.values()[i]) : datasets.get(i - types.length).name();
            String colour = type ? Html.strong(MentionType.values()[i]) : "#777";
            int y = i * barHeight + 4;
            long w = Math.round(440.0 * n / max);
            b.append("<text x=\"0\" y=\"").append(y + 15).append("\">").append(Html.escape(label)).append("</text>")
                    .append("<rect x=\"120\" y=\"").append(y + 2).append("\" width=\"").append(w)
                    .append("\" height=\"16\" fill=\"").append(colour).append("\"><title>").append(n)
                    .append("</title></rect><text x=\"").append(126 + w).append("\" y=\"").append(y + 15)
                    .append("\">").append(n).append("</text>");
        }
        return b.append("</svg>\n").toString();
    }

    private static long sum(long[] values) {
        long s = 0;
        for (long v : values) {
            s += v;
        }
        return s;
    }
}
