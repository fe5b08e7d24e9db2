package org.resograph.query;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The answer to a query, read to the end and held in memory (so that a local database's
 * transaction can end before the answer is written): rows for a SELECT, a boolean for an ASK, a
 * graph for a CONSTRUCT or DESCRIBE.
 */
public record QueryResult(List<Var> vars, List<Binding> rows, Boolean ask, Graph graph) {

    public static QueryResult select(List<Var> vars, List<Binding> rows) {
        return new QueryResult(List.copyOf(vars), List.copyOf(rows), null, null);
    }

    public static QueryResult ask(boolean answer) {
        return new QueryResult(List.of(), List.of(), answer, null);
    }

    public static QueryResult graph(Graph g) {
        return new QueryResult(List.of(), List.of(), null, g);
    }

    public boolean isSelect() {
        return ask == null && graph == null;
    }

    /** Rows of a SELECT, triples of a graph, 1 for an ASK. */
    public long size() {
        if (graph != null) return graph.size();
        if (ask != null) return 1;
        return rows.size();
    }
}
