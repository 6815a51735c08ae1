package dev.tiqu.formats;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.tiqu.core.dataset.Record;
import dev.tiqu.core.mention.Amount;
import dev.tiqu.core.mention.DateValue;
import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.NameValue;
import dev.tiqu.core.pipeline.DocumentResult;
import dev.tiqu.core.pipeline.ResultSink;
import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Page;
import dev.tiqu.core.text.Sentence;
import dev.tiqu.core.text.Span;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * JSON Lines output ({@code tiqu.jsonl}): one JSON object per document and line, with its
 * articles and sentences, its mentions (span, sentence, typed value) and its dataset records.
 *
 * <p>The format is described by the JSON Schema {@link #SCHEMA} (shipped in this jar and in the
 * repository); numbers are JSON numbers at full precision, never with an exponent; spans are
 * half-open offsets into the original decoded file. Example line (shortened):
 * {@code {"doc":"p1.txt","mentions":[{"type":"MONEY","start":5,"end":12,"value":{"kind":"amount","value":28495290,"unit":"CNY"}}]}}
 */
public final class JsonLinesSink implements ResultSink {

    /** The file this sink writes. */
    public static final String FILE = "tiqu.jsonl";
    /** The classpath resource of the JSON Schema of one line. */
    public static final String SCHEMA = "/dev/tiqu/formats/tiqu-jsonl.schema.json";

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final OutputStream out;

    /** Creates {@code tiqu.jsonl} in {@code dir}, which must exist. */
    public JsonLinesSink(Path dir) throws IOException {
        this.out = new BufferedOutputStream(Files.newOutputStream(dir.resolve(FILE)), 1 << 16);
    }

    @Override
    public void accept(DocumentResult result) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            Page page = result.page();
            g.writeStartObject();
            g.writeStringField("doc", page.document().id());
            g.writeStringField("publication_date",
                    page.publicationDate().isKnown() ? page.publicationDate().date().toString() : null);
            g.writeStringField("publication_date_source", page.publicationDate().source().label());
            g.writeNumberField("chars", page.document().text().length());
            writeArticles(g, page);
            writeMentions(g, result.mentions());
            writeRecords(g, result.records());
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static void writeArticles(JsonGenerator g, Page page) throws IOException {
        g.writeArrayFieldStart("articles");
        for (Article a : page.articles()) {
            g.writeStartObject();
            g.writeNumberField("index", a.index());
            g.writeStringField("title", a.title());
            g.writeStringField("headline", a.headline());
            g.writeStringField("byline", a.byline());
            g.writeStringField("kind", a.kind().label());
            writeSpan(g, a.span());
            g.writeArrayFieldStart("sentences");
            for (Sentence s : a.sentences()) {
                g.writeStartObject();
                g.writeNumberField("index", s.index());
                g.writeStringField("role", s.role().name().toLowerCase(java.util.Locale.ROOT));
                g.writeStringField("text", s.text());
                writeSpan(g, s.span());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeMentions(JsonGenerator g, List<Mention> mentions) throws IOException {
        g.writeArrayFieldStart("mentions");
        for (Mention m : mentions) {
            g.writeStartObject();
            g.writeStringField("type", m.type().name());
            g.writeStringField("text", m.text());
            writeSpan(g, m.span());
            g.writeNumberField("article", m.article());
            g.writeNumberField("sentence", m.sentence());
            g.writeStringField("source", m.source());
            g.writeFieldName("value");
            writeValue(g, m);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeValue(JsonGenerator g, Mention m) throws IOException {
        g.writeStartObject();
        if (m.value() instanceof Amount a) {
            g.writeStringField("kind", "amount");
            g.writeNumberField("value", plain(a.value()));
            writeNumberOrNull(g, "max", a.max());
            g.writeStringField("unit", a.unit());
            g.writeStringField("per", a.per());
            g.writeStringField("qualifier", a.qualifier().label());
            writeNumberOrNull(g, "canonical_value", a.canonicalValue());
            g.writeStringField("canonical_unit", a.canonicalUnit());
        } else if (m.value() instanceof DateValue d) {
            DateBounds b = DateBounds.of(d);
            g.writeStringField("kind", "date");
            g.writeStringField("iso", d.iso());
            g.writeStringField("start", b.startText());
            g.writeStringField("end", b.endText());
            g.writeStringField("granularity", b.granularity());
        } else if (m.value() instanceof NameValue n) {
            g.writeStringField("kind", "name");
            g.writeStringField("canonical", n.canonical());
            g.writeStringField("role", n.role());
        }
        g.writeEndObject();
    }

    private static void writeRecords(JsonGenerator g, Map<String, List<Record>> records) throws IOException {
        g.writeObjectFieldStart("records");
        for (Map.Entry<String, List<Record>> e : records.entrySet()) {
            g.writeArrayFieldStart(e.getKey());
            for (Record r : e.getValue()) {
                g.writeStartObject();
                for (Map.Entry<String, String> c : r.values().entrySet()) {
                    g.writeStringField(c.getKey(), c.getValue());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void writeSpan(JsonGenerator g, Span s) throws IOException {
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
    }

    private static void writeNumberOrNull(JsonGenerator g, String field, BigDecimal d) throws IOException {
        if (d == null) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, plain(d));
        }
    }

    /** Without trailing zeros and never with an exponent: {@code 2.8495290E+7 → 28495290}. */
    private static BigDecimal plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
