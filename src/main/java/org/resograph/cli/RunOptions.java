package org.resograph.cli;

import picocli.CommandLine.Option;

/** Options shared by the commands that process many files. */
final class RunOptions {
    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Files converted at once (default: the number of processors).")
    Integer jobs;

    @Option(names = {"-q", "--quiet"}, description = "Print errors only: no warnings, no progress.")
    boolean quiet;

    int jobs() {
        return jobs == null || jobs < 1 ? Runtime.getRuntime().availableProcessors() : jobs;
    }
}
