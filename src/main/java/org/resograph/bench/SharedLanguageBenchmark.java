package org.resograph.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.resograph.cli.Pipeline;
import org.resograph.parse.Document;
import org.resograph.parse.Paragraph;
import org.resograph.read.InputProblem;
import org.resograph.similar.Passage;
import org.resograph.similar.SharedLanguageFinder;

/**
 * Times {@link SharedLanguageFinder} on a synthetic corpus the size of a large collection of
 * resolutions (10,000 documents of about 40 paragraphs: 400,000 paragraphs), built from the
 * language of real ones so that it has their phrase statistics:
 *
 * <ul>
 * <li>New paragraphs are written by a word-trigram model of the real paragraphs (the seeds and,
 * with {@code --mix}, the development corpus), with the real paragraphs' lengths: they repeat
 * the common phrases of resolutions ("the United Nations Office on Drugs and Crime") as often as
 * real texts do, without being copies.</li>
 * <li>Documents come in series of ten, like a resolution taken up every year or two: each
 * document keeps 60% of the previous one's paragraphs, lightly edited (a word or two changed,
 * added or dropped, sometimes a clause appended), and adds new ones. So a paragraph can live
 * through ten documents and share language with each of them.</li>
 * <li>Thirty real paragraphs are boilerplate: each document repeats each of them with a chance of
 * 5%, so each appears in about 500 documents, which makes the oversized LSH buckets that the
 * finder has to pair within a window.</li>
 * </ul>
 */
public final class SharedLanguageBenchmark {

    /** What a run measured. */
    public record Result(int documents, int paragraphs, long textChars, double buildSeconds, SharedLanguageFinder.Stats stats,
                         long heapBefore, long peakHeap, int threads, double cpuSeconds) {}

    private final List<Path> sources;
    private final int documents;
    private final int threads;
    private final PrintStream log;

    public SharedLanguageBenchmark(List<Path> sources, int documents, int threads, PrintStream log) {
        this.sources = sources;
        this.documents = documents;
        this.threads = threads;
        this.log = log;
    }

    public Result run() throws Exception {
        long t0 = System.nanoTime();
        List<String> real = realParagraphs();
        log.printf("resograph: %d real paragraphs from %d texts; building %,d documents ...%n", real.size(), sources.size(), documents);
        List<Passage> corpus = new Generator(real, new SplittableRandom(20240613)).corpus(documents);
        long chars = 0;
        for (Passage p : corpus) chars += p.text().length();
        double build = (System.nanoTime() - t0) / 1e9;
        log.printf("resograph: %,d paragraphs (%.0f MB of text) built in %.1f s; finding shared language on %d threads ...%n",
                corpus.size(), chars / 1e6, build, threads);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        long[] peak = {before};
        Thread watch = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        watch.setDaemon(true);
        watch.start();
        SharedLanguageFinder finder = new SharedLanguageFinder(SharedLanguageFinder.Options.DEFAULT.withThreads(threads));
        long[] words = new long[1];
        long cpu0 = processCpuNanos();
        finder.find(corpus, m -> words[0] += m.sharedWords()); // streamed, not kept: the finder's own memory is measured
        watch.interrupt();
        watch.join();
        if (finder.stats().matches() == 0) throw new IllegalStateException("no shared language found in the synthetic corpus");
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        return new Result(documents, corpus.size(), chars, build, finder.stats(), before, peak[0], threads, cpu);
    }

    /** CPU time of the whole process (all threads), or 0 where the JVM does not tell it. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    /** Prints a result as the bench command does. */
    public static void print(Result r, PrintStream out) {
        SharedLanguageFinder.Stats s = r.stats();
        out.printf(Locale.ROOT, "documents            %,d%n", r.documents());
        out.printf(Locale.ROOT, "paragraphs           %,d (%,d long enough to compare), %.0f MB of text%n", r.paragraphs(), s.eligible(),
                r.textChars() / 1e6);
        out.printf(Locale.ROOT, "shared language      %.2f s on %d threads: shingles %.2f s, MinHash %.2f s, LSH buckets and "
                        + "verification %.2f s, shared text %.2f s%n", s.seconds(), r.threads(), s.shingleSeconds(), s.signatureSeconds(),
                s.bandSeconds(), s.describeSeconds());
        out.printf(Locale.ROOT, "CPU time             %.2f s (all threads; the wall-clock time above is longer when other processes "
                + "share the processors)%n", r.cpuSeconds());
        out.printf(Locale.ROOT, "pairs                %,d kept; %,d candidate pairs verified (with repeats across bands)%n",
                s.matches(), s.candidates());
        out.printf(Locale.ROOT, "heap                 %.0f MB before (the paragraphs' text), peak %.0f MB while finding (+%.0f MB)%n",
                r.heapBefore() / 1e6, r.peakHeap() / 1e6, (r.peakHeap() - r.heapBefore()) / 1e6);
    }

    private List<String> realParagraphs() {
        Pipeline pipeline = Pipeline.load();
        List<String> out = new ArrayList<>();
        for (Path f : sources) {
            try {
                Document d = pipeline.convert(f).document();
                for (List<Paragraph> list : List.of(d.preamble(), d.operative(), d.annex())) {
                    for (Paragraph p : list) add(p, out);
                }
            } catch (InputProblem e) {
                log.println("resograph: " + f + ": " + e.getMessage());
            }
        }
        if (out.size() < 50) throw new IllegalStateException("too few paragraphs to learn from: " + out.size());
        return out;
    }

    private static void add(Paragraph p, List<String> out) {
        if (!p.text().text().isBlank()) out.add(p.text().text());
        for (Paragraph c : p.children()) add(c, out);
    }

    /** Writes the synthetic corpus. */
    static final class Generator {
        private final List<String> real;
        private final SplittableRandom r;
        private final List<String> vocabulary = new ArrayList<>();
        private final Map<String, Integer> ids = new HashMap<>();
        /** (word, word) -> the words that follow that pair in the real paragraphs, with repeats. */
        private final Map<Long, int[]> next = new HashMap<>();
        private final List<long[]> starts = new ArrayList<>();
        private final int[] lengths;
        private final List<String> boilerplate = new ArrayList<>();

        Generator(List<String> real, SplittableRandom r) {
            this.real = real;
            this.r = r;
            Map<Long, List<Integer>> follow = new HashMap<>();
            lengths = new int[real.size()];
            for (int i = 0; i < real.size(); i++) {
                String[] w = real.get(i).split("\\s+");
                lengths[i] = w.length;
                int[] id = new int[w.length];
                for (int j = 0; j < w.length; j++) id[j] = ids.computeIfAbsent(w[j], x -> {
                    vocabulary.add(x);
                    return vocabulary.size() - 1;
                });
                if (w.length >= 3) starts.add(new long[] {id[0], id[1]});
                for (int j = 2; j < w.length; j++) follow.computeIfAbsent(pair(id[j - 2], id[j - 1]), k -> new ArrayList<>()).add(id[j]);
            }
            follow.forEach((k, v) -> next.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
            for (int i = 0; i < 30; i++) boilerplate.add(real.get(r.nextInt(real.size())));
        }

        private static long pair(int a, int b) {
            return ((long) a << 32) | b;
        }

        List<Passage> corpus(int docs) {
            List<Passage> out = new ArrayList<>(docs * 42);
            List<String> previous = List.of();
            for (int d = 0; d < docs; d++) {
                int year = d % 10;
                if (year == 0) previous = List.of();
                int target = 20 + r.nextInt(41);
                List<String> paragraphs = new ArrayList<>();
                for (String p : previous) if (r.nextInt(10) < 6) paragraphs.add(edit(p));
                while (paragraphs.size() < target) paragraphs.add(write());
                for (String b : boilerplate) if (r.nextInt(20) == 0) paragraphs.add(b);
                String doc = "https://example.org/bench/document/" + d;
                String date = String.format(Locale.ROOT, "%04d-%02d-%02d", 2000 + year * 2 + (d / 10) % 2, 1 + (d / 20) % 12, 1 + d % 28);
                for (int i = 0; i < paragraphs.size(); i++) out.add(new Passage(doc + "/p/" + (i + 1), doc, date, paragraphs.get(i)));
                previous = paragraphs;
            }
            return out;
        }

        /** A new paragraph: a walk through the trigram model, as long as a real paragraph. */
        String write() {
            int length = lengths[r.nextInt(lengths.length)];
            StringBuilder b = new StringBuilder();
            long[] s = starts.get(r.nextInt(starts.size()));
            int w1 = (int) s[0];
            int w2 = (int) s[1];
            b.append(vocabulary.get(w1)).append(' ').append(vocabulary.get(w2));
            for (int i = 2; i < length; i++) {
                int[] options = next.get(pair(w1, w2));
                int w3;
                if (options == null) {
                    long[] again = starts.get(r.nextInt(starts.size()));
                    w3 = (int) again[0];
                } else {
                    w3 = options[r.nextInt(options.length)];
                }
                b.append(' ').append(vocabulary.get(w3));
                w1 = w2;
                w2 = w3;
            }
            return b.toString();
        }

        /** The next year's version of a paragraph: a few words changed, added or dropped; sometimes a clause more. */
        String edit(String p) {
            String[] w = p.split(" ");
            List<String> out = new ArrayList<>(w.length + 12);
            for (String x : w) {
                int dice = r.nextInt(100);
                if (dice < 2) continue; // dropped
                if (dice < 4) out.add(vocabulary.get(r.nextInt(vocabulary.size()))); // changed
                else out.add(x);
                if (dice == 99) out.add(vocabulary.get(r.nextInt(vocabulary.size()))); // added
            }
            if (r.nextInt(5) == 0) {
                String clause = write();
                out.add("and");
                for (String x : clause.split(" ")) {
                    if (out.size() >= w.length + 12) break;
                    out.add(x);
                }
            }
            return String.join(" ", out);
        }
    }

    /** {@code java -cp resograph.jar org.resograph.bench.SharedLanguageBenchmark [DOCS [THREADS [DIR...]]]} */
    public static void main(String[] args) throws Exception {
        int docs = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        List<Path> dirs = new ArrayList<>();
        for (int i = 2; i < args.length; i++) dirs.add(Path.of(args[i]));
        if (dirs.isEmpty()) dirs.add(Path.of("seeds"));
        List<Path> files = new ArrayList<>();
        for (Path d : dirs) {
            try (var s = java.nio.file.Files.walk(d)) {
                s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted().forEach(files::add);
            }
        }
        Result r = new SharedLanguageBenchmark(files, docs, threads, System.err).run();
        print(r, System.out);
    }
}
