package dev.tiqu.formats.input;

import java.util.List;
import java.util.Locale;

/**
 * Which files found in a folder are read as text when the user named no pattern: the CLI's
 * folder walk and the Spark job's listing apply the same rule, so both read the same files.
 *
 * <p>Contract: a name ending in {@code .txt}, {@code .text} or {@code .md} (any case), or with no
 * extension ({@code page1}, {@code .profile}'s leading dot is not an extension), is text; anything
 * else ({@code scan.pdf}, {@code pages.jsonl}, {@code photo.JPG}) is not. Example:
 * {@code TextFileNames.isText("2024-11-22_A3.TXT")} is true.
 */
public final class TextFileNames {

    /** File name extensions of text files, lower case; a name without extension is text too. */
    private static final List<String> TEXT_EXTENSIONS = List.of(".txt", ".text", ".md");

    private TextFileNames() {
    }

    /** Whether a file of this name (no folder) is read as text by default. */
    public static boolean isText(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 || TEXT_EXTENSIONS.contains(fileName.substring(dot).toLowerCase(Locale.ROOT));
    }
}
