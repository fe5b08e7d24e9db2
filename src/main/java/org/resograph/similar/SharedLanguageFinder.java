package org.resograph.similar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Finds paragraphs of different documents that share language.
 *
 * <ol>
 * <li>Each paragraph is reduced to its content words ({@link TextNormalizer#content}) and the set
 * of their word k-shingles ({@link Shingles}). Paragraphs with fewer than
 * {@link Options#minShingles} shingles are too short to say anything and are left out.</li>
 * <li>Each set gets a MinHash signature, cut into LSH bands ({@link MinHash}). Paragraphs that
 * agree on a whole band fall into the same bucket and are candidates. A bucket larger than
 * {@link Options#maxBucket} (boilerplate that hundreds of documents repeat) is not expanded into
 * all its pairs: each paragraph is paired with the next {@link Options#window} paragraphs of the
 * bucket in date order, so that every occurrence is linked to its nearest occurrences before and
 * after without the quadratic blow-up.</li>
 * <li>Each candidate pair of different documents is verified on the exact shingle sets. The
 * score is the containment |A&cap;B| / min(|A|, |B|): the share of the shorter paragraph's
 * shingles found in the other. It is 1 when a paragraph is repeated whole inside a longer one
 * ("Urges Member States to ratify X" inside "Also urges Member States that have not yet done so
 * to ratify X, and ..."), where the Jaccard similarity would be low. A pair is kept when its
 * containment is at least {@link Options#minContainment}, its Jaccard similarity at least
 * {@link Options#minJaccard} (the region where the LSH finds pairs reliably) and it shares at
 * least {@link Options#minSharedShingles} shingles.</li>
 * </ol>
 *
 * <p>The output is sorted (by the earlier paragraph, then the later one, in {@link Passage#ORDER})
 * and does not depend on the number of threads. An instance runs one search at a time.
 */
public final class SharedLanguageFinder {

    /**
     * Parameters. {@link #DEFAULT} is tuned on the 61 resolutions of the development corpus and
     * the seeds (see the README's "Shared language" section for the reasons).
     */
    public record Options(int shingleSize, int bands, int rows, long seed, int minShingles, int minSharedShingles,
                          double minContainment, double minJaccard, int maxBucket, int window, int threads) {
        public static final Options DEFAULT = new Options(5, 64, 2, 0x5EED_2024_0C0DEL, 6, 6, 0.5, 0.2, 100, 16,
                Runtime.getRuntime().availableProcessors());

        public Options withThreads(int n) {
            return new Options(shingleSize, bands, rows, seed, minShingles, minSharedShingles, minContainment, minJaccard,
                    maxBucket, window, n);
        }

        public Options withThresholds(double containment, double jaccard, int minShared) {
            return new Options(shingleSize, bands, rows, seed, minShingles, minShared, containment, jaccard, maxBucket, window, threads);
        }

        public Options withBands(int b, int r) {
            return new Options(shingleSize, b, r, seed, minShingles, minSharedShingles, minContainment, minJaccard, maxBucket, window, threads);
        }

        public Options withShingleSize(int k) {
            return new Options(k, bands, rows, seed, minShingles, minSharedShingles, minContainment, minJaccard, maxBucket, window, threads);
        }

        public Options withBuckets(int max, int w) {
            return new Options(shingleSize, bands, rows, seed, minShingles, minSharedShingles, minContainment, minJaccard, max, w, threads);
        }

        public Options withSeed(long s) {
            return new Options(shingleSize, bands, rows, s, minShingles, minSharedShingles, minContainment, minJaccard, maxBucket, window, threads);
        }

        /** A one-line description, for the method node of the graph and for reports. */
        public String describe() {
            return String.format(java.util.Locale.ROOT,
                    "word %d-shingles of the normalised text without its opening clause head; MinHash with %d hash functions "
                    + "(%d bands of %d rows); kept when containment >= %.2f, Jaccard >= %.2f and at least %d shared shingles; "
                    + "paragraphs of fewer than %d shingles left out; buckets over %d paragraphs paired within a window of %d",
                    shingleSize, bands * rows, bands, rows, minContainment, minJaccard, minSharedShingles, minShingles, maxBucket, window);
        }
    }

    /**
     * Two paragraphs of different documents that share language. {@code earlier} comes first in
     * {@link Passage#ORDER}. {@code sharedText} is the longest run of words of the earlier
     * paragraph found in the later one, as printed in the earlier one (white space collapsed);
     * {@code sharedWords} is its length in words.
     */
    public record Match(Passage earlier, Passage later, double containment, double jaccard, int sharedShingles,
                        String sharedText, int sharedWords) {}

    /** What a run did: for benchmarks and the load's report. */
    public record Stats(int passages, int eligible, long candidates, int matches, double seconds,
                        double shingleSeconds, double signatureSeconds, double bandSeconds, double describeSeconds) {}

    private final Options options;
    private Stats stats;
    private ForkJoinPool pool;

    public SharedLanguageFinder(Options options) {
        this.options = options;
    }

    public SharedLanguageFinder() {
        this(Options.DEFAULT);
    }

    public Options options() {
        return options;
    }

    public Stats stats() {
        return stats;
    }

    /** The pairs of paragraphs of different documents that share language, sorted. */
    public List<Match> find(Collection<Passage> input) {
        List<Match> out = new ArrayList<>();
        find(input, out::add);
        return out;
    }

    /**
     * Sends the pairs of paragraphs of different documents that share language to {@code sink},
     * in order, from the calling thread, without keeping them: the memory used is that of the
     * index (the shingle sets and the band keys), whatever the number of pairs.
     */
    public void find(Collection<Passage> input, Consumer<Match> sink) {
        pool = new ForkJoinPool(Math.max(1, options.threads()));
        try {
            findIn(input, sink);
        } finally {
            pool.shutdown();
            pool = null;
        }
    }

    private void findIn(Collection<Passage> input, Consumer<Match> sink) {
        long t0 = System.nanoTime();
        Passage[] p = input.toArray(new Passage[0]);
        Arrays.sort(p, Passage.ORDER);
        for (int i = 1; i < p.length; i++) {
            if (p[i].id().equals(p[i - 1].id()) && p[i].document().equals(p[i - 1].document())) {
                throw new IllegalArgumentException("the paragraph " + p[i].id() + " is given twice");
            }
        }
        int[] doc = documentNumbers(p);
        int k = options.shingleSize();

        // 1. shingle sets of the paragraphs long enough to compare, in reading order: e[x] is the
        // x-th such paragraph, setOf[x] its shingles, docOf[x] its document
        int[][] sets = run(() -> IntStream.range(0, p.length).parallel()
                .mapToObj(i -> Shingles.contentSet(p[i].text(), k))
                .toArray(int[][]::new));
        int[] e = IntStream.range(0, p.length).filter(i -> sets[i].length >= options.minShingles()).toArray();
        int m = e.length;
        int[] docOf = new int[m];
        int[][] setOf = new int[m][];
        for (int x = 0; x < m; x++) {
            docOf[x] = doc[e[x]];
            setOf[x] = sets[e[x]];
        }
        long t1 = System.nanoTime();

        // 2, 3. MinHash, LSH and verification
        long[] timing = new long[2];
        long[] candidates = new long[1];
        long[] pairs = pairs(setOf, docOf, timing, candidates);
        long t3 = System.nanoTime();

        // 4. describe each pair and send it on, in order. Pairs with the same earlier paragraph
        // are consecutive: its words are read once for all of them. Batches of about 20,000 pairs
        // are described on all threads, then sent.
        int count = 0;
        for (int from = 0; from < pairs.length; ) {
            int to = Math.min(pairs.length, from + 20_000);
            while (to < pairs.length && (pairs[to] >>> 32) == (pairs[to - 1] >>> 32)) to++;
            List<int[]> groups = new ArrayList<>();
            for (int i = from; i < to; ) {
                int j = i + 1;
                while (j < to && (pairs[j] >>> 32) == (pairs[i] >>> 32)) j++;
                groups.add(new int[] {i, j});
                i = j;
            }
            int base = from;
            Match[] batch = new Match[to - from];
            run(() -> {
                groups.parallelStream().forEach(g -> {
                    int a = (int) (pairs[g[0]] >>> 32);
                    Passage earlier = p[e[a]];
                    TextNormalizer.Tokens words = TextNormalizer.tokens(earlier.text());
                    int[] seq = Shingles.sequence(words.hash, words.head, words.n, k);
                    for (int i = g[0]; i < g[1]; i++) {
                        int b = (int) pairs[i];
                        batch[i - base] = describe(earlier, p[e[b]], words, seq, setOf[a], setOf[b]);
                    }
                });
                return null;
            });
            for (Match x : batch) sink.accept(x);
            count += batch.length;
            from = to;
        }
        long t4 = System.nanoTime();
        stats = new Stats(p.length, m, candidates[0], count, (t4 - t0) / 1e9,
                (t1 - t0) / 1e9, timing[0] / 1e9, (t3 - t1 - timing[0]) / 1e9, (t4 - t3) / 1e9);
    }

    /**
     * The kept pairs (x, y), x &lt; y, as x &lt;&lt; 32 | y, sorted. {@code timing[0]} gets the
     * nanoseconds spent on signatures, {@code candidates[0]} the number of pairs verified.
     */
    private long[] pairs(int[][] setOf, int[] docOf, long[] timing, long[] candidates) {
        long t1 = System.nanoTime();
        int m = setOf.length;
        // 2. band keys, paragraph by paragraph: keys[x * bands + t]
        MinHash mh = new MinHash(options.bands(), options.rows(), options.seed());
        int bands = options.bands();
        int[] keys = new int[Math.multiplyExact(m, bands)];
        run(() -> {
            IntStream.range(0, m).parallel().forEach(x -> System.arraycopy(mh.bandKeys(setOf[x]), 0, keys, x * bands, bands));
            return null;
        });
        timing[0] = System.nanoTime() - t1;

        // 3. buckets, band by band (a band's pairs are checked against the bands before it). A
        // candidate pair of different documents is verified on the shingle sets in the first band
        // where it falls, whole, into one bucket (big[t] marks the paragraphs of band t's
        // oversized buckets). The buckets of ordinary size are shared among the threads. The
        // oversized ones are only windowed, in this thread; since the same boilerplate makes the
        // same oversized bucket in most bands, the windowed pairs are remembered, and verified once.
        BitSet[] big = new BitSet[bands];
        LongList kept = new LongList();
        LongHashSet windowed = new LongHashSet();
        LongHashSet seenBuckets = new LongHashSet();
        long candidateCount = 0;
        for (int band = 0; band < bands; band++) {
            int t = band;
            long[] s = sortedBand(keys, bands, t, m);
            int[] bounds = bucketBounds(s);
            BitSet byParagraph = new BitSet(m);
            List<int[]> oversized = new ArrayList<>();
            for (int i = 0; i + 1 < bounds.length; i++) {
                if (bounds[i + 1] - bounds[i] > options.maxBucket()) {
                    oversized.add(new int[] {bounds[i], bounds[i + 1]});
                    for (int q = bounds[i]; q < bounds[i + 1]; q++) byParagraph.set((int) s[q]);
                }
            }
            big[t] = byParagraph;
            int chunks = Math.max(1, options.threads() * 8);
            long[][] results = run(() -> IntStream.range(0, chunks).parallel().mapToObj(c -> {
                LongList out = new LongList();
                long count = 0;
                int nb = bounds.length - 1;
                for (int i = (int) ((long) nb * c / chunks); i < (int) ((long) nb * (c + 1) / chunks); i++) {
                    int from = bounds[i];
                    int to = bounds[i + 1];
                    if (to - from < 2 || to - from > options.maxBucket()) continue;
                    for (int q = from; q < to; q++) {
                        int x = (int) s[q];
                        for (int r = q + 1; r < to; r++) {
                            int y = (int) s[r];
                            if (docOf[x] == docOf[y]) continue;
                            int lo = Math.min(x, y);
                            int hi = Math.max(x, y);
                            if (pairedEarlier(keys, bands, big, t, lo, hi)) continue;
                            count++;
                            if (keep(setOf[lo], setOf[hi])) out.add(((long) lo << 32) | hi);
                        }
                    }
                }
                out.add(count); // the last value is the count
                return out.toArray();
            }).toArray(long[][]::new));
            for (long[] r : results) {
                candidateCount += r[r.length - 1];
                for (int i = 0; i < r.length - 1; i++) kept.add(r[i]);
            }
            for (int[] bucket : oversized) {
                // the same members as an oversized bucket of an earlier band: the same windows, nothing new
                long h = bucket[1] - bucket[0];
                for (int q = bucket[0]; q < bucket[1]; q++) h = Shingles.mix(h * 31 + (int) s[q]);
                if (h != 0 && !seenBuckets.add(h)) continue;
                for (int q = bucket[0]; q < bucket[1]; q++) {
                    int x = (int) s[q];
                    int last = Math.min(bucket[1], q + 1 + options.window());
                    for (int r = q + 1; r < last; r++) {
                        int y = (int) s[r];
                        if (docOf[x] == docOf[y]) continue;
                        int lo = Math.min(x, y);
                        int hi = Math.max(x, y);
                        long pair = ((long) lo << 32) | hi;
                        if (pairedEarlier(keys, bands, big, t, lo, hi) || !windowed.add(pair)) continue;
                        candidateCount++;
                        if (keep(setOf[lo], setOf[hi])) kept.add(pair);
                    }
                }
            }
        }
        candidates[0] = candidateCount;
        return sortedDistinct(kept.toArray());
    }

    private boolean keep(int[] a, int[] b) {
        return keep(Shingles.intersection(a, b), a.length, b.length);
    }

    /** Whether a verified pair is kept. */
    boolean keep(int shared, int sizeA, int sizeB) {
        if (shared < options.minSharedShingles()) return false;
        double containment = (double) shared / Math.min(sizeA, sizeB);
        double jaccard = (double) shared / (sizeA + sizeB - shared);
        return containment >= options.minContainment() && jaccard >= options.minJaccard();
    }

    /** Whether the pair fell, whole, into one bucket of an earlier band (and was kept there). */
    private static boolean pairedEarlier(int[] keys, int bands, BitSet[] big, int band, int a, int b) {
        int ka = a * bands;
        int kb = b * bands;
        for (int t = 0; t < band; t++) {
            if (keys[ka + t] == keys[kb + t] && !big[t].get(a)) return true;
        }
        return false;
    }

    private Match describe(Passage earlier, Passage later, TextNormalizer.Tokens words, int[] seq, int[] setA, int[] setB) {
        int k = options.shingleSize();
        int shared = Shingles.intersection(setA, setB);
        int bestStart = -1;
        int bestLength = 0;
        int runStart = -1;
        for (int i = 0; i <= seq.length; i++) {
            boolean in = i < seq.length && Arrays.binarySearch(setB, seq[i]) >= 0;
            if (in && runStart < 0) runStart = i;
            if (!in && runStart >= 0) {
                if (i - runStart > bestLength) {
                    bestLength = i - runStart;
                    bestStart = runStart;
                }
                runStart = -1;
            }
        }
        String text = "";
        int count = 0;
        if (bestStart >= 0) {
            int first = words.head + bestStart;
            int last = words.head + bestStart + bestLength + k - 2;
            text = collapseSpace(earlier.text(), words.start[first], words.end[last]);
            count = bestLength + k - 1;
        }
        double containment = (double) shared / Math.min(setA.length, setB.length);
        double jaccard = (double) shared / (setA.length + setB.length - shared);
        return new Match(earlier, later, containment, jaccard, shared, text, count);
    }

    /** text[from, to) with each run of white space made one space. */
    private static String collapseSpace(String text, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && b.length() > 0) b.append(' ');
            space = false;
            b.append(c);
        }
        return b.toString();
    }

    private static int[] documentNumbers(Passage[] p) {
        Map<String, Integer> ids = new HashMap<>();
        int[] doc = new int[p.length];
        for (int i = 0; i < p.length; i++) doc[i] = ids.computeIfAbsent(p[i].document(), d -> ids.size());
        return doc;
    }

    /** Band t's keys packed with the paragraph number (key in the high half) and sorted. */
    private long[] sortedBand(int[] keys, int bands, int t, int m) {
        long[] s = new long[m];
        for (int x = 0; x < m; x++) s[x] = ((long) keys[x * bands + t] << 32) | x;
        if (options.threads() > 1) run(() -> {
            Arrays.parallelSort(s);
            return null;
        });
        else Arrays.sort(s);
        return s;
    }

    /** The starts of the runs of equal keys in a sorted band, and its length at the end. */
    private static int[] bucketBounds(long[] s) {
        int[] bounds = new int[s.length + 1];
        int n = 0;
        for (int q = 0; q < s.length; q++) {
            if (q == 0 || (s[q] >>> 32) != (s[q - 1] >>> 32)) bounds[n++] = q;
        }
        bounds[n++] = s.length;
        return Arrays.copyOf(bounds, n);
    }

    private static long[] sortedDistinct(long[] all) {
        Arrays.sort(all);
        int u = 0;
        for (int i = 0; i < all.length; i++) if (u == 0 || all[i] != all[u - 1]) all[u++] = all[i];
        return Arrays.copyOf(all, u);
    }

    /** Runs a task (a parallel stream) on this run's threads. */
    private <T> T run(Supplier<T> task) {
        try {
            return pool.submit(task::get).get();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", ex);
        } catch (ExecutionException ex) {
            if (ex.getCause() instanceof RuntimeException r) throw r;
            if (ex.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(ex.getCause());
        }
    }

    /** A set of longs other than 0, open addressing. */
    private static final class LongHashSet {
        private long[] table = new long[1 << 12];
        private int size;

        /** Adds x; false if it was there. */
        boolean add(long x) {
            if (2 * (size + 1) > table.length) grow();
            int mask = table.length - 1;
            int i = (int) Shingles.mix(x) & mask;
            while (table[i] != 0) {
                if (table[i] == x) return false;
                i = (i + 1) & mask;
            }
            table[i] = x;
            size++;
            return true;
        }

        private void grow() {
            long[] old = table;
            table = new long[old.length * 2];
            size = 0;
            for (long x : old) if (x != 0) add(x);
        }
    }

    /** A growable array of longs. */
    private static final class LongList {
        private long[] a = new long[64];
        private int n;

        void add(long x) {
            if (n == a.length) a = Arrays.copyOf(a, a.length * 2);
            a[n++] = x;
        }

        long[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }
}
