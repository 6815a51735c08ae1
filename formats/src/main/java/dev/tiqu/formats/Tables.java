package dev.tiqu.formats;

import dev.tiqu.core.dataset.Dataset;
import dev.tiqu.core.dataset.Record;
import dev.tiqu.core.mention.Amount;
import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.NameValue;
import dev.tiqu.core.pipeline.DocumentResult;
import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Page;
import dev.tiqu.core.text.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of tiqu's CSV tables and how a result becomes rows. The first columns of each
 * header are a contract: later versions only append columns.
 */
public final class Tables {

    public static final List<String> ARTICLE_COLUMNS = List.of(
            "doc", "article", "title", "byline", "publication_date", "start", "end",
            "publication_date_source", "headline", "sentences", "kind");

    public static final List<String> MENTION_COLUMNS = List.of(
            "doc", "article", "type", "text", "value", "value_max", "unit", "per", "qualifier",
            "normalized", "start", "end", "sentence", "role", "canonical_value", "canonical_unit", "source");

    private Tables() {
    }

    public static List<List<String>> articleRows(DocumentResult result) {
        Page page = result.page();
        String date = page.publicationDate().isKnown() ? page.publicationDate().date().toString() : "";
        List<List<String>> rows = new ArrayList<>();
        for (Article a : page.articles()) {
            rows.add(List.of(page.document().id(), Integer.toString(a.index()), a.title(), a.byline(), date,
                    Integer.toString(a.span().start()), Integer.toString(a.span().end()),
                    page.publicationDate().source().label(), a.headline(), Integer.toString(a.sentences().size()),
                    a.kind().label()));
        }
        return rows;
    }

    public static List<List<String>> mentionRows(DocumentResult result) {
        Page page = result.page();
        List<List<String>> rows = new ArrayList<>();
        for (Mention m : result.mentions()) {
            Sentence sentence = page.articles().get(m.article()).sentences().get(m.sentence());
            String value = "", max = "", unit = "", per = "", qualifier = "", role = "", cv = "", cu = "";
            if (m.value() instanceof Amount a) {
                value = Amount.plain(a.value());
                max = Amount.plain(a.max());
                unit = a.unit();
                per = a.per();
                qualifier = a.qualifier().label();
                cv = Amount.plain(a.canonicalValue());
                cu = a.canonicalUnit();
            } else if (m.value() instanceof NameValue n) {
                role = n.role();
            }
            rows.add(List.of(page.document().id(), Integer.toString(m.article()), m.type().name(),
                    m.text(), value, max, unit, per, qualifier, m.value().normalized(),
                    Integer.toString(m.span().start()), Integer.toString(m.span().end()), sentence.text(),
                    role, cv, cu, m.source()));
        }
        return rows;
    }

    public static List<List<String>> datasetRows(Dataset dataset, DocumentResult result) {
        List<List<String>> rows = new ArrayList<>();
        for (Record r : result.records().getOrDefault(dataset.name(), List.of())) {
            List<String> row = new ArrayList<>(dataset.columns().size());
            for (String c : dataset.columns()) {
                row.add(r.get(c));
            }
            rows.add(row);
        }
        return rows;
    }
}
