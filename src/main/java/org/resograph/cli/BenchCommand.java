package org.resograph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.resograph.bench.Benchmark;

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

    @Override
    public Integer call() throws Exception {
        List<Path> sources = new ArrayList<>(Inputs.expand(List.of(seeds)));
        if (mix != null) sources.addAll(Inputs.expand(List.of(mix)));
        if (sources.isEmpty()) {
            System.err.println("resograph: no texts to copy in " + seeds);
            return ExitCodes.FAILED_INPUTS;
        }
        int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
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
        return ExitCodes.OK;
    }
}
