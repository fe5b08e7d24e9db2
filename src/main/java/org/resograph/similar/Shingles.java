package org.resograph.similar;

import java.util.Arrays;
import java.util.List;

/**
 * Word k-shingles: every run of k consecutive words, each hashed to 32 bits. The hash is our own
 * (FNV-1a over the characters of each word, mixed), so it is the same on every JVM and run.
 *
 * <p>32 bits are enough: two paragraphs of 60 words have about 56 shingles each, and the chance
 * that two different shingles of theirs share a hash is about 56 x 56 / 2^32, less than one in a
 * million; a collision adds one shingle to an intersection, which moves a score by about 0.02.
 */
public final class Shingles {
    private Shingles() {}

    /** The shingle hashes of the words, in text order (one per start position, repeats kept). */
    public static int[] sequence(List<TextNormalizer.Word> words, int k) {
        long[] h = new long[words.size()];
        for (int i = 0; i < h.length; i++) h[i] = wordHash(words.get(i).text());
        return sequence(h, 0, h.length, k);
    }

    /** The shingle hashes of the words whose hashes are {@code wordHashes[from, to)}, in text order. */
    static int[] sequence(long[] wordHashes, int from, int to, int k) {
        int n = to - from - k + 1;
        if (n <= 0) return new int[0];
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            long x = 0x2545F4914F6CDD1DL;
            for (int j = 0; j < k; j++) x = (x ^ wordHashes[from + i + j]) * 0x9E3779B97F4A7C15L + j;
            x = mix(x);
            out[i] = (int) (x ^ (x >>> 32));
        }
        return out;
    }

    /** The shingle set of a paragraph's content words (its words after the opening clause head). */
    static int[] contentSet(String text, int k) {
        TextNormalizer.Tokens t = TextNormalizer.tokens(text);
        return sortedDistinct(sequence(t.hash, t.head, t.n, k));
    }

    /** The set of shingle hashes of the words: sorted, without repeats. */
    public static int[] set(List<TextNormalizer.Word> words, int k) {
        return sortedDistinct(sequence(words, k));
    }

    /** Sorts the array in place and returns its distinct values. */
    public static int[] sortedDistinct(int[] a) {
        if (a.length == 0) return a;
        Arrays.sort(a);
        int n = 1;
        for (int i = 1; i < a.length; i++) if (a[i] != a[n - 1]) a[n++] = a[i];
        return n == a.length ? a : Arrays.copyOf(a, n);
    }

    /** The number of values two sorted, distinct arrays have in common. */
    public static int intersection(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            int x = a[i];
            int y = b[j];
            if (x == y) {
                n++;
                i++;
                j++;
            } else if (x < y) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /** FNV-1a (64 bits) over the characters of a normalised word, mixed. */
    static long wordHash(String w) {
        long h = TextNormalizer.FNV_OFFSET;
        for (int i = 0; i < w.length(); i++) h = (h ^ w.charAt(i)) * TextNormalizer.FNV_PRIME;
        return mix(h);
    }

    /** The finalizer of MurmurHash3 (64 bits): every input bit moves about half the output bits. */
    static long mix(long z) {
        z ^= z >>> 33;
        z *= 0xff51afd7ed558ccdL;
        z ^= z >>> 33;
        z *= 0xc4ceb9fe1a85ec53L;
        z ^= z >>> 33;
        return z;
    }
}
