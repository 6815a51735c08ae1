package dev.tiqu.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where datasets come from: the built-in definitions shipped with tiqu ({@code subsidy},
 * {@code pv_capacity}) and definition files written by analysts.
 *
 * <p>Example: {@code Datasets.builtIn("subsidy").name() → "subsidy"};
 * {@code Datasets.load(Path.of("signed_projects.yaml"))} reads and checks a definition file.
 */
public final class Datasets {

    private static final String DIR = "/dev/tiqu/datasets/";
    private static final List<String> BUILT_IN = List.of("subsidy", "pv_capacity");

    private Datasets() {
    }

    /** The names of the built-in datasets, in a stable order. */
    public static List<String> builtInNames() {
        return BUILT_IN;
    }

    /**
     * A built-in dataset by name.
     *
     * @throws IllegalArgumentException naming the known datasets if there is none of that name
     */
    public static DefinedDataset builtIn(String name) {
        if (!BUILT_IN.contains(name)) {
            throw new IllegalArgumentException("no built-in dataset '" + name + "', expected one of " + BUILT_IN);
        }
        String resource = DIR + name + ".yaml";
        try (InputStream in = Datasets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new DefinedDataset(DefinitionParser.parse(name + ".yaml",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * A dataset from a definition file (YAML or JSON, UTF-8).
     *
     * @throws DefinitionException   if the definition is invalid, naming the file and field
     * @throws UncheckedIOException if the file cannot be read
     */
    public static DefinedDataset load(Path file) {
        String text;
        try {
            if (Files.size(file) > DefinitionParser.MAX_CHARS) {
                throw new DefinitionException(file.getFileName().toString(), "", Files.size(file)
                        + " bytes, more than the " + DefinitionParser.MAX_CHARS + " a definition may hold");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dataset definition " + file, e);
        }
        return new DefinedDataset(DefinitionParser.parse(file.getFileName().toString(), text));
    }
}
