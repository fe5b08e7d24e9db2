package org.resograph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class QueryLimitTest {
    @Test
    void aLimitIsLoweredNeverRaisedAndTheQueryGivenIsNotChanged() {
        Query none = QueryFactory.create("SELECT * { ?s ?p ?o }");
        assertEquals(10, QueryLimit.atMost(none, 10).getLimit());
        assertEquals(Query.NOLIMIT, none.getLimit(), "a copy is capped, not the query given");
        Query big = QueryFactory.create("SELECT * { ?s ?p ?o } LIMIT 500");
        assertEquals(10, QueryLimit.atMost(big, 10).getLimit());
        Query small = QueryFactory.create("SELECT * { ?s ?p ?o } LIMIT 5");
        assertSame(small, QueryLimit.atMost(small, 10));
        Query ask = QueryFactory.create("ASK { ?s ?p ?o }");
        assertSame(ask, QueryLimit.atMost(ask, 10));
        assertSame(none, QueryLimit.atMost(none, 0), "0: no cap");
        Query construct = QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }");
        assertEquals(10, QueryLimit.atMost(construct, 10).getLimit());
    }
}
