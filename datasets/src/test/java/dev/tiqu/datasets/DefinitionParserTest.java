package dev.tiqu.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tiqu.core.mention.MentionType;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DefinitionParserTest {

    static Stream<Arguments> invalid() throws IOException {
        JsonNode root;
        try (InputStream in = DefinitionParserTest.class.getResourceAsStream("/dev/tiqu/datasets/invalid_definitions.yaml")) {
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        List<Arguments> out = new ArrayList<>();
        root.forEach(c -> out.add(Arguments.of(c.get("id").asText(), c.get("definition").asText(), c.get("error").asText())));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void invalidDefinitionsNameTheFileAndField(String id, String definition, String error) {
        DefinitionException e = assertThrows(DefinitionException.class, () -> DefinitionParser.parse(id + ".yaml", definition));
        String expected = id + ".yaml: " + error;
        assertTrue(e.getMessage().startsWith(expected), "expected «" + expected + "…», got «" + e.getMessage() + "»");
        assertEquals(id + ".yaml", e.source());
    }

    /**
     * A word list is tried in the definition's order, so that a tie between two words at the same
     * distance from the anchor goes the same way in every run (an unordered copy made it depend on
     * the JVM run). Twenty words: an unordered map keeps their order by chance almost never.
     */
    @Test
    void wordListsKeepTheDefinitionsOrder() {
        List<String> words = List.of("并网", "开工", "开建", "动工", "签约", "签订", "投产", "投运", "投入运营", "投入使用",
                "规划", "拟建", "计划建设", "建成", "竣工", "完工", "落成", "核准", "备案", "招标");
        StringBuilder json = new StringBuilder();
        for (String w : words) {
            json.append(json.length() == 0 ? "" : ", ").append('"').append(w).append("\": \"").append(w).append('"');
        }
        Definition d = DefinitionParser.parse("x.json", """
                {"name": "x", "anchor": {"type": "QUANTITY", "canonical_units": ["MW"]},
                 "columns": [{"name": "status", "words": {%s}, "scope": "clause"}]}
                """.formatted(json));
        Definition.FromWords rule = (Definition.FromWords) d.columns().get(0).rule();
        assertEquals(words, List.copyOf(rule.words().keySet()));
    }

    @Test
    void jsonDefinitionsAreRead() {
        Definition d = DefinitionParser.parse("x.json", """
                {"name": "x", "anchor": {"type": "QUANTITY", "canonical_units": ["MW"]},
                 "columns": [{"name": "capacity_mw", "from": "anchor", "field": "canonical_value"},
                             {"name": "status", "words": {"并网": "grid", "开工": "started"}, "scope": "clause"}]}
                """);
        assertEquals("x", d.name());
        assertEquals(MentionType.QUANTITY, d.anchor().type());
        assertEquals(List.of("capacity_mw", "status"), d.columnNames());
        assertEquals(DefinitionParser.DEFAULT_DELIMITERS, d.delimiters());
    }

    @Test
    void builtInsParseAndKeepTheirColumnContract() {
        assertEquals(List.of("subsidy", "pv_capacity"), Datasets.builtInNames());
        for (String name : Datasets.builtInNames()) {
            assertEquals(name, Datasets.builtIn(name).name());
        }
        assertTrue(Datasets.builtIn("subsidy").columns().containsAll(List.of("doc", "article", "publication_date",
                "region", "item", "amount_yuan", "per", "previous_amount_yuan", "qualifier", "recipients", "period",
                "sentence", "start", "end")));
        assertTrue(Datasets.builtIn("pv_capacity").columns().containsAll(List.of("doc", "article", "publication_date",
                "project", "owner", "capacity_mw", "capacity_text", "project_count", "annual_generation_kwh",
                "location", "status", "sentence", "start", "end")));
    }

    @Test
    void unknownBuiltInNamesTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Datasets.builtIn("subsidies"));
        assertTrue(e.getMessage().contains("subsidy") && e.getMessage().contains("pv_capacity"), e.getMessage());
    }

    @Test
    void loadNamesTheFileInErrors(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, "name: mine\nanchor: {type: MONY}\ncolumns: [{name: doc, from: doc}]\n");
        DefinitionException e = assertThrows(DefinitionException.class, () -> Datasets.load(file));
        assertTrue(e.getMessage().startsWith("mine.yaml: anchor.type: unknown mention type 'MONY'"), e.getMessage());
        assertEquals("anchor.type", e.path());
    }

    @Test
    void loadReadsAValidFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, "name: mine\nanchor: {type: MONEY}\ncolumns: [{name: doc, from: doc}]\n");
        assertEquals("mine", Datasets.load(file).name());
    }

    @Test
    void fragmentsAreUsedByName() {
        Definition d = DefinitionParser.parse("f.yaml", """
                define:
                  raise: [提高, 上调]
                  raised_to: '(?:{{raise}})(?:到|至)'
                  topic: [低保, 特困]
                  amount: {from: anchor, field: value}
                  cleanup: ['^今年', '^全市']
                name: f
                anchor: {type: MONEY, topic: {words: '{{topic}}'}}
                columns:
                  - name: item
                    pattern: '(?<v>\\p{IsHan}+?){{raised_to}}$'
                    scope: clause_before
                    strip: ['{{cleanup}}', '标准$']
                  - name: amount
                    first: ['{{amount}}']
                """);
        assertEquals(List.of("低保", "特困"), d.anchor().topicWords());
        Definition.FromPattern item = (Definition.FromPattern) d.columns().get(0).rule();
        assertEquals("(?<v>\\p{IsHan}+?)(?:提高|上调)(?:到|至)$", item.pattern().pattern());
        assertEquals(List.of("^今年", "^全市", "标准$"), item.post().strip().stream().map(Pattern::pattern).toList());
        Definition.Composite amount = (Definition.Composite) d.columns().get(1).rule();
        assertEquals("value", ((Definition.FromMention) amount.rules().get(0)).field());
    }

    @Test
    void aHugeDefinitionIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.yaml");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(60L << 20);
        }
        long start = System.nanoTime();
        DefinitionException e = assertThrows(DefinitionException.class, () -> Datasets.load(file));
        assertTrue(e.getMessage().startsWith("huge.yaml: 62914560 bytes, more than the"), e.getMessage());
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "refused without reading the file");
        String text = "name: x\n#" + "x".repeat(DefinitionParser.MAX_CHARS);
        assertTrue(assertThrows(DefinitionException.class, () -> DefinitionParser.parse("big.yaml", text))
                .getMessage().startsWith("big.yaml: larger than"));
    }

    @Test
    void builtInDefinitionsAreReadableLines() throws IOException {
        for (String name : Datasets.builtInNames()) {
            try (InputStream in = DefinitionParserTest.class.getResourceAsStream("/dev/tiqu/datasets/" + name + ".yaml")) {
                String[] lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n");
                for (int i = 0; i < lines.length; i++) {
                    assertTrue(lines[i].length() <= 160, name + ".yaml line " + (i + 1) + " has " + lines[i].length()
                            + " characters");
                }
            }
        }
    }
}
