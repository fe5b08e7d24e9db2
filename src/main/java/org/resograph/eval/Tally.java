package org.resograph.eval;

import java.util.Set;

/** True positives, false positives and false negatives of one set field, and their P, R and F1. */
public final class Tally {
    private int tp;
    private int fp;
    private int fn;

    /** Adds one document's gold and predicted sets. */
    public <T> void add(Set<T> gold, Set<T> predicted) {
        for (T x : gold) {
            if (predicted.contains(x)) tp++;
            else fn++;
        }
        for (T x : predicted) if (!gold.contains(x)) fp++;
    }

    public int tp() {
        return tp;
    }

    public int fp() {
        return fp;
    }

    public int fn() {
        return fn;
    }

    /** Precision; 1 when nothing was predicted. */
    public double precision() {
        return tp + fp > 0 ? (double) tp / (tp + fp) : 1.0;
    }

    /** Recall; 1 when the gold holds nothing. */
    public double recall() {
        return tp + fn > 0 ? (double) tp / (tp + fn) : 1.0;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
}
