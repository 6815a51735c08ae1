package dev.tiqu.formats.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * JSON Lines rows: one JSON object per line, blank lines skipped. A line that is not a JSON
 * object, or has no text field, is a malformed row. Numbers and booleans are read as their
 * JSON text ({@code "id": 12} → {@code 12}).
 */
final class JsonLinesReader extends RecordReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BufferedReader in;
    private final RecordFields fields;
    private long line;

    JsonLinesReader(Reader in, RecordFields fields) {
        this.in = in instanceof BufferedReader b ? b : new BufferedReader(in);
        this.fields = fields;
    }

    @Override
    protected InputRecord read() throws IOException {
        String s;
        do {
            s = in.readLine();
            line++;
            if (s == null) {
                return null;
            }
        } while (s.isBlank());
        JsonNode node;
        try {
            node = JSON.readTree(s);
        } catch (JsonProcessingException e) {
            return InputRecord.malformed(line, "malformed JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return InputRecord.malformed(line, "not a JSON object");
        }
        JsonNode text = node.get(fields.text());
        if (text == null || !text.isValueNode() || text.isNull()) {
            return InputRecord.malformed(line, "no text field '" + fields.text() + "'");
        }
        return new InputRecord(line, field(node, fields.id()), text.asText(), field(node, fields.date()),
                field(node, fields.title()), null);
    }

    private static String field(JsonNode node, String name) {
        JsonNode v = name == null ? null : node.get(name);
        return v == null || !v.isValueNode() || v.isNull() ? null : blankToNull(v.asText());
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
