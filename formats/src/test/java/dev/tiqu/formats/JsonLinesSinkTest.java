package dev.tiqu.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.tiqu.core.pipeline.DocumentResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesSinkTest {

    /** The schema shipped with the writer. */
    static Schema schema() throws IOException {
        try (InputStream in = JsonLinesSink.class.getResourceAsStream(JsonLinesSink.SCHEMA)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    /** Every line of a tiqu.jsonl file validated; the errors of all lines. */
    static List<Error> validate(Path jsonl) throws IOException {
        Schema schema = schema();
        return Files.readAllLines(jsonl, StandardCharsets.UTF_8).stream()
                .flatMap(line -> schema.validate(line, InputFormat.JSON).stream()).toList();
    }

    @Test
    void eachDocumentIsOneLineThatValidatesAgainstTheSchema(@TempDir Path dir) throws IOException {
        DocumentResult r = Fixture.subsidy();
        try (JsonLinesSink sink = new JsonLinesSink(dir)) {
            sink.accept(r);
            sink.accept(r);
        }
        Path file = dir.resolve(JsonLinesSink.FILE);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(2, lines.size());
        assertEquals(List.of(), validate(file));

        JsonNode doc = new ObjectMapper().readTree(lines.get(0));
        JsonNode money = doc.path("mentions").get(3);
        assertEquals("1.25亿元", money.path("text").asText());
        assertTrue(money.path("value").path("value").isNumber());
        assertFalse(lines.get(0).contains("E+"), "numbers without exponent");
        assertTrue(lines.get(0).contains("\"value\":125000000,"), lines.get(0));
        String text = Fixture.SUBSIDY_TEXT;
        for (JsonNode m : doc.path("mentions")) {
            assertEquals(m.path("text").asText(), text.substring(m.path("start").asInt(), m.path("end").asInt()));
        }
        JsonNode date = doc.path("mentions").get(1).path("value");
        assertEquals("2025-03-01/2025-03-31", date.path("iso").asText());
        assertEquals("2025-03-31", date.path("end").asText());
        assertEquals("300", doc.path("records").path("subsidy").get(0).path("amount_yuan").asText());
    }

    @Test
    void theSchemaRejectsWhatTheWriterMustNotWrite() throws IOException {
        Schema schema = schema();
        String amountAsString = "{\"doc\":\"a\",\"publication_date\":null,\"publication_date_source\":\"unknown\","
                + "\"chars\":3,\"articles\":[],\"records\":{},\"mentions\":[{\"type\":\"MONEY\",\"text\":\"3元\","
                + "\"start\":0,\"end\":2,\"article\":0,\"sentence\":0,\"source\":\"money\",\"value\":{\"kind\":\"amount\","
                + "\"value\":\"3\",\"max\":null,\"unit\":\"CNY\",\"per\":\"\",\"qualifier\":\"\",\"canonical_value\":null,"
                + "\"canonical_unit\":\"\"}}]}";
        assertFalse(schema.validate(amountAsString, InputFormat.JSON).isEmpty(), "an amount is a JSON number");
        String dateForMoney = amountAsString.replace("{\"kind\":\"amount\",\"value\":\"3\",\"max\":null,\"unit\":\"CNY\","
                + "\"per\":\"\",\"qualifier\":\"\",\"canonical_value\":null,\"canonical_unit\":\"\"}",
                "{\"kind\":\"date\",\"iso\":\"2024\",\"start\":\"2024-01-01\",\"end\":\"2024-12-31\",\"granularity\":\"year\"}");
        assertFalse(schema.validate(dateForMoney, InputFormat.JSON).isEmpty(), "MONEY carries an amount");
        String valid = amountAsString.replace("\"value\":\"3\"", "\"value\":3");
        assertEquals(List.of(), schema.validate(valid, InputFormat.JSON));
    }
}
