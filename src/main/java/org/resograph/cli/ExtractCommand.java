package org.resograph.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.resograph.link.LinkedDocument;
import org.resograph.summary.Summary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code resograph extract}: one JSON extraction summary per input text. */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Write the extraction summary of each text (the JSON of gold/FORMAT.md): header fields, "
                + "preambular and operative clauses, citations, bodies, mandates and reporting.",
            "Output: OUTPUT/<name>.json for each input <name>.txt."
        })
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Text files, or folders to search for *.txt and *.md.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Folder for the JSON files (created if needed).")
    Path output;

    @Mixin
    RunOptions run;

    @Override
    public Integer call() throws Exception {
        List<Path> files = Inputs.texts(inputs);
        Files.createDirectories(output);
        Pipeline pipeline = Pipeline.load();
        PrintStream err = System.err;
        Batch.Outcome o = Batch.run(files, run.jobs(), run.quiet, f -> {
            LinkedDocument d = pipeline.convert(f);
            AtomicFiles.writeString(output.resolve(Inputs.stem(f) + ".json"), Summary.json(d));
            return d.warnings();
        }, err);
        if (!run.quiet) err.printf("resograph: %d of %d files extracted to %s%s%n", o.done(), files.size(), output,
                o.failed() > 0 ? ", " + o.failed() + " failed" : "");
        return o.failed() > 0 ? ExitCodes.FAILED_INPUTS : ExitCodes.OK;
    }
}
