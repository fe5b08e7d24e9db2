package org.resograph.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.resograph.cli.Pipeline;
import org.resograph.link.LinkedDocument;
import org.resograph.rdf.QuadCollector;
import org.resograph.rdf.RdfFormat;
import org.resograph.rdf.RdfMapper;
import org.resograph.rdf.Vocab;

/**
 * The conversion benchmark: builds a corpus of varied, damaged copies of the seeds (and, if
 * asked, of other texts), converts it to one N-Quads file on all cores, then times Jena RIOT
 * parsing that file in the same run. Prints documents/s, quads/s, peak memory and the ratio of
 * conversion time to parse time.
 */
public final class Benchmark {

    /** What one run measured. */
    public record Result(int documents, long quads, long bytes, double convertSeconds, double parseSeconds,
                         long peakHeapFirstHalf, long peakHeapSecondHalf, long peakRss, int threads) {
        public double ratio() {
            return convertSeconds / parseSeconds;
        }
    }

    private final List<Path> sources;
    private final int documents;
    private final Path work;
    private final int threads;
    private final PrintStream log;

    public Benchmark(List<Path> sources, int documents, Path work, int threads, PrintStream log) {
        this.sources = sources;
        this.documents = documents;
        this.work = work;
        this.threads = threads;
        this.log = log;
    }

    public Result run() throws Exception {
        Path corpus = work.resolve("corpus");
        List<Path> files = buildCorpus(corpus);
        Path nq = work.resolve("corpus.nq");
        Pipeline pipeline = Pipeline.load();
        // Warm the converter up on the sources, so that the timing is of the steady state a long run sees.
        for (Path s : sources) pipeline.convert(s);

        HeapWatch watch = new HeapWatch();
        Thread watcher = new Thread(watch, "heap-watch");
        watcher.setDaemon(true);
        watcher.start();
        long t0 = System.nanoTime();
        long quads = convert(files, nq, pipeline, watch);
        double convertSeconds = (System.nanoTime() - t0) / 1e9;
        watch.stop = true;
        watcher.join();

        long t1 = System.nanoTime();
        AtomicLong parsed = new AtomicLong();
        RDFParser.source(nq).lang(Lang.NQUADS).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                parsed.incrementAndGet();
            }

            @Override
            public void triple(Triple triple) {
                parsed.incrementAndGet();
            }
        });
        double parseSeconds = (System.nanoTime() - t1) / 1e9;
        if (parsed.get() != quads) throw new IllegalStateException("wrote " + quads + " quads, RIOT read " + parsed.get());
        return new Result(files.size(), quads, Files.size(nq), convertSeconds, parseSeconds, watch.firstHalf, watch.secondHalf,
                peakRss(), threads);
    }

    /** Writes the corpus: copy i is source i mod n, damaged with seed i and given a symbol of its own. */
    List<Path> buildCorpus(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> old = Files.list(dir)) {
            for (Path p : old.toList()) Files.delete(p);
        }
        List<String> texts = new ArrayList<>();
        for (Path s : sources) texts.add(Files.readString(s, StandardCharsets.UTF_8));
        List<Path> out = new ArrayList<>(documents);
        for (int i = 0; i < documents; i++) {
            String text = withSymbol(texts.get(i % texts.size()), i);
            Path p = dir.resolve(String.format("doc-%05d.txt", i));
            Files.writeString(p, TextVariator.vary(text, i), StandardCharsets.UTF_8);
            out.add(p);
        }
        log.printf("benchmark: wrote %d documents to %s%n", documents, dir);
        return out;
    }

    private static final Pattern SYMBOL = Pattern.compile("(?m)^(United Nations\\s+)?([AES]/[A-Za-z0-9./]+)\\s*$");

    /**
     * Gives each copy a symbol of its own, so that every copy is a document of its own in the
     * graph: the printed symbol with {@code /BENCH.n} after it, which keeps its series (A/RES/,
     * E/RES/, E/CN.15/...) and so the body the copy is read as coming from; the resolution it
     * prints stays the same, so that copies cite and print the same resolutions and citation
     * chains run through the corpus as they do through the originals. A text without a symbol
     * (an unsymbolled draft) gets a CCPCJ draft symbol.
     */
    static String withSymbol(String text, int i) {
        Matcher m = SYMBOL.matcher(text);
        if (m.find()) return text.substring(0, m.end(2)) + String.format("/BENCH.%d", i + 1) + text.substring(m.end(2));
        return "United Nations " + String.format("E/CN.15/BENCH/L.%d", i + 1) + "\n\n" + text;
    }

    private long convert(List<Path> files, Path nq, Pipeline pipeline, HeapWatch watch) throws Exception {
        RdfMapper mapper = new RdfMapper(Vocab.DEFAULT_BASE, pipeline.gazetteer(), "bench");
        AtomicLong quads = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Semaphore inFlight = new Semaphore(threads * 2);
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(nq), 1 << 20);
             RdfFormat.Sink sink = RdfFormat.NQUADS.open(os)) {
            List<Future<?>> pending = new ArrayList<>();
            int done = 0;
            for (Path f : files) {
                inFlight.acquire();
                pending.add(pool.submit(() -> {
                    try {
                        LinkedDocument d = pipeline.convert(f);
                        QuadCollector c = new QuadCollector();
                        mapper.map(d, c);
                        sink.accept(c.quads());
                        quads.addAndGet(c.quads().size());
                    } catch (Exception e) {
                        throw new IllegalStateException(f + ": " + e.getMessage(), e);
                    } finally {
                        inFlight.release();
                    }
                    return null;
                }));
                if (++done == files.size() / 2) watch.half = true;
                if (pending.size() > 4 * threads) {
                    pending.get(0).get();
                    pending.remove(0);
                }
            }
            for (Future<?> p : pending) p.get();
        } finally {
            pool.shutdown();
        }
        return quads.get();
    }

    /** Samples the heap in use; reports the highest value in each half of the run. */
    private static final class HeapWatch implements Runnable {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        volatile boolean stop;
        volatile boolean half;
        long firstHalf;
        long secondHalf;

        @Override
        public void run() {
            while (!stop) {
                long used = memory.getHeapMemoryUsage().getUsed();
                if (half) secondHalf = Math.max(secondHalf, used);
                else firstHalf = Math.max(firstHalf, used);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** The process's peak resident memory (Linux), or -1. */
    static long peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        } catch (IOException | RuntimeException e) {
            // not on Linux
        }
        return -1;
    }
}
