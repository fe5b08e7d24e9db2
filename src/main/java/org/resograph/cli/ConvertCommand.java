package org.resograph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.sparql.core.Quad;
import org.resograph.link.LinkedDocument;
import org.resograph.rdf.QuadCollector;
import org.resograph.rdf.RdfFormat;
import org.resograph.rdf.RdfMapper;
import org.resograph.rdf.StandingGraphs;
import org.resograph.rdf.Vocab;
import org.resograph.summary.Summary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code resograph convert}: texts to RDF, one named graph per document. */
@Command(name = "convert",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Convert resolution texts to RDF (one named graph per document) in N-Quads, TriG, Turtle or JSON-LD.",
            "OUTPUT is a folder (one file per input, <name>.<ext>), a file whose extension names the format "
                + "(all documents in one file), or - for standard output."
        })
final class ConvertCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Text files, or folders to search for *.txt and *.md.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUTPUT", description = "Folder, file (.nq, .trig, .ttl, .jsonld) or - for standard output.")
    String output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "nq, trig, ttl or jsonld (default: from the output file's extension, else trig).")
    String format;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Vocab.DEFAULT_BASE,
            description = "Base of the data IRIs (default: ${DEFAULT-VALUE}); must end with / or #.")
    String base;

    @Option(names = "--with-reference", description = "Also write the ontology and the reference data in their own graphs.")
    boolean withReference;

    @Option(names = "--summary", description = "Also write each document's JSON extraction summary (folder output only).")
    boolean summary;

    @Mixin
    RunOptions run;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        new BaseIri(spec).check(base);
        List<Path> files = Inputs.texts(inputs);
        boolean stdout = output.equals("-");
        RdfFormat single = stdout ? null : RdfFormat.ofFileName(output);
        RdfFormat fmt = format != null ? parseFormat(format) : single != null ? single : stdout ? RdfFormat.NQUADS : RdfFormat.TRIG;
        Pipeline pipeline = Pipeline.load();
        RdfMapper mapper = new RdfMapper(base, pipeline.gazetteer(), VersionProvider.version());
        PrintStream err = System.err;
        Batch.Outcome o;
        if (stdout || single != null) {
            o = stdout ? toStream(System.out, files, fmt, pipeline, mapper, err) : toFile(Path.of(output), files, fmt, pipeline, mapper, err);
        } else {
            Path dir = Path.of(output);
            Files.createDirectories(dir);
            if (withReference) {
                AtomicFiles.write(dir.resolve("resograph-ontology." + fmt.extension()), out -> writeAll(out, fmt, StandingGraphs.ontology(mapper.base())));
                AtomicFiles.write(dir.resolve("resograph-reference." + fmt.extension()), out -> writeAll(out, fmt, StandingGraphs.reference(mapper.base())));
            }
            o = Batch.run(files, run.jobs(), run.quiet, f -> {
                LinkedDocument d = pipeline.convert(f);
                List<Quad> quads = quads(mapper, d);
                AtomicFiles.write(dir.resolve(Inputs.stem(f) + "." + fmt.extension()), out -> writeAll(out, fmt, quads));
                if (summary) AtomicFiles.writeString(dir.resolve(Inputs.stem(f) + ".json"), Summary.json(d));
                return d.warnings();
            }, err);
        }
        if (!run.quiet) err.printf("resograph: %d of %d files converted to %s (%s)%s%n", o.done(), files.size(),
                stdout ? "standard output" : output, fmt.name().toLowerCase(), o.failed() > 0 ? ", " + o.failed() + " failed" : "");
        return o.failed() > 0 ? ExitCodes.FAILED_INPUTS : ExitCodes.OK;
    }

    private Batch.Outcome toFile(Path file, List<Path> files, RdfFormat fmt, Pipeline pipeline, RdfMapper mapper, PrintStream err)
            throws IOException, InterruptedException {
        Batch.Outcome[] result = new Batch.Outcome[1];
        AtomicFiles.write(file, out -> {
            try {
                result[0] = toStream(out, files, fmt, pipeline, mapper, err);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        });
        return result[0];
    }

    private Batch.Outcome toStream(OutputStream out, List<Path> files, RdfFormat fmt, Pipeline pipeline, RdfMapper mapper, PrintStream err)
            throws InterruptedException {
        try (RdfFormat.Sink sink = fmt.open(out)) {
            if (withReference) {
                sink.accept(StandingGraphs.ontology(mapper.base()));
                sink.accept(StandingGraphs.reference(mapper.base()));
            }
            return Batch.run(files, run.jobs(), run.quiet, f -> {
                LinkedDocument d = pipeline.convert(f);
                sink.accept(quads(mapper, d));
                return d.warnings();
            }, err);
        }
    }

    static List<Quad> quads(RdfMapper mapper, LinkedDocument d) {
        QuadCollector c = new QuadCollector();
        mapper.map(d, c);
        return c.quads();
    }

    private static void writeAll(OutputStream out, RdfFormat fmt, List<Quad> quads) {
        try (RdfFormat.Sink sink = fmt.openPretty(out)) {
            sink.accept(quads);
        }
    }

    private RdfFormat parseFormat(String name) {
        try {
            return RdfFormat.parse(name);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
