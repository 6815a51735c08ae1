package dev.tiqu.cli;

/** Entry point of the {@code tiqu} command. */
public final class Tiqu {
    private Tiqu() {
    }

    public static void main(String[] args) {
        throw new UnsupportedOperationException("the CLI arrives with the extract command");
    }
}
