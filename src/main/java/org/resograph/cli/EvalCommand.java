package org.resograph.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Callable;

import com.google.gson.JsonObject;

import org.resograph.eval.Documents;
import org.resograph.eval.Py;
import org.resograph.eval.Report;
import org.resograph.eval.ScoreException;
import org.resograph.eval.Scorer;
import org.resograph.link.LinkedDocument;
import org.resograph.summary.Summary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code resograph eval}: converts texts in memory and scores their extraction summaries against
 * gold (or silver) summaries with the rules of {@code ../shared/tools/score.py}, printing the same
 * lines.
 */
@Command(name = "eval",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Convert the texts and score their extraction summaries against the gold summaries in GOLD_DIR, "
                + "with the rules of ../shared/tools/score.py; prints the same lines (header, preamble, "
                + "operative measures, P/R/F1 of each list field, overall).",
            "Texts and gold files are matched by the summaries' \"file\" field; texts without a gold file "
                + "are converted but not scored.",
            "Exit code 1 when an input could not be read or the overall score is below --min."
        })
final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "Folder of gold summaries (*.json, gold/FORMAT.md).")
    Path gold;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "TEXT_DIR",
            description = "Texts to convert: folders (searched for *.txt and *.md) or files.")
    List<Path> texts;

    @Option(names = "--verbose", description = "Also print every miss, as score.py --verbose does.")
    boolean verbose;

    @Option(names = "--min", paramLabel = "X", description = "Exit with 1 when the overall score is below X.")
    Double min;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Also write the summaries to DIR/<name>.json, as extract does.")
    Path output;

    @Mixin
    RunOptions run;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintStream err = System.err;
        if (!Files.isDirectory(gold)) {
            err.println("resograph: error: " + gold + ": not a folder of gold summaries");
            return ExitCodes.FAILED_INPUTS;
        }
        Documents.Loaded goldDocs = Documents.load(gold);
        for (String p : goldDocs.problems()) err.println("resograph: error: " + p);
        List<Path> files = Inputs.texts(texts);
        if (output != null) Files.createDirectories(output);

        Pipeline pipeline = Pipeline.load();
        Map<Path, JsonObject> summaries = new ConcurrentHashMap<>();
        Batch.Outcome o = Batch.run(files, run.jobs(), run.quiet, f -> {
            LinkedDocument d = pipeline.convert(f);
            summaries.put(f, Summary.object(d));
            if (output != null) AtomicFiles.writeString(output.resolve(Inputs.stem(f) + ".json"), Summary.json(d));
            return d.warnings();
        }, err);

        // In the order of the inputs, as score.py reads a folder of summaries in the order of their names.
        Map<Py.Key, Object> predicted = new LinkedHashMap<>();
        for (Path f : files) {
            JsonObject s = summaries.get(f);
            if (s != null) Documents.put(predicted, Inputs.stem(f) + ".json", s);
        }

        Report report;
        try {
            report = Scorer.score(goldDocs.documents(), predicted, verbose ? out::println : null);
        } catch (ScoreException e) {
            out.flush();
            err.println("resograph: error: cannot score " + e.getMessage());
            return ExitCodes.FAILED_INPUTS;
        }
        for (String line : report.lines()) out.println(line);
        out.flush();

        long unscored = predicted.keySet().stream().filter(k -> !goldDocs.documents().containsKey(k)).count();
        int missing = report.goldDocuments() - report.predictedDocuments();
        if (!run.quiet) {
            err.printf("resograph: %d of %d texts converted%s; %d scored against %s; %d without a gold file (not scored)%s%n",
                    o.done(), files.size(), o.failed() > 0 ? ", " + o.failed() + " failed" : "",
                    report.predictedDocuments(), gold, unscored,
                    missing > 0 ? "; " + missing + " gold files without a converted text" : "");
        }
        if (!report.hasScores()) {
            err.println("resograph: error: nothing to score: no gold file holds a scored field");
            return ExitCodes.FAILED_INPUTS;
        }
        boolean failed = o.failed() > 0 || !goldDocs.problems().isEmpty();
        boolean below = min != null && report.overall() < min;
        if (below) err.printf("resograph: overall %s is below --min %s%n", Py.format3(report.overall()), min);
        return failed || below ? ExitCodes.FAILED_INPUTS : ExitCodes.OK;
    }
}
