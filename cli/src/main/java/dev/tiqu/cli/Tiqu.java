package dev.tiqu.cli;

import dev.tiqu.cli.run.OutputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code tiqu} command: subcommands extract (and friends). */
@Command(name = "tiqu", mixinStandardHelpOptions = true, versionProvider = Tiqu.Version.class,
        description = "Extracts dates, money, percentages, quantities, people and organizations "
                + "from Chinese news pages into CSV datasets.",
        subcommands = {ExtractCommand.class, CommandLine.HelpCommand.class})
public final class Tiqu implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Exit code of a run in which some inputs were skipped or failed. */
    public static final int SOME_INPUTS_FAILED = 1;
    /** Exit code of a usage error. */
    public static final int USAGE = 2;
    /** Exit code of a run whose output cannot be written (full disk, a file where the folder goes…). */
    public static final int OUTPUT_FAILED = 3;
    /** Exit code of an unexpected internal error. */
    public static final int INTERNAL_ERROR = 4;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line (exit code 2 on usage errors), for {@code main} and tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Tiqu());
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : 1);
        cl.setExecutionExceptionHandler(Tiqu::fatal);
        cl.getCommandSpec().exitCodeOnInvalidInput(USAGE);
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.getCommandSpec().exitCodeOnInvalidInput(USAGE);
        }
        return cl;
    }

    /** A fatal error: one line on stderr naming the path and cause; the stack trace only with --debug. */
    private static int fatal(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        boolean debug = parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--debug");
        java.io.PrintWriter err = cl.getErr();
        if (debug) {
            e.printStackTrace(err);
        }
        if (e instanceof OutputException) {
            err.println("tiqu: cannot write " + e.getMessage());
            err.flush();
            return OUTPUT_FAILED;
        }
        err.println("tiqu: internal error: " + e + (debug ? "" : " (run again with --debug for the stack trace)"));
        err.flush();
        return INTERNAL_ERROR;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: try 'tiqu extract --help'");
    }

    /** Reads the version Maven wrote into {@code version.properties}. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Tiqu.class.getResourceAsStream("/dev/tiqu/cli/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"tiqu " + p.getProperty("version", "unknown")};
        }
    }
}
