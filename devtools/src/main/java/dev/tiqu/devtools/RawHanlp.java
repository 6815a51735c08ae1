package dev.tiqu.devtools;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import dev.tiqu.names.hanlp.HanlpRecognizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark's whole-process reference: raw HanLP alone, configured as the default names
 * backend (segmentation with person, translated-name and organization recognition), run over
 * every {@code .txt} file under the given paths on one thread, from JVM start to exit. Prints
 * the characters read and the person and organization terms found, so that the work cannot be
 * skipped. Example: {@code java -cp tiqu-devtools.jar dev.tiqu.devtools.RawHanlp seeds} prints
 * {@code 34307 chars, 5 files, … nr, … nt}.
 */
public final class RawHanlp {

    private RawHanlp() {
    }

    public static void main(String[] args) throws IOException {
        Segment segment = HanlpRecognizer.segment();
        long chars = 0;
        long persons = 0;
        long organizations = 0;
        List<Path> files = files(args);
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            chars += text.length();
            for (Term term : segment.seg(text)) {
                String tag = term.nature == null ? "" : term.nature.toString();
                persons += tag.startsWith("nr") ? 1 : 0;
                organizations += tag.startsWith("nt") ? 1 : 0;
            }
        }
        System.out.printf("%d chars, %d files, %d nr, %d nt%n", chars, files.size(), persons, organizations);
    }

    /** The {@code .txt} files under {@code paths}, each folder's in name order. */
    static List<Path> files(String... paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String p : paths) {
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                try (Stream<Path> s = Files.walk(path)) {
                    s.filter(f -> f.toString().endsWith(".txt") && Files.isRegularFile(f)).sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }
}
