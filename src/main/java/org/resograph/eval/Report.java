package org.resograph.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The counts a scoring run gathers, and the figures score.py prints from them. */
public final class Report {
    int goldDocuments;
    int predictedDocuments;
    int headerOk;
    int headerAll;
    int preambleOk;
    int preambleAll;
    int operativeAll;
    final Map<String, Integer> operativeOk = zeros();
    final Map<String, Integer> operativeSkip = zeros();
    final Set<String> seen = new LinkedHashSet<>();
    final Map<String, Tally> tallies = new LinkedHashMap<>();

    Report() {
        for (String k : Scorer.SETS.keySet()) tallies.put(k, new Tally());
    }

    private static Map<String, Integer> zeros() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (String k : Scorer.OPERATIVE) m.put(k, 0);
        return m;
    }

    public int goldDocuments() {
        return goldDocuments;
    }

    /** Gold documents that have a prediction. */
    public int predictedDocuments() {
        return predictedDocuments;
    }

    /** The tally of a set field, or null when no gold document has that field. */
    public Tally tally(String field) {
        return seen.contains(field) ? tallies.get(field) : null;
    }

    /** Paragraphs an operative measure is counted over (those whose gold has its key). */
    public int operativeCounted(String measure) {
        return operativeAll - operativeSkip.get(measure);
    }

    public int operativeOk(String measure) {
        return operativeOk.get(measure);
    }

    /** Every score that goes into the overall figure, by name, in score.py's order. */
    public Map<String, Double> scores() {
        Map<String, Double> s = new LinkedHashMap<>();
        if (headerAll > 0) s.put("header", (double) headerOk / headerAll);
        if (preambleAll > 0) s.put("preamble", (double) preambleOk / preambleAll);
        for (String k : Scorer.OPERATIVE) {
            if (operativeSkip.get(k) < operativeAll) s.put("operative." + k, (double) operativeOk.get(k) / operativeCounted(k));
        }
        for (String k : seen) s.put(k, tallies.get(k).f1());
        return s;
    }

    /** Whether there is anything to average (score.py divides by zero otherwise). */
    public boolean hasScores() {
        return !scores().isEmpty();
    }

    /** The mean of {@link #scores()}, summed left to right as Python's {@code sum} does (before 3.12). */
    public double overall() {
        Map<String, Double> s = scores();
        if (s.isEmpty()) throw new ScoreException("nothing to score: no gold document holds a scored field");
        double sum = 0;
        for (double x : s.values()) sum += x;
        return sum / s.size();
    }

    /** The lines score.py prints, the {@code overall} line last when there is anything to score. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("documents: gold=" + goldDocuments + " predicted=" + predictedDocuments);
        Map<String, Double> s = scores();
        if (s.containsKey("header")) out.add("header: " + Py.format3(s.get("header")) + " (" + headerOk + "/" + headerAll + " fields)");
        if (s.containsKey("preamble")) {
            out.add("preamble: " + Py.format3(s.get("preamble")) + " (" + preambleOk + "/" + preambleAll + " paragraphs)");
        }
        for (String k : Scorer.OPERATIVE) {
            Double x = s.get("operative." + k);
            if (x != null) {
                out.add("operative." + k + ": " + Py.format3(x) + " (" + operativeOk.get(k) + "/" + operativeCounted(k) + " paragraphs)");
            }
        }
        for (String k : Scorer.SETS.keySet()) {
            if (!seen.contains(k)) continue;
            Tally t = tallies.get(k);
            out.add(k + ": P=" + Py.format3(t.precision()) + " R=" + Py.format3(t.recall()) + " F1=" + Py.format3(t.f1())
                    + " (tp=" + t.tp() + " fp=" + t.fp() + " fn=" + t.fn() + ")");
        }
        if (!s.isEmpty()) out.add("overall: " + Py.format3(overall()));
        return out;
    }
}
