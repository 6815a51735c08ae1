package dev.tiqu.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link YamlTree} builds the tree {@code ObjectMapper.readTree} builds, node type by node type
 * (an int stays an int, a fraction a double), on every definition of the project, the invalid
 * ones of {@code invalid_definitions.yaml} included, and on documents written for the scalar kinds.
 */
class YamlTreeTest {

    private static final ObjectMapper MAPPER = new ObjectMapper(YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    static Stream<Arguments> documents() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String dir : List.of("src/main/resources/dev/tiqu/datasets", "src/test/resources/dev/tiqu/datasets")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    out.add(Arguments.of(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
                }
            }
        }
        JsonNode invalid = MAPPER.readTree(Path.of("src/test/resources/dev/tiqu/datasets/invalid_definitions.yaml")
                .toFile());
        invalid.forEach(c -> out.add(Arguments.of(c.get("id").asText(), c.get("definition").asText())));
        out.add(Arguments.of("scalars", """
                small: 7
                negative: -12
                large: 12345678901
                huge: 123456789012345678901234567890
                fraction: 0.25
                exponent: 1.5e3
                yes: true
                no: false
                nothing: null
                tilde: ~
                quoted: "12"
                nested: {list: [1, 2.5, "三", [], {}], empty: ""}
                """));
        out.add(Arguments.of("json", "{\"name\": \"x\", \"tolerance\": 0.05, \"columns\": [{\"name\": \"doc\"}]}"));
        out.add(Arguments.of("two documents", "name: a\n---\nname: b\n"));
        out.add(Arguments.of("scalar document", "just text\n"));
        out.add(Arguments.of("empty", ""));
        out.add(Arguments.of("repeated key", "name: a\nname: b\n"));
        out.add(Arguments.of("broken", "name: [a, b\n"));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void sameTreeAsTheObjectMapper(String name, String text) {
        List<String> expected = documents(text, p -> MAPPER.readTree(p));
        List<String> actual = documents(text, YamlTree::read);
        assertEquals(expected, actual, name);
    }

    /** A reader of one document from a parser. */
    private interface Reader {
        JsonNode read(JsonParser parser) throws IOException;
    }

    /**
     * Each document of {@code text} as its node classes and its JSON, until the end of the input;
     * a parse error as its message, so that both readers must fail at the same place.
     */
    private static List<String> documents(String text, Reader reader) {
        List<String> out = new ArrayList<>();
        try (JsonParser p = YamlTree.parser(text)) {
            for (JsonNode node = reader.read(p); node != null; node = reader.read(p)) {
                out.add(shape(node) + " " + node);
            }
            out.add("end");
        } catch (IOException e) {
            out.add("error: " + e.getMessage());
        } catch (UncheckedIOException e) {
            out.add("error: " + e.getCause().getMessage());
        }
        return out;
    }

    /** The node's class and, for containers, its children's, so that an IntNode never passes for a LongNode. */
    private static String shape(JsonNode node) {
        StringBuilder s = new StringBuilder(node.getClass().getSimpleName());
        if (node.isContainerNode()) {
            s.append('(');
            node.fields().forEachRemaining(e -> s.append(e.getKey()).append('=').append(shape(e.getValue())).append(' '));
            if (node.isArray()) {
                node.forEach(child -> s.append(shape(child)).append(' '));
            }
            s.append(')');
        }
        return s.toString();
    }
}
