package org.resograph.similar;

import java.util.SplittableRandom;

/**
 * MinHash signatures of shingle sets, folded into LSH band keys.
 *
 * <p>Hash function i is h_i(x) = (a_i * x + b_i) >>> 32 over 64-bit arithmetic, with a_i odd
 * (multiply-add-shift, a 2-universal family for 32-bit keys); a_i and b_i are drawn from a
 * {@link SplittableRandom} with a fixed seed, so signatures are the same on every run. For two
 * sets A and B, the chance that min h_i(A) = min h_i(B) is their Jaccard similarity J. The
 * signature is cut into bands of {@code rows} values; two sets whose band values are all equal
 * in some band become a candidate pair, which happens with probability 1 - (1 - J^rows)^bands.
 */
public final class MinHash {
    private final long[] a;
    private final long[] b;
    private final int rows;
    private final int bands;

    public MinHash(int bands, int rows, long seed) {
        if (bands < 1 || rows < 1) throw new IllegalArgumentException("bands and rows must be positive");
        this.rows = rows;
        this.bands = bands;
        int n = bands * rows;
        a = new long[n];
        b = new long[n];
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            a[i] = r.nextLong() | 1L;
            b[i] = r.nextLong();
        }
    }

    public int bands() {
        return bands;
    }

    public int rows() {
        return rows;
    }

    /** The full signature: for each hash function, the least value it takes on the set. */
    public long[] signature(int[] shingles) {
        int n = a.length;
        long[] x = new long[shingles.length];
        for (int j = 0; j < x.length; j++) x[j] = shingles[j] & 0xffffffffL;
        long[] min = new long[n];
        for (int i = 0; i < n; i++) {
            long ai = a[i];
            long bi = b[i];
            long m = Long.MAX_VALUE;
            for (long v : x) m = Math.min(m, (ai * v + bi) >>> 32);
            min[i] = m;
        }
        return min;
    }

    /** The key of each band: the band's {@code rows} signature values hashed to 32 bits. */
    public int[] bandKeys(int[] shingles) {
        long[] sig = signature(shingles);
        int[] keys = new int[bands];
        for (int t = 0; t < bands; t++) {
            long h = 0x632BE59BD9B4E019L + t;
            for (int j = 0; j < rows; j++) h = Shingles.mix(h * 0x9E3779B97F4A7C15L + sig[t * rows + j]);
            keys[t] = (int) (h ^ (h >>> 32));
        }
        return keys;
    }

    /** The probability that a pair of Jaccard similarity j becomes a candidate. */
    public double candidateProbability(double j) {
        return 1 - Math.pow(1 - Math.pow(j, rows), bands);
    }
}
