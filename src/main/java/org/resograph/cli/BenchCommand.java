package org.resograph.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.resograph.bench.Benchmark;
import org.resograph.bench.LoadBenchmark;
import org.resograph.bench.SharedLanguageBenchmark;
import org.resograph.rdf.RdfFormat;
import org.resograph.rdf.Vocab;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code resograph bench}: conversion throughput against RIOT's parse of the same output. */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Benchmark the converter: build a corpus of damaged copies of the seeds, convert it to N-Quads on all "
                + "processors, then time Jena RIOT parsing that file. Prints documents/s, quads/s, peak memory and "
                + "the ratio of conversion time to parse time (target: at most 2)."
        })
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--docs", defaultValue = "10000", paramLabel = "N", description = "Documents in the corpus (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--seeds", defaultValue = "seeds", paramLabel = "DIR", description = "Texts to copy (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Option(names = "--mix", paramLabel = "DIR", description = "Also copy the texts of this folder (for example ../shared/corpus/texts).")
    Path mix;

    @Option(names = "--work", defaultValue = "target/bench", paramLabel = "DIR", description = "Folder for the corpus and the N-Quads (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Threads (default: the number of processors).")
    Integer jobs;

    @Option(names = "--load", description = "Also time loading into TDB2: `resograph load` beside Jena's tdb2.tdbloader, "
            + "on the seeds and on the corpus's N-Quads, each into a new database in a JVM of its own.")
    boolean load;

    @Option(names = "--shared-language", description = "Instead, time the shared-language finder on a synthetic corpus of --docs "
            + "documents of about 40 paragraphs each, written from the language of the seeds (and of --mix): prints the time of "
            + "each phase, the CPU time, the pairs found and the heap used.")
    boolean sharedLanguage;

    @Option(names = "--load-java-opts", paramLabel = "OPTS", defaultValue = "-Xmx4g",
            description = "JVM options for both loaders (default: ${DEFAULT-VALUE}).")
    String loadJavaOpts;

    @Override
    public Integer call() throws Exception {
        List<Path> sources = new ArrayList<>(Inputs.expand(List.of(seeds)));
        if (mix != null) sources.addAll(Inputs.expand(List.of(mix)));
        if (sources.isEmpty()) {
            System.err.println("resograph: no texts to copy in " + seeds);
            return ExitCodes.FAILED_INPUTS;
        }
        int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (sharedLanguage) {
            SharedLanguageBenchmark.print(new SharedLanguageBenchmark(sources, docs, threads, System.err).run(), System.out);
            return ExitCodes.OK;
        }
        Benchmark.Result r = new Benchmark(sources, docs, work, threads, System.err).run();
        System.out.printf("documents            %d (copies of %d texts)%n", r.documents(), sources.size());
        System.out.printf("quads                %d (%.1f MB of N-Quads)%n", r.quads(), r.bytes() / 1e6);
        System.out.printf("convert              %.2f s on %d threads: %.0f documents/s, %.0f quads/s%n",
                r.convertSeconds(), r.threads(), r.documents() / r.convertSeconds(), r.quads() / r.convertSeconds());
        System.out.printf("RIOT parse           %.2f s: %.0f quads/s%n", r.parseSeconds(), r.quads() / r.parseSeconds());
        System.out.printf("ratio convert/parse  %.2f (target <= 2)%n", r.ratio());
        System.out.printf("peak heap            %.0f MB in the first half, %.0f MB in the second half%n",
                r.peakHeapFirstHalf() / 1e6, r.peakHeapSecondHalf() / 1e6);
        if (r.peakRss() > 0) System.out.printf("peak resident memory %.0f MB%n", r.peakRss() / 1e6);
        if (load) loadBenchmark(r.quads());
        return ExitCodes.OK;
    }

    private void loadBenchmark(long corpusQuads) throws Exception {
        LoadBenchmark lb = new LoadBenchmark(work, loadJavaOpts, System.err);
        Path seedsNq = work.resolve("seeds.nq");
        long seedQuads = writeNQuads(Inputs.expand(List.of(seeds)), seedsNq);
        List<LoadBenchmark.Run> runs = List.of(
                lb.resograph("resograph load (texts)", seedQuads, List.of("--no-reference", "--no-shared-language"), seeds),
                lb.resograph("resograph load (N-Quads)", seedQuads, List.of("--no-reference", "--no-shared-language"), seedsNq),
                lb.tdbloader(seedQuads, seedsNq),
                lb.resograph("resograph load (N-Quads)", corpusQuads, List.of("--no-reference", "--no-shared-language"), work.resolve("corpus.nq")),
                lb.tdbloader(corpusQuads, work.resolve("corpus.nq")));
        System.out.printf("%nload into a new TDB2 database (wall clock, JVM start included)%n");
        for (LoadBenchmark.Run run : runs) {
            System.out.printf("  %-26s %-12s %,11d quads %8.2f s %,10.0f quads/s%n", run.what(), run.input().getFileName(), run.quads(),
                    run.seconds(), run.quadsPerSecond());
        }
    }

    /** The seeds' graphs as one N-Quads file, the same quads `load` of the texts writes. */
    private static long writeNQuads(List<Path> texts, Path out) throws Exception {
        TextToQuads converter = new TextToQuads(Vocab.DEFAULT_BASE);
        long n = 0;
        try (OutputStream os = Files.newOutputStream(out);
                RdfFormat.Sink sink = RdfFormat.NQUADS.open(os)) {
            for (Path t : texts) {
                var quads = converter.convert(t).quads();
                sink.accept(quads);
                n += quads.size();
            }
        }
        return n;
    }
}
