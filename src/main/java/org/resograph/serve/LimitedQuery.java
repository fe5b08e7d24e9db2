package org.resograph.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.resograph.query.QueryLimit;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's query operation with a cap on the number of results: a SELECT, CONSTRUCT or DESCRIBE
 * without a LIMIT, or with a larger one, is answered as if it said {@code LIMIT max}. A public
 * endpoint should not stream a whole database because a client forgot a LIMIT.
 */
final class LimitedQuery extends SPARQL_QueryDataset {
    private final long max;

    LimitedQuery(long max) {
        this.max = max;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> p = super.decideDataset(action, query, queryStringLog);
        return Pair.create(p.getLeft(), QueryLimit.atMost(p.getRight(), max));
    }
}
