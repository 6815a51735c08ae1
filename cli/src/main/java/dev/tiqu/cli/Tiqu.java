package dev.tiqu.cli;

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

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line (exit code 2 on usage errors), for {@code main} and tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Tiqu());
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : 1);
        cl.getCommandSpec().exitCodeOnInvalidInput(USAGE);
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.getCommandSpec().exitCodeOnInvalidInput(USAGE);
        }
        return cl;
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
