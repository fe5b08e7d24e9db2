package org.resograph.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Times the canned queries on a database: each query with its default parameters, once to warm
 * up, then {@code runs} times; reports the median time and the number of rows.
 */
public final class QueryBench {

    /** One query's timing. */
    public record Timing(String name, double medianMillis, double minMillis, double maxMillis, long rows) {}

    private final QueryTarget target;
    private final String base;
    private final int runs;

    public QueryBench(QueryTarget target, String base, int runs) {
        this.target = target;
        this.base = base;
        this.runs = Math.max(1, runs);
    }

    public List<Timing> run(Iterable<CannedQuery> queries) {
        List<Timing> out = new ArrayList<>();
        for (CannedQuery q : queries) out.add(time(q));
        return out;
    }

    public Timing time(CannedQuery q) {
        BoundQuery b = BoundQuery.bind(q, Map.of(), base);
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
