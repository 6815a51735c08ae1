package dev.tiqu.formats;

import dev.tiqu.core.mention.MentionType;

/** What the HTML pages share: escaping, the inline style sheet, the colour legend. */
final class Html {

    /** Per type: background and underline colours, chosen to stay apart for common colour blindness. */
    private static final String[][] COLOURS = {
        {"DATE", "#d6e9ff", "#2a6fdb"},
        {"MONEY", "#d8f5d0", "#2e8b2e"},
        {"PERCENT", "#fff0c2", "#c98a00"},
        {"QUANTITY", "#f1dcff", "#8a3fc7"},
        {"PERSON", "#ffdcd6", "#d0452f"},
        {"ORGANIZATION", "#d9f3f3", "#14817f"},
    };

    static final String STYLE = style();

    private Html() {
    }

    private static String style() {
        StringBuilder b = new StringBuilder(
                "body{font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"PingFang SC\",\"Microsoft YaHei\","
                + "sans-serif;max-width:60em;margin:1em auto;padding:0 1em;line-height:1.8;color:#222}"
                + "h1{font-size:1.3em}h2{font-size:1.15em;margin:.2em 0}article{border-top:1px solid #ccc;"
                + "padding:.6em 0}p{margin:.3em 0}p.byline{color:#666}p.caption{font-style:italic;color:#555}"
                + ".meta{color:#555}mark.m{padding:0 1px;border-radius:2px;border-bottom:2px solid;cursor:help}"
                + "mark.m mark.m{border-bottom-style:dotted}"
                + ".legend span{display:inline-block;margin:0 .6em .3em 0;padding:0 .4em;border-bottom:2px solid}"
                + "table{border-collapse:collapse;font-size:.9em;margin:.5em 0}td,th{border:1px solid #ccc;"
                + "padding:2px 6px;vertical-align:top}th{background:#eee}td.n{text-align:right}"
                + ":target{outline:3px solid #f90}nav{font-size:.9em}.wide{overflow-x:auto}.wide td{white-space:nowrap}");
        for (String[] c : COLOURS) {
            b.append(".").append(c[0]).append("{background:").append(c[1]).append(";border-bottom-color:")
                    .append(c[2]).append("}");
        }
        return b.toString();
    }

    /** The colour of a type's bar in the index chart. */
    static String strong(MentionType t) {
        for (String[] c : COLOURS) {
            if (c[0].equals(t.name())) {
                return c[2];
            }
        }
        throw new IllegalArgumentException(t.name());
    }

    /** The legend: one swatch per type, in the page's colours. */
    static String legend() {
        StringBuilder b = new StringBuilder("<p class=\"legend\">");
        for (MentionType t : MentionType.values()) {
            b.append("<span class=\"").append(t.name()).append("\">").append(HtmlPage.label(t)).append("</span>");
        }
        return b.append("</p>\n").toString();
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            escape(s.charAt(i), b);
        }
        return b.toString();
    }

    static void escape(char c, StringBuilder b) {
        switch (c) {
            case '&' -> b.append("&amp;");
            case '<' -> b.append("&lt;");
            case '>' -> b.append("&gt;");
            case '"' -> b.append("&quot;");
            case '\'' -> b.append("&#39;");
            default -> b.append(c);
        }
    }
}
