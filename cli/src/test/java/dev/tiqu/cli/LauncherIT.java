package dev.tiqu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher the build leaves beside the jar ({@code target/tiqu}) runs that jar: on a seed page
 * it writes what {@code java -jar} writes, byte for byte ({@code run.json} aside, which holds
 * timings); {@code JAVA_OPTS} comes after its own flags and so overrides them; and where the build
 * could write the class-data-sharing archive, classes load from it.
 */
class LauncherIT {

    private static final Path TARGET = Path.of("target");
    private static final Path PAGE = Path.of("..", "seeds", "001_0a2b328eef8e1e59.txt");
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");

    @BeforeAll
    static void posixShell() {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "the sh launcher is for POSIX systems");
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh");
    }

    @Test
    void writesWhatJavaJarWrites(@TempDir Path tmp) throws Exception {
        assertTrue(Files.isExecutable(TARGET.resolve("tiqu")), "the build made target/tiqu executable");
        run(List.of(TARGET.resolve("tiqu").toString(), "extract", PAGE.toString(), "--out", tmp.resolve("launched").toString(),
                "--quiet"), Map.of(), tmp.resolve("launched.log"));
        run(List.of(JAVA, "-jar", TARGET.resolve("tiqu.jar").toString(), "extract", PAGE.toString(), "--out",
                tmp.resolve("plain").toString(), "--quiet"), Map.of(), tmp.resolve("plain.log"));
        List<String> names = files(tmp.resolve("plain"));
        assertEquals(names, files(tmp.resolve("launched")));
        assertTrue(names.contains("mentions.csv"), names.toString());
        for (String name : names) {
            if (!name.equals("run.json")) {
                assertEquals(Files.readString(tmp.resolve("plain").resolve(name)),
                        Files.readString(tmp.resolve("launched").resolve(name)), name);
            }
        }
    }

    @Test
    void javaOptsOverrideTheLaunchersFlags(@TempDir Path tmp) throws Exception {
        String out = run(List.of(TARGET.resolve("tiqu").toString(), "--version"),
                Map.of("JAVA_OPTS", "-XX:TieredStopAtLevel=4 -XX:+PrintFlagsFinal"), tmp.resolve("flags.log"));
        assertTrue(out.matches("(?s).*\\bTieredStopAtLevel\\s+= 4\\b.*"), "C2 allowed again by JAVA_OPTS");
        assertTrue(out.contains("tiqu "), out);
    }

    @Test
    void classesLoadFromTheArchive(@TempDir Path tmp) throws Exception {
        assumeTrue(Files.isRegularFile(TARGET.resolve("tiqu.jsa")), "this JVM could not write an archive at build time");
        String out = run(List.of(TARGET.resolve("tiqu").toString(), "--version"),
                Map.of("JAVA_OPTS", "-Xlog:class+load=info"), tmp.resolve("classes.log"));
        assertTrue(out.contains("dev.tiqu.cli.Tiqu source: shared objects file (top)"), "Tiqu from the archive");
    }

    /** Runs {@code command} with the JVM of this test; its exit code must be 0; returns its output. */
    private static String run(List<String> command, Map<String, String> env, Path log)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", Path.of(JAVA).getParent().getParent().toString());
        builder.environment().remove("JAVA_OPTS");
        builder.environment().putAll(env);
        int code = builder.start().waitFor();
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, code, command + ": " + out);
        return out;
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
