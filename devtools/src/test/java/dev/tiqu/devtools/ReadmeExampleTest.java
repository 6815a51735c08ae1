package dev.tiqu.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's embedding example works as written: its Java block compiles against the artifacts
 * its dependency block names, runs, and prints what the README promises.
 */
class ReadmeExampleTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void theEmbeddingExampleCompilesAndRuns(@TempDir Path dir) throws Exception {
        String section = section(Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8), "## Embedding");
        String java = block(section, "java");
        Path source = dir.resolve("Example.java");
        Files.writeString(source, java, StandardCharsets.UTF_8);

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = compiler.run(null, null, diagnostics, "-classpath", System.getProperty("java.class.path"),
                "-d", dir.toString(), source.toString());
        assertEquals(0, status, diagnostics.toString(StandardCharsets.UTF_8));

        String printed = run(dir);
        assertTrue(printed.contains("DATE 11月22日 → 2024-11-22"), printed);
        assertTrue(printed.lines().anyMatch(l -> l.startsWith("MONEY ") && l.contains("700")), printed);
        assertTrue(printed.lines().anyMatch(l -> l.startsWith("{") && l.contains("700")), "a subsidy row: " + printed);
    }

    @Test
    void everyTiquPackageTheExampleImportsComesFromANamedArtifact() throws IOException {
        String section = section(Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8), "## Embedding");
        Set<String> named = new TreeSet<>();
        Matcher a = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(block(section, "xml"));
        while (a.find()) {
            named.add(a.group(1));
        }
        Matcher i = Pattern.compile("^import (dev\\.tiqu\\.[\\w.]+)\\.\\w+;", Pattern.MULTILINE).matcher(block(section, "java"));
        List<String> missing = new ArrayList<>();
        while (i.find()) {
            String artifact = artifactOf(i.group(1));
            // tiqu-core is a compile dependency of every tiqu artifact, so naming any one brings it
            if (!artifact.equals("tiqu-core") && !named.contains(artifact)) {
                missing.add(i.group(1) + " (" + artifact + ")");
            }
        }
        assertEquals(List.of(), missing, "artifacts named: " + named);
    }

    /** The artifact id of the module whose main sources hold {@code pkg}. */
    private static String artifactOf(String pkg) throws IOException {
        String path = "src/main/java/" + pkg.replace('.', '/');
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve(path))).toList()) {
                Matcher m = Pattern.compile("</parent>\\s*<artifactId>([^<]+)</artifactId>")
                        .matcher(Files.readString(module.resolve("pom.xml"), StandardCharsets.UTF_8));
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        throw new IllegalStateException("no module holds " + pkg);
    }

    private static String run(Path classes) throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ReadmeExampleTest.class.getClassLoader())) {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            loader.loadClass("Example").getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(out);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static String section(String readme, String heading) {
        int start = readme.indexOf("\n" + heading);
        assertTrue(start >= 0, "README has a section " + heading);
        int end = readme.indexOf("\n## ", start + 1);
        return end < 0 ? readme.substring(start) : readme.substring(start, end);
    }

    private static String block(String section, String language) {
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(section);
        assertTrue(m.find(), "a ```" + language + " block");
        return m.group(1);
    }
}
