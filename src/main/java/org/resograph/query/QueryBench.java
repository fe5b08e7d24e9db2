package org.resograph.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times the canned queries on a database: each query with its default parameters, or with the
 * values given for the parameters it declares (so that one set of values, such as a document and
 * a body that exist in a benchmark database, serves every query), once to warm up, then
 * {@code runs} times; reports the median time and the number of rows.
 */
public final class QueryBench {

    /** One query's timing. */
    public record Timing(String name, double medianMillis, double minMillis, double maxMillis, long rows) {}

    private final QueryTarget target;
    private final String base;
    private final int runs;
    private final Map<String, String> values;

    public QueryBench(QueryTarget target, String base, int runs) {
        this(target, base, runs, Map.of());
    }

    /** @param values parameter values, each used by the queries that declare that parameter */
    public QueryBench(QueryTarget target, String base, int runs, Map<String, String> values) {
        for (String name : values.keySet()) {
            boolean declared = false;
            for (CannedQuery q : QueryCatalogue.builtIn().all()) declared |= q.param(name) != null;
            if (!declared) throw new QueryUsageException("no canned query has a parameter '" + name + "'");
        }
        this.target = target;
        this.base = base;
        this.runs = Math.max(1, runs);
        this.values = Map.copyOf(values);
    }

    public List<Timing> run(Iterable<CannedQuery> queries) {
        List<Timing> out = new ArrayList<>();
        for (CannedQuery q : queries) out.add(time(q));
        return out;
    }

    public Timing time(CannedQuery q) {
        Map<String, String> given = new LinkedHashMap<>();
        for (QueryParam p : q.params()) if (values.containsKey(p.name())) given.put(p.name(), values.get(p.name()));
        BoundQuery b = BoundQuery.bind(q, given, base);
        long rows = target.run(b.query()).size(); // warm-up
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            rows = target.run(b.query()).size();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        double median = runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
        return new Timing(q.name(), median, ms[0], ms[runs - 1], rows);
    }
}
