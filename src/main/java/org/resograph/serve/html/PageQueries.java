package org.resograph.serve.html;

import java.time.Duration;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.resograph.query.BoundQuery;
import org.resograph.query.CannedQuery;
import org.resograph.query.ParamKind;
import org.resograph.query.QueryCatalogue;
import org.resograph.query.QueryLimit;
import org.resograph.query.QueryResult;
import org.resograph.query.QueryTarget;
import org.resograph.query.QueryUsageException;
import org.resograph.rdf.Vocab;

/**
 * The canned queries as the pages run them: on the served dataset (inside the page's read
 * transaction), with the parameters bound exactly as {@code resograph query} binds them, and
 * with a row cap, so that a page shows what the command line would print.
 */
final class PageQueries {
    private final QueryTarget target;
    private final QueryTarget panelTarget;
    private final String base;

    /** An answer, the bound query it came from, and whether rows were left out by the cap. */
    record Answer(BoundQuery bound, QueryResult result, boolean more, double millis) {}

    /**
     * @param timeout for a query's own page
     * @param panelTimeout for each query a resource page shows
     */
    PageQueries(DatasetGraph dsg, String base, Duration timeout, Duration panelTimeout) {
        this.target = QueryTarget.local(dsg, timeout);
        this.panelTarget = QueryTarget.local(dsg, panelTimeout);
        this.base = base;
    }

    String base() {
        return base;
    }

    /**
     * Runs a canned query with these parameters; at most {@code cap} rows are read (the query's
     * own LIMIT still holds when it is lower).
     *
     * @throws QueryUsageException for an unknown query or a bad parameter
     */
    Answer run(CannedQuery q, Map<String, String> params, int cap) {
        return run(target, q, params, cap);
    }

    /** The same, for a query shown inside a resource page: with the shorter timeout. */
    Answer runInPage(CannedQuery q, Map<String, String> params, int cap) {
        return run(panelTarget, q, params, cap);
    }

    private Answer run(QueryTarget target, CannedQuery q, Map<String, String> params, int cap) {
        BoundQuery bound = BoundQuery.bind(q, params, base);
        // One row more than shown, to tell whether there are more.
        Query capped = QueryLimit.atMost(bound.query(), cap + 1L);
        long t0 = System.nanoTime();
        QueryResult r = target.run(capped);
        double ms = (System.nanoTime() - t0) / 1e6;
        boolean more = r.isSelect() && r.rows().size() > cap;
        if (more) r = QueryResult.select(r.vars(), r.rows().subList(0, cap));
        return new Answer(bound, r, more, ms);
    }

    CannedQuery query(String name) {
        CannedQuery q = QueryCatalogue.builtIn().get(name);
        if (q == null) throw new QueryUsageException("no query named '" + name + "'");
        return q;
    }

    /**
     * The value to give a parameter of this kind for a node, in the shortest form that names
     * it again: {@code UNODC} for a body, {@code A/RES/74/174} for a document, {@code 16.2} for
     * an SDG target; the IRI in angle brackets when no short form does; null for a blank node,
     * which no parameter can name.
     */
    String value(Node n, ParamKind kind, String symbol) {
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        if (!n.isURI()) return null;
        String iri = n.getURI();
        String ids = base + "id/";
        String afterId = iri.startsWith(ids) ? iri.substring(ids.length()) : null;
        String afterKind = afterId != null && afterId.indexOf('/') > 0 ? afterId.substring(afterId.indexOf('/') + 1) : null;
        String sdg = iri.startsWith(Vocab.SDG) ? iri.substring(Vocab.SDG.length()) : null;
        for (String candidate : new String[] {symbol, afterKind, afterId, sdg}) {
            if (candidate == null || candidate.isBlank()) continue;
            try {
                if (kind.bare(candidate, base).equals(n)) return candidate;
            } catch (RuntimeException e) {
                // not a word of this kind; try the next form
            }
        }
        return "<" + iri + ">";
    }
}
