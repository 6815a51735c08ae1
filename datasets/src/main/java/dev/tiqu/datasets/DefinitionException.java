package dev.tiqu.datasets;

/**
 * A dataset definition that cannot be used, with the file and the field at fault:
 * {@code subsidy.yaml: columns[3].from: unknown mention type 'MONY'}.
 */
public final class DefinitionException extends IllegalArgumentException {

    private final String source;
    private final String path;

    public DefinitionException(String source, String path, String problem) {
        super(source + ": " + (path.isEmpty() ? "" : path + ": ") + problem);
        this.source = source;
        this.path = path;
    }

    public DefinitionException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
        this.path = "";
    }

    /** The file or resource name of the definition. */
    public String source() {
        return source;
    }

    /** The field at fault, e.g. {@code columns[3].from}; empty for a file-level problem. */
    public String path() {
        return path;
    }
}
