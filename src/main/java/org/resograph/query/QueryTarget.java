package org.resograph.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * Where a query runs: a local dataset (a TDB2 database, queried with the default graph as the
 * union of the named graphs, as the server does) or a remote SPARQL endpoint. The same query
 * text gives the same answer on both.
 */
public interface QueryTarget {

    /** Runs the query and reads its answer to the end. */
    QueryResult run(Query query);

    /** A short description for messages. */
    String describe();

    /** A local dataset; the default graph is the union of the named graphs. */
    static QueryTarget local(DatasetGraph dsg, Duration timeout) {
        return new QueryTarget() {
            @Override
            public QueryResult run(Query query) {
                // Inside a transaction already (a page being rendered): run in it. A nested
                // Txn.calculateRead would end the caller's transaction when the query throws
                // (a timeout), and the rest of the page would be read outside any.
                if (dsg.isInTransaction()) return exec(query);
                return Txn.calculateRead(dsg, () -> exec(query));
            }

            private QueryResult exec(Query query) {
                QueryExecBuilder b = QueryExec.dataset(dsg).query(query).set(TDB2.symUnionDefaultGraph, true);
                if (timeout != null) b = b.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
                try (QueryExec exec = b.build()) {
                    return read(query, exec);
                }
            }

            @Override
            public String describe() {
                return "the local database";
            }
        };
    }

    /** A SPARQL query endpoint, such as {@code http://localhost:3030/resograph/sparql}. */
    static QueryTarget endpoint(String url, Duration timeout) {
        return new QueryTarget() {
            @Override
            public QueryResult run(Query query) {
                QueryExecBuilder b = QueryExecHTTP.service(url).query(query);
                if (timeout != null) b = b.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
                try (QueryExec exec = b.build()) {
                    return read(query, exec);
                }
            }

            @Override
            public String describe() {
                return url;
            }
        };
    }

    private static QueryResult read(Query query, QueryExec exec) {
        if (query.isSelectType()) {
            RowSet rs = exec.select();
            List<Binding> rows = new ArrayList<>();
            // Copied, so that no row refers to the database's node table after the transaction.
            while (rs.hasNext()) rows.add(BindingFactory.copy(rs.next()));
            return QueryResult.select(rs.getResultVars(), rows);
        }
        if (query.isAskType()) return QueryResult.ask(exec.ask());
        Graph g = GraphFactory.createDefaultGraph();
        Graph answer = query.isConstructType() ? exec.construct() : exec.describe();
        answer.find().forEachRemaining(g::add);
        return QueryResult.graph(g);
    }
}
