package org.resograph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The scoring rules of {@code ../shared/tools/score.py}, ported line by line: header fields by
 * exact match after {@link Norm}; preambular paragraphs aligned by position and compared by first
 * word and modifier; operative paragraphs aligned by position and compared by verb, modifier,
 * addressees (as a set), sub-paragraphs (in order) and other verbs (in any order), each measure
 * skipped for the paragraphs whose gold lacks its key; the list fields as sets of keys, with
 * precision, recall and F1 over all documents. Documents are matched by their {@code file} key.
 */
public final class Scorer {
    private Scorer() {}

    /** The header fields, in score.py's order. */
    public static final List<String> HEADER = List.of("symbol", "revises", "documentType", "date", "adopted",
            "distribution", "organ", "body", "session", "sessionPlace", "sessionStart", "sessionEnd", "agendaItem",
            "agendaTitle", "sponsors", "title", "actingBody", "recommendedBy");

    /** The operative measures, in score.py's order. */
    public static final List<String> OPERATIVE = List.of("verb", "modifier", "addressees", "subparagraphs", "otherVerbs");

    /** The set fields and the key each item is compared by, in score.py's order. */
    public static final Map<String, Function<Object, Object>> SETS = sets();

    private static Map<String, Function<Object, Object>> sets() {
        Map<String, Function<Object, Object>> m = new LinkedHashMap<>();
        m.put("citedResolutions", r -> Py.Tuple.of(Norm.norm(Py.get(r, "body")), Norm.norm(Py.get(r, "number"))));
        m.put("citedDocuments", Norm::norm);
        m.put("treaties", Norm::norm);
        m.put("treatyArticles", a -> Py.Tuple.of(Norm.norm(Py.get(a, "treaty")), Norm.norm(Py.get(a, "article")),
                Norm.norm(Py.get(a, "paragraph"))));
        m.put("instruments", Norm::norm);
        m.put("sdgTargets", Norm::norm);
        m.put("bodies", Norm::norm);
        m.put("mandates", x -> Py.Tuple.of(Py.get(x, "paragraph"), Norm.norm(Py.get(x, "verb")), Norm.norm(Py.get(x, "addressee"))));
        m.put("reporting", x -> Py.Tuple.of(Py.get(x, "paragraph"), Norm.norm(Py.get(x, "reporter")),
                Norm.norm(Py.get(x, "reportTo")), Py.get(x, "session")));
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * Scores the predicted documents against the gold ones (both keyed by file, as {@link Documents}
     * makes them). With {@code verbose}, each miss is passed to it as score.py's --verbose prints it.
     */
    public static Report score(Map<Py.Key, Object> gold, Map<Py.Key, Object> pred, Consumer<String> verbose) {
        Report r = new Report();
        r.goldDocuments = gold.size();
        for (Py.Key f : gold.keySet()) if (pred.containsKey(f)) r.predictedDocuments++;
        for (Map.Entry<Py.Key, Object> e : gold.entrySet()) {
            String f = Py.str(e.getKey().value());
            try {
                document(f, e.getValue(), pred.getOrDefault(e.getKey(), Map.of()), r, verbose);
            } catch (ScoreException ex) {
                throw new ScoreException(f + ": " + ex.getMessage());
            }
        }
        return r;
    }

    private static void document(String f, Object g, Object p, Report r, Consumer<String> verbose) {
        boolean v = verbose != null;
        if (!Py.truthy(p) && v) verbose.accept("[" + f + "] no prediction");
        for (String k : HEADER) {
            if (!Py.has(g, k)) continue;
            r.headerAll++;
            if (Py.eq(Norm.norm(Py.get(g, k)), Norm.norm(Py.get(p, k)))) r.headerOk++;
            else if (v) verbose.accept("[" + f + "] " + k + ": gold=" + Py.repr(Py.get(g, k)) + " got=" + Py.repr(Py.get(p, k)));
        }

        List<Object> gp = List.of();
        List<Object> pp = List.of();
        if (Py.has(g, "preamble")) {
            gp = Py.iterate(Py.or(Py.get(g, "preamble"), List.of()));
            pp = Py.iterate(Py.or(Py.get(p, "preamble"), List.of()));
        }
        r.preambleAll += Math.max(gp.size(), pp.size());
        for (int i = 0; i < Math.min(gp.size(), pp.size()); i++) {
            Object a = Py.get(gp.get(i), "phrase");
            Object b = Py.get(pp.get(i), "phrase");
            if (Norm.firstWord(a).equals(Norm.firstWord(b)) && Norm.hasModifier(a) == Norm.hasModifier(b)) r.preambleOk++;
            else if (v) verbose.accept("[" + f + "] preamble " + (i + 1) + ": gold=" + Py.repr(a) + " got=" + Py.repr(b));
        }
        if (v && gp.size() != pp.size()) verbose.accept("[" + f + "] preamble count: gold=" + gp.size() + " got=" + pp.size());

        List<Object> go = List.of();
        List<Object> po = List.of();
        if (Py.has(g, "operative")) {
            go = Py.iterate(Py.or(Py.get(g, "operative"), List.of()));
            po = Py.iterate(Py.or(Py.get(p, "operative"), List.of()));
        }
        r.operativeAll += Math.max(go.size(), po.size());
        if (v && go.size() != po.size()) verbose.accept("[" + f + "] operative count: gold=" + go.size() + " got=" + po.size());
        for (int i = 0; i < Math.min(go.size(), po.size()); i++) {
            Object a = go.get(i);
            Object b = po.get(i);
            Map<String, Boolean> checks = new LinkedHashMap<>();
            checks.put("verb", Py.eq(Norm.norm(Py.get(a, "verb")), Norm.norm(Py.or(lower(Py.or(Py.get(b, "verb"), "")), null))));
            checks.put("modifier", Py.eq(Norm.norm(Py.get(a, "modifier")), Norm.norm(Py.get(b, "modifier"))));
            checks.put("addressees", keySet(Py.iterate(Py.or(Py.get(a, "addressees"), List.of())))
                    .equals(keySet(Py.iterate(Py.or(Py.get(b, "addressees"), List.of())))));
            checks.put("subparagraphs", Py.eq(Py.iterate(Py.or(Py.get(a, "subparagraphs"), List.of())),
                    Py.iterate(Py.or(Py.get(b, "subparagraphs"), List.of()))));
            checks.put("otherVerbs", counts(Py.iterate(Py.or(Py.get(a, "otherVerbs"), List.of())))
                    .equals(counts(Py.iterate(Py.or(Py.get(b, "otherVerbs"), List.of())))));
            for (Map.Entry<String, Boolean> c : checks.entrySet()) {
                String k = c.getKey();
                if (!Py.has(a, k)) {
                    r.operativeSkip.merge(k, 1, Integer::sum);
                    continue;
                }
                if (c.getValue()) r.operativeOk.merge(k, 1, Integer::sum);
                else if (v) verbose.accept("[" + f + "] operative " + (i + 1) + " " + k + ": gold=" + Py.repr(Py.get(a, k))
                        + " got=" + Py.repr(Py.get(b, k)));
            }
        }

        for (Map.Entry<String, Function<Object, Object>> s : SETS.entrySet()) {
            String k = s.getKey();
            if (!Py.has(g, k)) continue;
            r.seen.add(k);
            Set<Py.Key> gs = new LinkedHashSet<>();
            for (Object x : Py.iterate(Py.or(Py.get(g, k), List.of()))) gs.add(new Py.Key(s.getValue().apply(x)));
            Set<Py.Key> ps = new LinkedHashSet<>();
            for (Object x : Py.iterate(Py.or(Py.get(p, k), List.of()))) ps.add(new Py.Key(s.getValue().apply(x)));
            r.tallies.get(k).add(gs, ps);
            if (v) {
                for (String x : byStr(gs, ps)) verbose.accept("[" + f + "] " + k + " missed: " + x);
                for (String x : byStr(ps, gs)) verbose.accept("[" + f + "] " + k + " extra: " + x);
            }
        }
    }

    /** {@code (x or "").lower()}: the predicted verb must be a string. */
    private static Object lower(Object x) {
        if (x instanceof String s) return s.toLowerCase(Locale.ROOT);
        throw new ScoreException("'" + Py.typeName(x) + "' object has no attribute 'lower'");
    }

    private static Set<Py.Key> keySet(List<Object> xs) {
        Set<Py.Key> s = new java.util.HashSet<>();
        for (Object x : xs) s.add(new Py.Key(x));
        return s;
    }

    /** A multiset: {@code sorted(a) == sorted(b)} holds exactly when these are equal. */
    private static Map<Py.Key, Integer> counts(List<Object> xs) {
        Map<Py.Key, Integer> m = new HashMap<>();
        for (Object x : xs) m.merge(new Py.Key(x), 1, Integer::sum);
        return m;
    }

    /** {@code sorted(a - b, key=str)}, as the strings printed. */
    private static List<String> byStr(Set<Py.Key> a, Set<Py.Key> b) {
        List<String> out = new ArrayList<>();
        for (Py.Key x : a) if (!b.contains(x)) out.add(Py.str(x.value()));
        out.sort(Py::compareStrings);
        return out;
    }
}
