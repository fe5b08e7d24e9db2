package org.resograph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.resograph.refdata.ReferenceImporter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Regenerates the reference-data Turtle under ontology/reference from the source tables. */
@Command(name = "reference-import",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turn the reference tables (bodies.csv, treaties.csv, ...) into the Turtle "
                + "files of ontology/reference. For maintainers: the converter reads the Turtle.")
final class ReferenceImportCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "DIR",
            description = "Folder holding the reference tables (for example ../shared/reference).")
    Path from;

    @Option(names = "--to", defaultValue = "ontology/reference", paramLabel = "DIR",
            description = "Folder to write the Turtle files to; its additions/ folder holds our own rows "
                    + "and aliases (default: ${DEFAULT-VALUE}).")
    Path to;

    @Override
    public Integer call() throws Exception {
        List<String> files = new ReferenceImporter(from, to).run();
        for (String f : files) System.out.println(to.resolve(f));
        return ExitCodes.OK;
    }
}
