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
        EarlyStart.begin(args);
        System.exit(commandLine().execute(args));
    }

    /** The configured command line (exit code 2 on usage errors), for {@code main} and tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Tiqu());
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : 1);
        cl.setExecutionExceptionHandler(Tiqu::fatal);
        cl.setParameterExceptionHandler(Tiqu::usageError);
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

    /**
     * A usage error as one sentence and where to read more, instead of the whole help (whose
     * length scrolls the sentence away): {@code tiqu: Missing required option: '--out=DIR'} then
     * {@code see 'tiqu extract --help'}.
     */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        java.io.PrintWriter err = cl.getErr();
        err.println("tiqu: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("see '" + cl.getCommandSpec().qualifiedName() + " --help'");
        err.flush();
        return cl.getCommandSpec().exitCodeOnInvalidInput();
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: try 'tiqu extract --help'");
    }

    /**
     * The versions Maven wrote into {@code version.properties}: tiqu's with the build's commit
     * first (run.json records that line), then the names backends' (CoreNLP only when its jar is
     * on the class path).
     */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Tiqu.class.getResourceAsStream("/dev/tiqu/cli/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            java.util.List<String> lines = new java.util.ArrayList<>();
            lines.add("tiqu " + property(p, "version") + " (commit " + property(p, "commit") + ")");
            lines.add("HanLP " + property(p, "hanlp"));
            if (Tiqu.class.getResource("/edu/stanford/nlp/pipeline/StanfordCoreNLP.class") != null) {
                lines.add("Stanford CoreNLP " + property(p, "corenlp"));
            }
            lines.add("Java " + System.getProperty("java.version"));
            return lines.toArray(String[]::new);
        }

        /** A filtered property, or {@code unknown} when the build could not fill it in. */
        private static String property(Properties p, String key) {
            String v = p.getProperty(key, "");
            return v.isBlank() || v.startsWith("${") ? "unknown" : v;
        }
    }
}
