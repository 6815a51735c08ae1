package dev.tiqu.datasets;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;

/**
 * Reads a YAML (or JSON) document into a Jackson tree straight from the streaming parser, the
 * nodes made as {@code ObjectMapper.readTree} makes them (a test compares the two on every
 * definition of the project). Thread-safe.
 *
 * <p>Design decision: an {@code ObjectMapper} loads some 450 classes of data binding before it
 * reads a first document, about half a second of a command-line run's start, none of which a
 * tree needs. Example: {@code parser("name: x")} then {@code read(parser)} gives
 * {@code {"name":"x"}}.
 */
final class YamlTree {

    /** Repeated keys in a mapping are an error, reported by the parser. */
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private YamlTree() {
    }

    /** A parser over {@code text}, positioned before its first token. */
    static JsonParser parser(String text) throws IOException {
        return YAML.createParser(text);
    }

    /** The next document of {@code parser}, or {@code null} at the end of the input. */
    static JsonNode read(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        return token == null ? null : value(parser, token);
    }

    private static JsonNode value(JsonParser p, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                    String name = p.currentName();
                    object.set(name, value(p, p.nextToken()));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    array.add(value(p, t));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return integer(p);
            }
            case VALUE_NUMBER_FLOAT -> {
                return fraction(p);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_EMBEDDED_OBJECT -> {
                Object embedded = p.getEmbeddedObject();
                return embedded instanceof byte[] bytes ? NODES.binaryNode(bytes) : NODES.pojoNode(embedded);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new IllegalStateException("unexpected token " + token + " at line "
                    + p.currentLocation().getLineNr());
        }
    }

    private static JsonNode integer(JsonParser p) throws IOException {
        return switch (p.getNumberType()) {
            case INT -> NODES.numberNode(p.getIntValue());
            case LONG -> NODES.numberNode(p.getLongValue());
            default -> NODES.numberNode(p.getBigIntegerValue());
        };
    }

    private static JsonNode fraction(JsonParser p) throws IOException {
        return switch (p.getNumberType()) {
            case BIG_DECIMAL -> NODES.numberNode(p.getDecimalValue());
            case FLOAT -> NODES.numberNode(p.getFloatValue());
            default -> NODES.numberNode(p.getDoubleValue());
        };
    }
}
