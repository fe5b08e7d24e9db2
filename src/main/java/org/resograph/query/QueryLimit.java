package org.resograph.query;

import org.apache.jena.query.Query;

/** A cap on the number of results: the endpoint's, a download's, a page's. */
public final class QueryLimit {
    private QueryLimit() {}

    /**
     * The query with its LIMIT lowered to {@code max} when it has none or a larger one (a copy;
     * the query itself is not changed). An ASK, or a {@code max} of 0 or less, leaves it as it is.
     */
    public static Query atMost(Query q, long max) {
        if (max <= 0 || q.isAskType() || (q.hasLimit() && q.getLimit() <= max)) return q;
        Query capped = q.cloneQuery();
        capped.setLimit(max);
        return capped;
    }
}
