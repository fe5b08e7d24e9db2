package org.resograph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code resograph} command: one subcommand per job. */
@Command(name = "resograph",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A knowledge graph of United Nations resolutions: convert texts to RDF, "
                + "load them into TDB2, query and serve them.",
        subcommands = {
            ConvertCommand.class,
            ExtractCommand.class,
            EvalCommand.class,
            LoadCommand.class,
            ServeCommand.class,
            QueryCommand.class,
            BenchCommand.class,
            ReferenceImportCommand.class,
            CommandLine.HelpCommand.class,
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:some inputs failed (the others were processed)",
            "2:bad usage (unknown option, missing argument)",
            "3:internal error",
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof Inputs.NoInputs) {
                commandLine.getErr().println("resograph: " + ex.getMessage());
                return ExitCodes.FAILED_INPUTS;
            }
            commandLine.getErr().println("resograph: internal error: " + ex);
            ex.printStackTrace(commandLine.getErr());
            return ExitCodes.INTERNAL;
        });
        return cl;
    }
}
