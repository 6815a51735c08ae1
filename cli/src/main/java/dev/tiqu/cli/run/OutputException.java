package dev.tiqu.cli.run;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * The output of a run cannot be written: a fatal condition that ends the run with exit code 3.
 * The message is one line a person can act on, naming the output folder and the cause.
 * Example: {@code /data/out: No space left on device}.
 */
public final class OutputException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path path;

    public OutputException(Path path, String cause) {
        super(path + ": " + cause);
        this.path = path;
    }

    private OutputException(Path path, String cause, IOException e) {
        super(path + ": " + cause, e);
        this.path = path;
    }

    /** Wraps an I/O failure while writing the output folder {@code dir}. */
    public static OutputException of(Path dir, IOException e) {
        if (e instanceof OutputException o) {
            return o;
        }
        return new OutputException(dir, reason(e), e);
    }

    /** The output folder concerned. */
    public Path path() {
        return path;
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException f) {
            String what = f.getReason() != null ? f.getReason() : switch (e.getClass().getSimpleName()) {
                case "AccessDeniedException" -> "permission denied";
                case "NoSuchFileException" -> "no such file or folder";
                case "NotDirectoryException" -> "not a folder";
                case "FileAlreadyExistsException" -> "already exists";
                case "DirectoryNotEmptyException" -> "folder not empty";
                default -> e.getClass().getSimpleName();
            };
            return what + (f.getFile() != null ? " (" + f.getFile() + ")" : "");
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
