package dev.tiqu.formats;

import dev.tiqu.core.dataset.Dataset;
import dev.tiqu.core.dataset.Record;
import dev.tiqu.core.mention.Amount;
import dev.tiqu.core.mention.DateValue;
import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.mention.NameValue;
import dev.tiqu.core.mention.Qualifier;
import dev.tiqu.core.mention.Value;
import dev.tiqu.core.pipeline.DocumentResult;
import dev.tiqu.core.text.AlignedText;
import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Document;
import dev.tiqu.core.text.Page;
import dev.tiqu.core.text.PublicationDate;
import dev.tiqu.core.text.Sentence;
import dev.tiqu.core.text.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-made results on short texts (a city announcement, a company notice, a court notice): one
 * article per text, the first line its title, sentences ending at 。, mentions placed by their
 * surface so that every span is checked against the text.
 */
final class Fixture {

    static final String SUBSIDY_TEXT = "成都市人社局发布稳岗补贴公告\n"
            + "2025年3月1日至3月31日，成都市对参保企业发放稳岗补贴，每人每月300元，共计1.25亿元。\n"
            + "补贴比例较去年提高12.5%，惠及企业约4.6万家，局长王建国表示将加快拨付。";

    /** A dataset with key columns after long text, as a definition file may order them. */
    static final Dataset SUBSIDY = new Dataset() {
        @Override
        public String name() {
            return "subsidy";
        }

        @Override
        public List<String> columns() {
            return List.of("doc", "article", "publication_date", "sentence", "item", "amount_yuan", "code", "start", "end");
        }

        @Override
        public List<Record> build(Page page, List<Mention> mentions) {
            throw new UnsupportedOperationException("rows are given by the fixture");
        }
    };

    private Fixture() {
    }

    /** The subsidy announcement with its mentions and one dataset row. */
    static DocumentResult subsidy() {
        String t = SUBSIDY_TEXT;
        Page page = page("cd-2025-03.txt", t, LocalDate.of(2025, 3, 2));
        List<Mention> ms = new ArrayList<>();
        ms.add(mention(page, MentionType.ORGANIZATION, "成都市人社局", new NameValue("成都市人力资源和社会保障局", "")));
        ms.add(mention(page, MentionType.DATE, "2025年3月1日至3月31日", new DateValue("2025-03-01/2025-03-31")));
        ms.add(mention(page, MentionType.MONEY, "每人每月300元",
                new Amount(new BigDecimal("300"), null, "CNY", "人/月", Qualifier.NONE, null, "")));
        ms.add(mention(page, MentionType.MONEY, "1.25亿元", Amount.of(new BigDecimal("1.25E+8"), "CNY")));
        ms.add(mention(page, MentionType.PERCENT, "12.5%", Amount.of(new BigDecimal("12.5"), "%")));
        ms.add(mention(page, MentionType.QUANTITY, "约4.6万家",
                Amount.of(new BigDecimal("46000"), "家").withQualifier(Qualifier.APPROX)));
        ms.add(mention(page, MentionType.PERSON, "王建国", new NameValue("王建国", "局长")));
        ms.sort(Mention.DOCUMENT_ORDER);
        Sentence s = page.articles().get(0).sentences().get(1);
        Map<String, String> row = new LinkedHashMap<>();
        row.put("doc", page.document().id());
        row.put("article", "0");
        row.put("publication_date", "2025-03-02");
        row.put("sentence", s.text());
        row.put("item", "稳岗补贴");
        row.put("amount_yuan", "300");
        row.put("code", "007");
        int start = t.indexOf("每人每月300元");
        row.put("start", Integer.toString(start));
        row.put("end", Integer.toString(start + "每人每月300元".length()));
        Map<String, List<Record>> records = new LinkedHashMap<>();
        records.put("subsidy", List.of(new Record("subsidy", row)));
        return new DocumentResult(page, ms, records, Map.of());
    }

    /** A page of one article: the first line is its title, the rest sentences ending at 。. */
    static Page page(String id, String text, LocalDate date) {
        AlignedText all = AlignedText.of(text);
        List<Sentence> sentences = new ArrayList<>();
        int title = text.indexOf('\n');
        sentences.add(new Sentence(0, Sentence.Role.TITLE, all.subSequence(0, title)));
        int from = title + 1;
        while (from < text.length()) {
            int stop = text.indexOf('。', from);
            int end = stop < 0 ? text.length() : stop + 1;
            sentences.add(new Sentence(sentences.size(), Sentence.Role.BODY, all.subSequence(from, end)));
            from = end;
            while (from < text.length() && text.charAt(from) == '\n') {
                from++;
            }
        }
        Article a = new Article(0, text.substring(0, title), "", new Span(title + 1, text.length()), sentences);
        return new Page(new Document(id, text, PublicationDate.given(date)), PublicationDate.given(date), List.of(a));
    }

    /** A mention at the first occurrence of {@code surface}, in the sentence that holds it. */
    static Mention mention(Page page, MentionType type, String surface, Value value) {
        String text = page.document().text();
        int start = text.indexOf(surface);
        if (start < 0) {
            throw new IllegalArgumentException("not in the text: " + surface);
        }
        Span span = new Span(start, start + surface.length());
        for (Sentence s : page.articles().get(0).sentences()) {
            if (s.span().contains(span)) {
                return new Mention(type, span, surface, value, 0, s.index(), "fixture");
            }
        }
        throw new IllegalArgumentException("crosses sentences: " + surface);
    }
}
