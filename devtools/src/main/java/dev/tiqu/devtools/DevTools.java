package dev.tiqu.devtools;

import dev.tiqu.cli.Tiqu;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the developers' tools, run from a checkout of the repository: {@code evaluate}
 * scores the pipeline against the dev gold in {@code gold/}, {@code bench} measures throughput
 * on the pages in {@code seeds/}. Not part of the user CLI.
 */
@Command(name = "tiqu-devtools", mixinStandardHelpOptions = true, versionProvider = Tiqu.Version.class,
        description = "Developer tools of tiqu: evaluation against the dev gold and the benchmark.",
        subcommands = {EvaluateCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class DevTools implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line (exit code 2 on usage errors), for {@code main} and tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new DevTools());
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? Tiqu.USAGE : 1);
        cl.getCommandSpec().exitCodeOnInvalidInput(Tiqu.USAGE);
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.getCommandSpec().exitCodeOnInvalidInput(Tiqu.USAGE);
        }
        return cl;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing subcommand: try 'tiqu-devtools evaluate' or 'tiqu-devtools bench'");
    }
}
